import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, GlobalAfterChangeHook, Payload } from 'payload'

import { invalidateSiteCache } from '../src/site/cache'

type TransactionID = number | Promise<number | string> | string | undefined

/** Transactions that changed what readers see and have not committed yet. */
const awaitingCommit = new Set<string>()

const invalidate = async (transactionID: TransactionID) => {
  invalidateSiteCache()
  const id = await transactionID
  if (id !== undefined) awaitingCommit.add(String(id))
}

const isPublished = (doc: unknown) => (doc as { _status?: string } | null | undefined)?._status === 'published'

/** A workflow document published, unpublished, or changed while published. */
export const invalidateSiteCacheOnPublish: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  if (isPublished(doc) || isPublished(previousDoc)) await invalidate(req.transactionID)
  return doc
}

/** A figure or a published document deleted, or a figure saved (figures have no drafts). */
export const invalidateSiteCacheOnDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
  await invalidate(req.transactionID)
  return doc
}

export const invalidateSiteCacheOnSave: CollectionAfterChangeHook = async ({ doc, req }) => {
  await invalidate(req.transactionID)
  return doc
}

export const invalidateSiteCacheOnGlobalSave: GlobalAfterChangeHook = async ({ doc, req }) => {
  await invalidate(req.transactionID)
  return doc
}

/** Clears the cache again once a transaction that changed published content commits. */
export function invalidateSiteCacheAfterCommits(payload: Payload): void {
  const commit = payload.db.commitTransaction.bind(payload.db)
  payload.db.commitTransaction = async (id) => {
    await commit(id)
    if (awaitingCommit.delete(String(await id))) invalidateSiteCache()
  }
}
