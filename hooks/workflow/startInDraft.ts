import type { CollectionBeforeChangeHook } from 'payload'

import { actorOf, workflowError } from '../../src/workflow/server'

/**
 * Every new document, duplicates included, starts as a draft with an empty review log, written
 * by whoever created it; nothing is born published.
 */
export const startInDraft: CollectionBeforeChangeHook = ({ data, operation, req }) => {
  if (operation !== 'create') return data
  if (data._status === 'published' || (data.stage && data.stage !== 'draft')) {
    throw workflowError(
      'A new document starts as a draft: save it, submit it for review, and publish it once approved.',
      409,
      {
        allowed: ['submit'],
      },
    )
  }
  const author = actorOf(req)?.id ?? null
  return {
    ...data,
    _status: 'draft',
    createdBy: author,
    lastEditedBy: author,
    reviewLog: [],
    stage: 'draft',
    submittedBy: null,
  }
}
