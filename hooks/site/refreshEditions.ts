import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { refreshEditionsShowing } from '../../src/site/editions'
import { isPublishedDocument } from '../../src/shared/published'

/** A story, sponsor or issue published, unpublished, or changed while published. */
export const refreshEditionsOnPublish: CollectionAfterChangeHook = async ({
  collection,
  doc,
  previousDoc,
  req,
}) => {
  if (isPublishedDocument(doc) || isPublishedDocument(previousDoc))
    await refreshEditionsShowing(req, collection.slug, doc.id)
  return doc
}

/** A figure saved: figures have no drafts, so every save is one readers may see. */
export const refreshEditionsOnSave: CollectionAfterChangeHook = async ({
  collection,
  doc,
  req,
}) => {
  await refreshEditionsShowing(req, collection.slug, doc.id)
  return doc
}

export const refreshEditionsOnDelete: CollectionAfterDeleteHook = async ({
  collection,
  doc,
  req,
}) => {
  await refreshEditionsShowing(req, collection.slug, doc.id)
  return doc
}
