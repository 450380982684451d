import type { CollectionConfig } from 'payload'

import { answerUnreadableBody } from '../../hooks/shared/answerUnreadableBody'
import { requireDocumentBody } from '../../hooks/shared/requireDocumentBody'

/** A body that gives no document, or cannot be read, answers 400 rather than Payload's 500. */
export const withRequestBodyChecks = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  hooks: {
    ...collection.hooks,
    // First, so that no other hook (a figure's decoding, the workflow guard) sees a missing body.
    beforeOperation: [requireDocumentBody, ...(collection.hooks?.beforeOperation ?? [])],
    afterError: [...(collection.hooks?.afterError ?? []), answerUnreadableBody],
  },
})
