import type { CollectionBeforeChangeHook } from 'payload'

import { assertReady, type ReadinessCollection } from '../src/readiness'

/**
 * Refuses a save that leaves a story or issue published while it breaks a rule. Draft saves
 * (Payload sets `_status: 'draft'` on them) always go through.
 */
export const refuseUnreadyPublish: CollectionBeforeChangeHook = async ({ collection, data, originalDoc, req }) => {
  const doc = { ...originalDoc, ...data }
  if (doc._status === 'published') await assertReady({ collection: collection.slug as ReadinessCollection, doc, req })
  return data
}
