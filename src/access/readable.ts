import {
  createDataloaderCacheKey,
  type CollectionSlug,
  type PayloadRequest,
  type PopulateType,
  type SelectType,
} from 'payload'

import type { ID } from '../shared/ids'

/** Where a read's relation checks run: the depth and mode Payload populates the checked relations with. */
export interface RelationReading {
  currentDepth?: number
  depth?: number
  draft?: boolean
  showHiddenFields?: boolean
}

const populateArgKey = 'newsdeskPopulate'

/**
 * Tells the relation checks of this request which `populate` argument its reads pass to
 * Payload, so they can load exactly what Payload populates next (see `readableIDs`).
 */
export const declarePopulate = (req: PayloadRequest, populate: PopulateType): void => {
  req.context[populateArgKey] = populate
}

/**
 * The loader key under which Payload populates a relation of a published read (its
 * relationship population: depth still left, not a draft read); otherwise the key of a bare
 * check of the ID.
 */
function loaderKey(
  req: PayloadRequest,
  collection: CollectionSlug,
  id: ID,
  reading: RelationReading,
): string {
  // Payload builds its key from these values as they are, undefined included: a key that differs
  // in any of them (undefined is not 'en', nor false) is another load, and another query.
  const shared = {
    collectionSlug: collection,
    docID: id,
    fallbackLocale: req.fallbackLocale ?? null,
    locale: req.locale as string,
    overrideAccess: false,
    transactionID: req.transactionID as string,
  }
  const currentDepth = reading.currentDepth ?? 1
  if (!reading.draft && reading.depth && currentDepth <= reading.depth) {
    const populate = req.context[populateArgKey] as PopulateType | undefined
    return createDataloaderCacheKey({
      ...shared,
      currentDepth: currentDepth + 1,
      depth: reading.depth,
      draft: false,
      populate,
      select: (populate?.[collection] ??
        req.payload.collections[collection].config.defaultPopulate) as SelectType | undefined,
      showHiddenFields: reading.showHiddenFields as boolean,
    })
  }
  return createDataloaderCacheKey({
    ...shared,
    currentDepth: 1,
    depth: 0,
    draft: false,
    select: { id: true },
    showHiddenFields: false,
  })
}

/**
 * Which of these documents the request's reader may read, under the collection's own access rules.
 * Goes through Payload's request dataloader, so every check made in the same tick (all the
 * documents of a list, all the blocks of an issue) is one query per collection, not one per ID;
 * and when Payload is about to populate these relations, the check loads them under the very key
 * Payload uses, so the population that follows costs no query of its own.
 */
export async function readableIDs(
  req: PayloadRequest,
  collection: CollectionSlug,
  ids: ID[],
  reading: RelationReading = {},
): Promise<Set<string>> {
  const found = await Promise.all(
    ids.map((id) => req.payloadDataLoader.load(loaderKey(req, collection, id, reading))),
  )
  return new Set(found.filter(Boolean).map((doc) => String(doc.id)))
}
