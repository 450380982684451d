import type { CollectionBeforeChangeHook, CollectionSlug, PayloadRequest } from 'payload'

import { checkIssueContents } from '../../src/workflow/issueRollup'
import { assertReady, type ReadinessCollection } from '../../src/readiness/readiness'
import { idOf, type ID } from '../../src/shared/ids'
import { personLabel, type Person } from '../../src/shared/people'
import type { StaffUser } from '../../src/shared/roles'
import {
  actionForMove,
  actions,
  actionsOnContents,
  allowedActions,
  checkedByRules,
  decide,
  mayBeAssignedReview,
  mayEditContent,
  overridesRules,
  schedulableCollections,
  schedulingAction,
  stageLabels,
  stagesInvalidatedByEdits,
  type ActionName,
  type DocumentFacts,
  type LogEvent,
  type Stage,
  type WorkflowCollection,
} from '../../src/workflow/table'
import {
  actorOf,
  callerDataKey,
  contentChanged,
  documentFacts,
  draftSaveKey,
  isLive,
  requestedActionKey,
  workflowError,
  type RequestedAction,
  type RequestedEvent,
} from '../../src/workflow/server'

type Doc = Record<string, unknown>

/** The action an update asks for: named by a workflow action, or implied by the stage or status it sets. */
async function requestedAction(
  data: Doc,
  original: Doc,
  collection: WorkflowCollection,
  req: PayloadRequest,
): Promise<RequestedAction | undefined> {
  const named = req.context[requestedActionKey(collection, original.id as ID)] as
    RequestedAction | RequestedEvent | undefined
  if (named && 'action' in named) return named
  const from = documentFacts(original).stage
  if (typeof data.stage === 'string' && data.stage !== from) {
    const action = actionForMove(from, data.stage as Stage)
    if (!action) throw workflowError(`stage: "${data.stage}" is not a workflow stage.`, 400)
    return { action }
  }
  if (data._status === 'published' && from !== 'published') return { action: 'publish' }
  const savingDraft = req.context[draftSaveKey(collection)] === true
  if (
    data._status === 'draft' &&
    !savingDraft &&
    (await isLive(req, collection, original.id as ID))
  ) {
    return { action: 'unpublish' }
  }
  return undefined
}

const logEntry = (
  action: ActionName | LogEvent,
  from: Stage,
  to: Stage,
  req: PayloadRequest,
  extra: { note?: string | null; overrideReason?: string | null } = {},
) => ({
  action,
  at: new Date().toISOString(),
  by: actorOf(req)?.id ?? null,
  from,
  note: extra.note ?? null,
  overrideReason: extra.overrideReason ?? null,
  to,
})

interface Gate {
  actor: ReturnType<typeof actorOf>
  facts: DocumentFacts
  log: Doc[]
  original: Doc
  req: PayloadRequest
  slug: WorkflowCollection
}

const documentId = (gate: Gate) => gate.original.id as ID

/** Carries out an action the table allows, with an issue's roll-up; returns the new stage. */
async function applyAction(
  gate: Gate,
  requested: RequestedAction,
  changed: boolean,
  data: Doc,
): Promise<Stage> {
  if (changed) {
    throw workflowError(
      `Save your content changes first, then ${requested.action}: a workflow action cannot carry edits.`,
      409,
    )
  }
  const decision = decide({ ...requested, actor: gate.actor, doc: gate.facts })
  if (!decision.ok)
    throw workflowError(decision.message, decision.status, { allowed: decision.allowed })
  if (
    actions[requested.action].requiresReadiness &&
    checkedByRules[gate.slug] &&
    !overridesRules(gate.actor, requested.overrideReason)
  ) {
    await assertReady({
      collection: gate.slug as ReadinessCollection,
      doc: { ...gate.original, ...data },
      req: gate.req,
    })
  }
  if (actionsOnContents[gate.slug]?.includes(requested.action)) {
    await checkIssueContents({
      action: requested.action,
      issue: { ...gate.original, ...data },
      req: gate.req,
    })
  }
  gate.log.push(logEntry(requested.action, gate.facts.stage, decision.to, gate.req, requested))
  return decision.to
}

/**
 * Lets an edit through where this role may edit; an approved or published document goes back to
 * review. Server code without a user (Local API with access overridden) edits as trusted.
 */
async function applyEdit(gate: Gate): Promise<Stage> {
  const from = gate.facts.stage
  if (gate.actor && !mayEditContent(gate.actor, from)) {
    const hint = from === 'in_review' ? ' Withdraw it from review to edit it.' : ''
    throw workflowError(
      `This document is ${stageLabels[from].toLowerCase()} and your role may not edit it now.${hint}`,
      409,
      {
        allowed: allowedActions(gate.actor, gate.facts),
      },
    )
  }
  const savingDraft = gate.req.context[draftSaveKey(gate.slug)] === true
  if (!savingDraft && (await isLive(gate.req, gate.slug, documentId(gate)))) {
    throw workflowError(
      'Readers see the published version: save changes as a draft (draft=true) and send them through review.',
      409,
    )
  }
  if (!stagesInvalidatedByEdits.includes(from)) return from
  gate.log.push(
    logEntry('edit', from, 'in_review', gate.req, {
      note: 'Edited after approval: the approval no longer counts.',
    }),
  )
  return 'in_review'
}

/** An issue's publish time may be set only by someone who may publish it now. */
function applySchedule(gate: Gate, data: Doc, stage: Stage): Doc {
  const publishAt = data.publishAt ?? null
  if (!('publishAt' in data) || String(publishAt ?? '') === String(gate.original.publishAt ?? '')) {
    return {
      publishAt: gate.original.publishAt ?? null,
      scheduledBy: gate.original.scheduledBy ?? null,
    }
  }
  const decision = decide({
    action: schedulingAction,
    actor: gate.actor,
    doc: { ...gate.facts, stage },
  })
  if (!decision.ok) {
    throw workflowError(
      `publishAt: only someone who may publish this issue now can schedule it. ${decision.message}`,
      decision.status,
      {
        allowed: decision.allowed,
      },
    )
  }
  gate.log.push(
    logEntry('schedule', stage, stage, gate.req, {
      note: publishAt ? `To be published at ${String(publishAt)}.` : 'Schedule cleared.',
    }),
  )
  return { publishAt, scheduledBy: publishAt ? (gate.actor?.id ?? null) : null }
}

/**
 * Who should review the document: named by the submit that sent it to review, once checked to be
 * someone who could approve it; kept until the next submit, so the log's reader knows who had it.
 */
async function assignedReviewer(gate: Gate, requested: RequestedAction | undefined) {
  const named = requested?.reviewer
  const names = named !== undefined && named !== null && named !== ''
  if (!requested || !actions[requested.action].assignsReviewer) {
    if (requested && names) {
      throw workflowError(
        `reviewer: only ${actions.submit.label.toLowerCase()} names a reviewer, not ${actions[requested.action].label.toLowerCase()}.`,
        400,
      )
    }
    return idOf(gate.original.assignedReviewer) ?? null
  }
  if (!names) return null
  const { docs } = await gate.req.payload.find({
    collection: gate.req.payload.config.admin.user as CollectionSlug,
    depth: 0,
    limit: 1,
    overrideAccess: true,
    pagination: false,
    req: gate.req,
    where: { id: { equals: named } },
  })
  const person = docs[0] as unknown as (Person & StaffUser) | undefined
  if (!person) throw workflowError(`reviewer: no user has the ID "${String(named)}".`, 400)
  if (!mayBeAssignedReview(person, gate.facts)) {
    throw workflowError(
      `reviewer: ${personLabel(person)} may not approve this document (it needs a reviewer who neither wrote nor last edited it), so cannot be asked to review it.`,
      400,
    )
  }
  return person.id
}

/**
 * The one gate every update of a story, sponsor or issue passes: Local API, REST, GraphQL, bulk
 * edits, version restores and the workflow's own actions. It lets a move happen only as the
 * workflow table allows, sends edited approved or published documents back to review, keeps
 * `_status` in step with the stage, and appends to the review log, which no caller can write.
 */
export const guardWorkflow: CollectionBeforeChangeHook = async ({
  collection,
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (operation !== 'update' || !originalDoc) return data
  const gate: Gate = {
    actor: actorOf(req),
    facts: documentFacts(originalDoc),
    log: [...((originalDoc.reviewLog as Doc[] | undefined) ?? [])],
    original: originalDoc,
    req,
    slug: collection.slug as WorkflowCollection,
  }
  // Where this user may not edit, Payload has dropped the caller's changes by now: judge what was sent.
  const locked = gate.actor !== null && !mayEditContent(gate.actor, gate.facts.stage)
  const sent = req.context[callerDataKey(gate.slug, documentId(gate))] as Doc | undefined
  const changed = contentChanged(locked && sent ? sent : data, originalDoc)
  const requested = await requestedAction(data, originalDoc, gate.slug, req)
  const stage = requested
    ? await applyAction(gate, requested, changed, data)
    : changed
      ? await applyEdit(gate)
      : gate.facts.stage
  const reviewer = await assignedReviewer(gate, requested)

  const event = req.context[requestedActionKey(gate.slug, documentId(gate))] as
    RequestedAction | RequestedEvent | undefined
  if (event && 'event' in event)
    gate.log.push(logEntry(event.event, stage, stage, req, { note: event.note }))
  const schedule = schedulableCollections.includes(gate.slug)
    ? applySchedule(gate, data, stage)
    : {}

  // What the workflow owns comes from the stored document and this decision, never from the caller.
  return {
    ...data,
    ...schedule,
    _status: stage === 'published' ? 'published' : 'draft',
    assignedReviewer: reviewer,
    createdBy: originalDoc.createdBy ?? null,
    lastEditedBy: changed ? (gate.actor?.id ?? null) : (originalDoc.lastEditedBy ?? null),
    reviewLog: gate.log,
    stage,
    submittedBy:
      requested?.action === 'submit' ? (gate.actor?.id ?? null) : (originalDoc.submittedBy ?? null),
  }
}
