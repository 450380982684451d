'use client'
import { Button, toast, useDocumentInfo } from '@payloadcms/ui'
import { useRouter } from 'next/navigation.js'
import React, { useState } from 'react'

import { actions, stageLabels, type ActionName } from '../table'
import { useWorkflowState } from './useWorkflowState'

/**
 * The sidebar of a story, sponsor or issue: its stage, the actions this user may take now (and
 * only those), the reviewer's last request for changes, the review log, and a way to the version
 * history to see what changed since approval.
 */
export function WorkflowPanel() {
  const { collectionSlug, id } = useDocumentInfo()
  const router = useRouter()
  const { allowed, facts, log } = useWorkflowState()
  const [note, setNote] = useState('')
  const [busy, setBusy] = useState<ActionName | null>(null)
  if (!id) return null

  const run = async (action: ActionName) => {
    setBusy(action)
    try {
      const response = await fetch(`/api/${collectionSlug}/${id}/workflow/${action}`, {
        body: JSON.stringify({ note }),
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        method: 'POST',
      })
      const body = await response.json()
      if (!response.ok) {
        toast.error(body.errors?.[0]?.message ?? `${actions[action].label} failed.`)
        return
      }
      toast.success(`${actions[action].label}: done.`)
      setNote('')
      router.refresh()
    } finally {
      setBusy(null)
    }
  }

  const lastRequest = [...log].reverse().find((entry) => entry.action === 'requestChanges')
  const lastApproval = [...log].reverse().find((entry) => entry.action === 'approve')

  return (
    <div className="newsdesk-workflow" style={{ display: 'grid', gap: 12, marginBottom: 24 }}>
      <div>
        <strong>Stage:</strong> <span data-testid="workflow-stage">{stageLabels[facts.stage]}</span>
      </div>
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
            disabled={busy !== null || (actions[action].noteRequired === true && !note.trim())}
            key={action}
            margin={false}
            onClick={() => void run(action)}
            size="small"
          >
            {actions[action].label}
          </Button>
        ))}
      </div>
      {lastApproval ? (
        <a href={`/admin/collections/${collectionSlug}/${id}/versions`}>
          Changes since approval ({new Date(lastApproval.at).toLocaleString()})
        </a>
      ) : null}
      {log.length > 0 ? (
        <details>
          <summary>Review log ({log.length})</summary>
          <ol data-testid="workflow-log" style={{ margin: 0, paddingLeft: 18 }}>
            {log.map((entry, index) => (
              <li key={index}>
                {new Date(entry.at).toLocaleString()}: {entry.action}
                {entry.from && entry.to && entry.from !== entry.to
                  ? ` (${stageLabels[entry.from]} → ${stageLabels[entry.to]})`
                  : ''}
                {entry.note ? `: ${entry.note}` : ''}
                {entry.overrideReason ? ` [override: ${entry.overrideReason}]` : ''}
              </li>
            ))}
          </ol>
        </details>
      ) : null}
    </div>
  )
}
