import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import { checkIssueContents } from '../src/issueRollup'
import { assertReady } from '../src/readiness'
import {
  actionForMove,
  actions,
  allowedActions,
  decide,
  mayEditContent,
  schedulingAction,
  stageLabels,
  stagesInvalidatedByEdits,
  type ActionName,
  type LogEvent,
  type Stage,
} from '../src/workflow'
import {
  actorOf,
  contentChanged,
  documentFacts,
  draftSaveKey,
  isLive,
  requestedActionKey,
  workflowError,
  type RequestedAction,
  type RequestedEvent,
  type WorkflowCollection,
} from '../src/workflowServer'

type Doc = Record<string, unknown>

/** The action an update asks for: named by a workflow action, or implied by the stage or status it sets. */
async function requestedAction(data: Doc, original: Doc, collection: WorkflowCollection, req: PayloadRequest): Promise<RequestedAction | undefined> {
  const named = req.context[requestedActionKey(collection, original.id as number | string)] as RequestedAction | RequestedEvent | undefined
  if (named && 'action' in named) return named
  const from = documentFacts(original).stage
  if (typeof data.stage === 'string' && data.stage !== from) {
    const action = actionForMove(from, data.stage as Stage)
    if (!action) throw workflowError(`stage: "${data.stage}" is not a workflow stage.`, 400)
    return { action }
  }
  if (data._status === 'published' && from !== 'published') return { action: 'publish' }
  const savingDraft = req.context[draftSaveKey(collection)] === true
  if (data._status === 'draft' && !savingDraft && (await isLive(req, collection, original.id as number | string))) {
    return { action: 'unpublish' }
  }
  return undefined
}

const logEntry = (action: ActionName | LogEvent, from: Stage, to: Stage, req: PayloadRequest, extra: { note?: string | null; overrideReason?: string | null } = {}) => ({
  action,
  at: new Date().toISOString(),
  by: actorOf(req)?.id ?? null,
  from,
  note: extra.note ?? null,
  overrideReason: extra.overrideReason ?? null,
  to,
})

/**
 * The one gate every update of a story, sponsor or issue passes: Local API, REST, GraphQL, bulk
 * edits, version restores and the workflow's own actions. It lets a move happen only as the
 * workflow table allows, sends edited approved or published documents back to review, keeps
 * `_status` in step with the stage, and appends to the review log, which no caller can write.
 */
export const guardWorkflow: CollectionBeforeChangeHook = async ({ collection, data, operation, originalDoc, req }) => {
  if (operation !== 'update' || !originalDoc) return data
  const slug = collection.slug as WorkflowCollection
  const actor = actorOf(req)
  const facts = documentFacts(originalDoc)
  const from = facts.stage
  const changed = contentChanged(data, originalDoc)
  const log = [...((originalDoc.reviewLog as Doc[] | undefined) ?? [])]
  const requested = await requestedAction(data, originalDoc, slug, req)
  const event = req.context[requestedActionKey(slug, originalDoc.id as number | string)] as RequestedEvent | undefined
  const next: Doc = { ...data }
  const scheduleChanged = 'publishAt' in data && String(data.publishAt ?? '') !== String(originalDoc.publishAt ?? '')

  if (requested) {
    if (changed) {
      throw workflowError(`Save your content changes first, then ${requested.action}: a workflow action cannot carry edits.`, 409)
    }
    const decision = decide({ ...requested, actor, doc: facts })
    if (!decision.ok) throw workflowError(decision.message, decision.status, { allowed: decision.allowed })
    if (slug === 'issues' && (requested.action === 'approve' || requested.action === 'publish')) {
      await checkIssueContents({ action: requested.action, issue: { ...originalDoc, ...data }, req })
    }
    next.stage = decision.to
    log.push(logEntry(requested.action, from, decision.to, req, requested))
  } else if (changed) {
    if (!mayEditContent(actor, from)) {
      const hint = from === 'in_review' ? ' Withdraw it from review to edit it.' : ''
      throw workflowError(`This document is ${stageLabels[from].toLowerCase()} and your role may not edit it now.${hint}`, 409, {
        allowed: allowedActions(actor, facts),
      })
    }
    const savingDraft = req.context[draftSaveKey(slug)] === true
    if (!savingDraft && (await isLive(req, slug, originalDoc.id as number | string))) {
      throw workflowError('Readers see the published version: save changes as a draft (draft=true) and send them through review.', 409)
    }
    if (stagesInvalidatedByEdits.includes(from)) {
      next.stage = 'in_review'
      log.push(logEntry('edit', from, 'in_review', req, { note: 'Edited after approval: the approval no longer counts.' }))
    } else {
      next.stage = from
    }
  } else {
    next.stage = from
  }

  if (event && 'event' in event) log.push(logEntry(event.event, from, from, req, { note: event.note }))
  if (scheduleChanged) {
    const decision = decide({ action: schedulingAction, actor, doc: { ...facts, stage: next.stage as Stage } })
    if (!decision.ok) {
      throw workflowError(`publishAt: only someone who may publish this issue now can schedule it. ${decision.message}`, decision.status, {
        allowed: decision.allowed,
      })
    }
    next.scheduledBy = data.publishAt ? (actor?.id ?? null) : null
    log.push(logEntry('schedule', from, from, req, { note: data.publishAt ? `To be published at ${String(data.publishAt)}.` : 'Schedule cleared.' }))
  } else if (slug === 'issues') {
    next.publishAt = originalDoc.publishAt ?? null
    next.scheduledBy = originalDoc.scheduledBy ?? null
  }

  // What the workflow owns comes from the stored document and this decision, never from the caller.
  next._status = next.stage === 'published' ? 'published' : 'draft'
  next.reviewLog = log
  next.createdBy = originalDoc.createdBy ?? null
  next.submittedBy = requested?.action === 'submit' ? (actor?.id ?? null) : (originalDoc.submittedBy ?? null)
  next.lastEditedBy = changed ? (actor?.id ?? null) : (originalDoc.lastEditedBy ?? null)
  return next
}
