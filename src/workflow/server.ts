/**
 * Server side of the workflow: running an action against a stored document, and the facts the
 * guard hook needs. The rules themselves are in ./table.
 */
import { APIError, type DataFromCollectionSlug, type PayloadRequest } from 'payload'

import { idOf, type ID } from '../shared/ids'
import { isPublishedDocument } from '../shared/published'
import type { StaffUser } from '../shared/roles'
import { workflowFieldNames } from './fields'
import type { ActionName, Actor, DocumentFacts, Stage, WorkflowCollection } from './table'

export interface RequestedAction {
  action: ActionName
  note?: string | null
  overrideReason?: string | null
  /** For an action that assigns a reviewer (submit): who should review; none means any reviewer. */
  reviewer?: ID | null
}

/** Something the workflow records without moving the document (a scheduled publish it skipped). */
export interface RequestedEvent {
  event: 'scheduledPublishSkipped'
  note: string
}

/** Context keys by which one operation tells the guard what was asked of it. */
export const requestedActionKey = (collection: string, id: ID) =>
  `newsdesk:action:${collection}:${id}`
export const draftSaveKey = (collection: string) => `newsdesk:draftSave:${collection}`
export const callerDataKey = (collection: string, id: ID) =>
  `newsdesk:callerData:${collection}:${id}`

export const actorOf = (req: PayloadRequest): Actor | null => {
  const user = req.user as StaffUser | null
  return user ? { id: user.id, roles: user.roles } : null
}

export const documentFacts = (doc: Record<string, unknown>): DocumentFacts => ({
  createdBy: idOf(doc.createdBy) ?? null,
  lastEditedBy: idOf(doc.lastEditedBy) ?? null,
  stage: (doc.stage as Stage | undefined) ?? 'draft',
  submittedBy: idOf(doc.submittedBy) ?? null,
})

const metaFieldNames = new Set<string>([
  ...workflowFieldNames,
  '_status',
  'createdAt',
  'figuresUsed',
  'id',
  'updatedAt',
  'workflow',
])

/**
 * A comparable form of a document's content: workflow and bookkeeping fields left out, empty
 * values dropped, related documents reduced to their IDs and every ID compared as text, so a
 * form that sends back what it loaded counts as no change.
 */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical)
  if (value === null || value === undefined || value === '') return undefined
  if (typeof value !== 'object') return String(value)
  const record = value as Record<string, unknown>
  if ('id' in record && ('createdAt' in record || 'updatedAt' in record)) return String(record.id)
  const entries = Object.keys(record)
    .sort()
    .map((key) => [key, canonical(record[key])] as const)
    .filter(([, item]) => item !== undefined && !(Array.isArray(item) && item.length === 0))
  return Object.fromEntries(entries)
}

export function contentChanged(
  data: Record<string, unknown>,
  original: Record<string, unknown>,
): boolean {
  const keys = Object.keys(data).filter((key) => !metaFieldNames.has(key) && key in data)
  return keys.some(
    (key) => JSON.stringify(canonical(data[key])) !== JSON.stringify(canonical(original[key])),
  )
}

/** Whether readers currently see a published version (the main document, not the latest draft). */
export async function isLive(
  req: PayloadRequest,
  collection: WorkflowCollection,
  id: ID,
): Promise<boolean> {
  const doc = await req.payload.db.findOne<{ _status?: string; id: ID }>({
    collection,
    req,
    where: { id: { equals: id } },
  })
  return isPublishedDocument(doc)
}

/**
 * Runs one workflow action on a stored document as the request's user. The action is passed to
 * the guard hook through the request context, so this path and a plain update meet the same
 * checks. Actions that do not change what readers see are saved as drafts when a published
 * version exists, so the live version stays up until the next publish. Given the `updatedAt` the
 * actor saw, the action is refused with 409 if the document was saved since, as a save would be
 * (src/concurrency): an approval is of the version the reviewer read.
 */
export async function runWorkflowAction<C extends WorkflowCollection>({
  action,
  collection,
  id,
  note,
  overrideReason,
  req,
  reviewer,
  updatedAt,
}: RequestedAction & {
  collection: C
  id: ID
  req: PayloadRequest
  updatedAt?: string | null
}): Promise<DataFromCollectionSlug<C>> {
  // Before Payload's access check, whose 403 would tell an anonymous GraphQL or Local API caller
  // nothing about logging in, where REST says 401.
  if (!req.user) throw workflowError('Log in to take workflow actions.', 401)
  const changesLiveVersion = action === 'publish' || action === 'unpublish'
  const live = await isLive(req, collection, id)
  req.context[requestedActionKey(collection, id)] = {
    action,
    note,
    overrideReason,
    reviewer,
  } satisfies RequestedAction
  try {
    return (await req.payload.update({
      collection: collection as WorkflowCollection,
      data: {
        ...(action === 'publish' ? { _status: 'published' as const } : {}),
        ...(updatedAt ? { updatedAt } : {}),
      },
      draft: live && !changesLiveVersion,
      id,
      overrideAccess: false,
      req,
      user: req.user,
    })) as DataFromCollectionSlug<C>
  } finally {
    delete req.context[requestedActionKey(collection, id)]
  }
}

/** Appends an event to a document's review log, through the same guard as every other write. */
export async function recordWorkflowEvent({
  collection,
  id,
  req,
  ...event
}: RequestedEvent & {
  collection: WorkflowCollection
  id: ID
  req: PayloadRequest
}): Promise<void> {
  req.context[requestedActionKey(collection, id)] = event
  try {
    await req.payload.update({
      collection,
      data: {},
      draft: await isLive(req, collection, id),
      id,
      req,
    })
  } finally {
    delete req.context[requestedActionKey(collection, id)]
  }
}

export const workflowError = (message: string, status: number, data?: Record<string, unknown>) =>
  new APIError(message, status, data, true)
