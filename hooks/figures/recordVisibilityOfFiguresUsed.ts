import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeChangeHook,
} from 'payload'

import { figuresTouched, recordFigureVisibility } from '../../src/figures/visibility'
import type { ID } from '../../src/shared/ids'
import { isPublishedDocument } from '../../src/shared/published'

const shownKey = (collection: string, id: unknown) => `newsdesk:figuresShown:${collection}:${id}`

/**
 * Before an update: the figures readers are shown of the document now, from its published row.
 * The hooks' `previousDoc` is its latest draft, which a publish replacing an older published
 * version would leave the old figures out of.
 */
export const rememberFiguresShown: CollectionBeforeChangeHook = async ({
  collection,
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (operation !== 'update' || originalDoc?.id === undefined) return data
  const row = await req.payload.db.findOne({
    collection: collection.slug,
    req,
    select: { _status: true, figuresUsed: true },
    where: { id: { equals: originalDoc.id } },
  })
  if (isPublishedDocument(row)) req.context[shownKey(collection.slug, originalDoc.id)] = row
  return data
}

/**
 * After a story, sponsor or issue is saved: the figures it showed readers, used before and uses
 * now are asked again whether readers may see them. A draft saved over a draft, with nothing
 * published, changes nothing readers see.
 */
export const recordVisibilityOfFiguresUsed: CollectionAfterChangeHook = async ({
  collection,
  doc,
  previousDoc,
  req,
}) => {
  const shown = req.context[shownKey(collection.slug, doc.id)] as
    { figuresUsed?: unknown[] | null } | undefined
  if (shown || isPublishedDocument(doc) || isPublishedDocument(previousDoc))
    await recordFigureVisibility(req, figuresTouched(shown, previousDoc, doc))
  return doc
}

/** After a story, sponsor or issue is deleted: its figures may no longer be shown. */
export const recordVisibilityOfFiguresFreed: CollectionAfterDeleteHook = async ({ doc, req }) => {
  await recordFigureVisibility(req, figuresTouched(doc as { figuresUsed?: ID[] }))
}
