'use client'
import {
  Button,
  toast,
  useDocumentForm,
  useDocumentInfo,
  useFormFields,
  useFormModified,
  useFormProcessing,
} from '@payloadcms/ui'
import { useRouter } from 'next/navigation.js'
import React, { useRef, useState } from 'react'

import { actions, stageLabels, type ActionName } from '../table'
import { ReviewLog } from './ReviewLog'
import { useWorkflowState } from './useWorkflowState'

/** "Submit for review" becomes "Save and submit for review" while the form holds unsaved changes. */
const labelOf = (action: ActionName, unsaved: boolean): string => {
  const { label } = actions[action]
  return unsaved ? `Save and ${label.charAt(0).toLowerCase()}${label.slice(1)}` : label
}

/**
 * The updatedAt of the version a save made, once the form has taken it in (Payload merges the
 * saved document into the form state after the request); undefined if the save was refused.
 */
async function savedVersion(
  held: React.RefObject<string | undefined>,
  from: string | undefined,
): Promise<string | undefined> {
  for (let waited = 0; waited < 3000; waited += 50) {
    if (held.current && held.current !== from) return held.current
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  return undefined
}

/**
 * The sidebar of a story, sponsor or issue: its stage, the actions this user may take now (and
 * only those), the reviewer's last request for changes, the review log, and a way to the version
 * history to see what changed since approval. An action acts on what the form shows: unsaved
 * changes are saved first, and the action names the version it saw (`updatedAt`), so the server
 * refuses it with 409 when someone saved in between; the panel then says who and offers a reload.
 */
export function WorkflowPanel() {
  const { collectionSlug, id } = useDocumentInfo()
  const router = useRouter()
  const { allowed, facts, log } = useWorkflowState()
  const { submit } = useDocumentForm()
  const unsaved = useFormModified()
  const saving = useFormProcessing()
  const updatedAt = useFormFields(([fields]) => fields.updatedAt?.value as string | undefined)
  const [note, setNote] = useState('')
  const [busy, setBusy] = useState<ActionName | null>(null)
  const [stale, setStale] = useState<string | null>(null)
  // The version the form holds, read after an await, where a render's value would be stale.
  const heldVersion = useRef(updatedAt)
  heldVersion.current = updatedAt

  const run = async (action: ActionName, seen: string | undefined) => {
    setBusy(action)
    try {
      const response = await fetch(`/api/${collectionSlug}/${id}/workflow/${action}`, {
        body: JSON.stringify({ note, updatedAt: seen }),
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        method: 'POST',
      })
      const body = await response.json()
      if (!response.ok) {
        const error = body.errors?.[0]
        const message = error?.message ?? `${actions[action].label} failed.`
        if (response.status === 409 && error?.data?.updatedAt) setStale(message)
        toast.error(message)
        return
      }
      toast.success(`${actions[action].label}: done.`)
      setNote('')
      router.refresh()
    } finally {
      setBusy(null)
    }
  }

  if (!id) return null

  const take = async (action: ActionName) => {
    setStale(null)
    if (!unsaved) return run(action, updatedAt)
    setBusy(action)
    const from = updatedAt
    // As Payload's Save draft button does; the form shows any refusal as it does for that button.
    await submit({
      action: `/api/${collectionSlug}/${id}?depth=0&draft=true`,
      method: 'PATCH',
      overrides: { _status: 'draft' },
      skipValidation: true,
    })
    const saved = await savedVersion(heldVersion, from)
    if (saved) await run(action, saved)
    else setBusy(null)
  }

  const lastRequest = [...log].reverse().find((entry) => entry.action === 'requestChanges')
  const lastApproval = [...log].reverse().find((entry) => entry.action === 'approve')

  return (
    <div className="newsdesk-workflow" style={{ display: 'grid', gap: 12, marginBottom: 24 }}>
      <div>
        <strong>Stage:</strong> <span data-testid="workflow-stage">{stageLabels[facts.stage]}</span>
      </div>
      {stale ? (
        <div
          data-testid="workflow-stale"
          role="alert"
          style={{ borderLeft: '3px solid #b3261e', display: 'grid', gap: 8, paddingLeft: 8 }}
        >
          <span>{stale}</span>
          <Button
            buttonStyle="secondary"
            margin={false}
            onClick={() => window.location.reload()}
            size="small"
          >
            Reload
          </Button>
        </div>
      ) : null}
      {lastRequest?.note && facts.stage === 'changes_requested' ? (
        <div
          data-testid="workflow-last-request"
          style={{ borderLeft: '3px solid #b3261e', paddingLeft: 8 }}
        >
          <strong>Changes requested:</strong> {lastRequest.note}
        </div>
      ) : null}
      {allowed.includes('requestChanges') ? (
        <textarea
          aria-label="Note for the editor"
          data-testid="workflow-note"
          onChange={(event) => setNote(event.target.value)}
          placeholder="What should change? (required to request changes)"
          rows={3}
          value={note}
        />
      ) : null}
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8 }}>
        {allowed.map((action) => (
          <Button
            buttonStyle={
              action === 'requestChanges' || action === 'withdraw' || action === 'unpublish'
                ? 'secondary'
                : 'primary'
            }
            disabled={
              busy !== null || saving || (actions[action].noteRequired === true && !note.trim())
            }
            key={action}
            margin={false}
            onClick={() => void take(action)}
            size="small"
          >
            {labelOf(action, unsaved)}
          </Button>
        ))}
      </div>
      {unsaved && allowed.length > 0 ? (
        <small data-testid="workflow-unsaved">
          You have unsaved changes: they are saved as a draft before the action.
        </small>
      ) : null}
      {lastApproval ? (
        <a href={`/admin/collections/${collectionSlug}/${id}/versions`}>
          Changes since approval ({new Date(lastApproval.at).toLocaleString()})
        </a>
      ) : null}
      <ReviewLog log={log} />
    </div>
  )
}
