import type { CollectionConfig, CollectionSlug } from 'payload'

import { schedulingFields, workflowFields } from '../fields/workflow'
import { guardWorkflow } from '../hooks/guardWorkflow'
import { notifyWorkflowChange } from '../hooks/notifyWorkflowChange'
import { queueScheduledPublish } from '../hooks/queueScheduledPublish'
import { rememberDraftSave } from '../hooks/rememberDraftSave'
import { startInDraft } from '../hooks/startInDraft'
import { workflowActionEndpoint } from './endpoints/workflowAction'
import { slugs } from './slugs'
import type { WorkflowCollection } from './workflowServer'

/**
 * Puts a collection under the editorial workflow: its fields, its guard, its notifications and
 * its action endpoint; issues also get a publish time that the jobs queue honours.
 */
export const withWorkflow = (collection: CollectionConfig, usersSlug: CollectionSlug): CollectionConfig => {
  const schedulable = collection.slug === slugs.issues
  return {
  ...collection,
  admin: {
    ...collection.admin,
    components: {
      ...collection.admin?.components,
      edit: {
        ...collection.admin?.components?.edit,
        PublishButton: '/src/admin/PublishWhenAllowed#PublishWhenAllowed',
        UnpublishButton: '/src/admin/PublishWhenAllowed#UnpublishWhenAllowed',
      },
    },
  },
  // Bulk edits and bulk publish would offer a shortcut past review; workflow actions are per document.
  disableBulkEdit: true,
  endpoints: [...(collection.endpoints || []), workflowActionEndpoint(collection.slug as WorkflowCollection)],
  fields: [...collection.fields, ...workflowFields(usersSlug), ...(schedulable ? schedulingFields(usersSlug) : [])],
  hooks: {
    ...collection.hooks,
    afterChange: [...(collection.hooks?.afterChange ?? []), notifyWorkflowChange, ...(schedulable ? [queueScheduledPublish] : [])],
    beforeChange: [startInDraft, guardWorkflow, ...(collection.hooks?.beforeChange ?? [])],
    beforeOperation: [rememberDraftSave, ...(collection.hooks?.beforeOperation ?? [])],
  },
  }
}
