'use client'
import { Button, useField } from '@payloadcms/ui'
import type { DefaultCellComponentProps, TextFieldClientComponent } from 'payload'
import React, { useState } from 'react'

/** The whole link, selectable, with a button that copies it and one that opens it. */
function LinkToShare({ url }: { url: string }) {
  const [copied, setCopied] = useState(false)
  const copy = async () => {
    await navigator.clipboard.writeText(url)
    setCopied(true)
  }
  return (
    <span
      className="newsdesk-preview-url"
      style={{ alignItems: 'center', display: 'flex', gap: 8 }}
    >
      <input
        aria-label="Link to share"
        data-testid="preview-url"
        onFocus={(event) => event.currentTarget.select()}
        readOnly
        style={{ flex: 1, fontFamily: 'monospace', minWidth: '16rem' }}
        value={url}
      />
      <Button buttonStyle="secondary" margin={false} onClick={() => void copy()} size="small">
        {copied ? 'Copied' : 'Copy'}
      </Button>
      <Button buttonStyle="secondary" el="anchor" margin={false} newTab size="small" url={url}>
        Open
      </Button>
    </span>
  )
}

/** The link's field on its own page. */
export const PreviewLinkURLField: TextFieldClientComponent = ({ path }) => {
  const { value } = useField<string>({ path })
  return (
    <div className="field-type" style={{ marginBottom: 24 }}>
      <label className="field-label">Link to share</label>
      {value ? <LinkToShare url={value} /> : <small>Save the link to get its address.</small>}
    </div>
  )
}

/** The link in lists and in the Preview links table: whole, not truncated. */
export function PreviewLinkURLCell({ cellData }: DefaultCellComponentProps) {
  return typeof cellData === 'string' && cellData ? <LinkToShare url={cellData} /> : null
}
