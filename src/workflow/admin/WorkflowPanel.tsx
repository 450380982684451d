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

import {
  actions,
  mayBeAssignedReview,
  mayEditContent,
  stageLabels,
  type Actor,
  type ActionName,
  type Stage,
} from '../table'
import { sameId } from '../../shared/ids'
import { personLabel } from '../../shared/people'
import { hasRole } from '../../shared/roles'
import { ReviewLog } from './ReviewLog'
import { usePeople, useReviewers } from './usePeople'
import { useWorkflowState } from './useWorkflowState'

/** "Submit for review" becomes "Save and submit for review" while the form holds unsaved changes. */
const labelOf = (action: ActionName, unsaved: boolean): string => {
  const { label } = actions[action]
  return unsaved ? `Save and ${label.charAt(0).toLowerCase()}${label.slice(1)}` : label
}

const notice = (colour: string): React.CSSProperties => ({
  borderLeft: `3px solid ${colour}`,
  paddingLeft: 8,
})

/** Why the fields are read-only, and the action that would open them, if this user has it. */
const readOnlyReason = (stage: Stage, allowed: ActionName[]): string => {
  const opener = allowed.find((action) => actions[action].to === 'draft')
  return `Read-only: this document is ${stageLabels[stage].toLowerCase()}, and your role may not edit it now.${
    opener ? ` ${actions[opener].label} to edit it.` : ''
  }`
}

/**
 * A reviewer who edits a document in review becomes its last editor, and four eyes then needs
 * another reviewer's approval: said before the save, and after it, where Approve has gone.
 */
function fourEyesNotice(
  user: Actor | null,
  stage: Stage,
  allowed: ActionName[],
  unsaved: boolean,
): string | undefined {
  if (!hasRole(user, ...actions.approve.roles) || !actions.approve.from.includes(stage))
    return undefined
  if (!allowed.includes('approve'))
    return 'You wrote or last edited this document, so someone else must approve it.'
  if (unsaved) return 'If you save your edits, someone else will have to approve this document.'
  return undefined
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
 * The sidebar of a story, sponsor or issue: why it is read-only, if it is, the actions this user
 * may take now (and only those), the reviewer's last request for changes and the review log (the
 * header shows the stage, ChangesSinceReview the comparison). An action acts on what the form shows: unsaved
 * changes are saved first, and the action names the version it saw (`updatedAt`), so the server
 * refuses it with 409 when someone saved in between; the panel then says who and offers a reload.
 */
export function WorkflowPanel() {
  const { collectionSlug, id } = useDocumentInfo()
  const router = useRouter()
  const { allowed, assignedReviewer, facts, log, user } = useWorkflowState()
  const assignee = usePeople([assignedReviewer]).get(String(assignedReviewer))
  // Offered at submit: people who could approve it, the last one asked first in line.
  const reviewers = useReviewers().filter((person) => mayBeAssignedReview(person, facts))
  const [reviewer, setReviewer] = useState(assignedReviewer ? String(assignedReviewer) : '')
  const { submit } = useDocumentForm()
  const unsaved = useFormModified()
  const readOnly = !mayEditContent(user, facts.stage)
  const fourEyes = fourEyesNotice(user, facts.stage, allowed, unsaved)
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
        body: JSON.stringify({
          note,
          updatedAt: seen,
          ...(actions[action].assignsReviewer ? { reviewer: reviewer || null } : {}),
        }),
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

  return (
    <div className="newsdesk-workflow" style={{ display: 'grid', gap: 12, marginBottom: 24 }}>
      {readOnly ? (
        <div data-testid="workflow-read-only" role="status" style={notice('#b26a00')}>
          {readOnlyReason(facts.stage, allowed)}
        </div>
      ) : null}
      {fourEyes ? (
        <div data-testid="workflow-four-eyes" role="status" style={notice('#b26a00')}>
          {fourEyes}
        </div>
      ) : null}
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
      {facts.stage === 'in_review' ? (
        <div data-testid="workflow-assignee">
          {assignedReviewer
            ? `Review asked of ${sameId(assignedReviewer, user?.id) ? 'you' : personLabel(assignee)}.`
            : 'For any reviewer.'}
        </div>
      ) : null}
      {allowed.some((action) => actions[action].assignsReviewer) ? (
        <label style={{ display: 'grid', gap: 4 }}>
          <span>Reviewer</span>
          <select
            data-testid="workflow-reviewer"
            onChange={(event) => setReviewer(event.target.value)}
            value={reviewer}
          >
            <option value="">Any reviewer</option>
            {reviewers.map((person) => (
              <option key={String(person.id)} value={String(person.id)}>
                {personLabel(person)}
              </option>
            ))}
          </select>
        </label>
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
      <ReviewLog log={log} />
    </div>
  )
}
