import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  GlobalAfterChangeHook,
  Payload,
  PayloadRequest,
} from 'payload'

import { invalidateSiteCache } from '../../src/site/cache'
import { announceSiteChange } from '../../src/site/redisSync'
import { isPublishedDocument } from '../../src/shared/published'

/** Transactions that changed what readers see and have not committed yet. */
const awaitingCommit = new Set<string>()

/**
 * Clears this process's cache at once, and tells the other processes (when Redis is configured)
 * once they can read the change: after the commit, or now when there is no transaction. Told
 * before the commit, another process would clear its cache and then read and keep the old content.
 */
const invalidate = async (req: PayloadRequest) => {
  invalidateSiteCache()
  const id = await req.transactionID
  if (id === undefined) await announceSiteChange(req.payload)
  else awaitingCommit.add(String(id))
}

/** A workflow document published, unpublished, or changed while published. */
export const invalidateSiteCacheOnPublish: CollectionAfterChangeHook = async ({
  doc,
  previousDoc,
  req,
}) => {
  if (isPublishedDocument(doc) || isPublishedDocument(previousDoc)) await invalidate(req)
  return doc
}

/** A figure or a published document deleted, or a figure saved (figures have no drafts). */
export const invalidateSiteCacheOnDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
  await invalidate(req)
  return doc
}

export const invalidateSiteCacheOnSave: CollectionAfterChangeHook = async ({ doc, req }) => {
  await invalidate(req)
  return doc
}

export const invalidateSiteCacheOnGlobalSave: GlobalAfterChangeHook = async ({ doc, req }) => {
  await invalidate(req)
  return doc
}

/** Clears the cache again, here and in the other processes, once a transaction that changed published content commits. */
export function invalidateSiteCacheAfterCommits(payload: Payload): void {
  const commit = payload.db.commitTransaction.bind(payload.db)
  payload.db.commitTransaction = async (id) => {
    await commit(id)
    if (!awaitingCommit.delete(String(await id))) return
    invalidateSiteCache()
    await announceSiteChange(payload)
  }
}
