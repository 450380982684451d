import { createDataloaderCacheKey, type CollectionSlug, type PayloadRequest } from 'payload'

export type ID = number | string

export const idOf = (value: unknown): ID | undefined => {
  if (typeof value === 'number' || typeof value === 'string') return value
  if (value && typeof value === 'object' && 'id' in value) return idOf((value as { id: unknown }).id)
  return undefined
}

/**
 * Which of these documents the request's reader may read, under the collection's own access rules.
 * Goes through Payload's request dataloader, so every check made in the same tick (all the
 * documents of a list, all the blocks of an issue) is one query per collection, not one per ID.
 */
export async function readableIDs(req: PayloadRequest, collection: CollectionSlug, ids: ID[]): Promise<Set<string>> {
  const found = await Promise.all(
    ids.map((id) =>
      req.payloadDataLoader.load(
        createDataloaderCacheKey({
          collectionSlug: collection,
          currentDepth: 1,
          depth: 0,
          docID: id,
          draft: false,
          fallbackLocale: req.fallbackLocale ?? null,
          locale: req.locale ?? 'en',
          overrideAccess: false,
          select: { id: true },
          showHiddenFields: false,
          transactionID: req.transactionID as string,
        }),
      ),
    ),
  )
  return new Set(found.filter(Boolean).map((doc) => String(doc.id)))
}
