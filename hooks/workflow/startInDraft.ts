import type { CollectionBeforeChangeHook } from 'payload'

import { actorOf, workflowError } from '../../src/workflow/server'
import { schedulableCollections, type WorkflowCollection } from '../../src/workflow/table'

/**
 * Every new document, duplicates included, starts as a draft with an empty review log, written
 * by whoever created it; nothing is born published, and nothing is born scheduled.
 */
export const startInDraft: CollectionBeforeChangeHook = ({ collection, data, operation, req }) => {
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
  const schedulable = schedulableCollections.includes(collection.slug as WorkflowCollection)
  // A publish time takes what publishing takes, and no one may publish a draft. Refused rather
  // than dropped, so that no one believes an issue is scheduled when it is not.
  if (schedulable && data.publishAt) {
    throw workflowError(
      'publishAt: a new issue starts as a draft, which no one may publish yet; schedule it once it is approved, as someone who may publish it.',
      409,
      {
        allowed: ['submit'],
      },
    )
  }
  const author = actorOf(req)?.id ?? null
  return {
    ...data,
    ...(schedulable ? { publishAt: null, scheduledBy: null } : {}),
    _status: 'draft',
    assignedReviewer: null,
    createdBy: author,
    lastEditedBy: author,
    reviewLog: [],
    stage: 'draft',
    submittedBy: null,
  }
}
