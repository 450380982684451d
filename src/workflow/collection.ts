import type { CollectionConfig, CollectionSlug, EditConfig } from 'payload'

import { guardWorkflow } from '../../hooks/workflow/guardWorkflow'
import { notifyWorkflowChange } from '../../hooks/workflow/notifyWorkflowChange'
import { queueScheduledPublish } from '../../hooks/workflow/queueScheduledPublish'
import { rememberDraftSave } from '../../hooks/workflow/rememberDraftSave'
import { startInDraft } from '../../hooks/workflow/startInDraft'
import { workflowActionEndpoint } from './endpoint'
import { schedulingFields, workflowFields } from './fields'
import { schedulableCollections, type WorkflowCollection } from './table'

/**
 * Puts a collection under the editorial workflow: its fields, its guard, its notifications and
 * its action endpoint; schedulable collections (issues) also get a publish time that the jobs
 * queue honours.
 */
export const withWorkflow = (
  collection: CollectionConfig,
  usersSlug: CollectionSlug,
): CollectionConfig => {
  const slug = collection.slug as WorkflowCollection
  const schedulable = schedulableCollections.includes(slug)
  return {
    ...collection,
    admin: {
      ...collection.admin,
      components: {
        ...collection.admin?.components,
        edit: {
          ...collection.admin?.components?.edit,
          PublishButton: 'newsdesk/client#PublishWhenAllowed',
          UnpublishButton: 'newsdesk/client#UnpublishWhenAllowed',
        },
        views: {
          ...collection.admin?.components?.views,
          // Versions that say which workflow step saved them, and who (./admin/VersionHistory).
          edit: {
            ...collection.admin?.components?.views?.edit,
            versions: { Component: 'newsdesk/rsc#VersionHistory' },
          } as EditConfig,
        },
      },
    },
    // Bulk edits and bulk publish would offer a shortcut past review; workflow actions are per document.
    disableBulkEdit: true,
    endpoints: [...(collection.endpoints || []), workflowActionEndpoint(slug)],
    fields: [
      ...collection.fields,
      ...workflowFields(usersSlug),
      ...(schedulable ? schedulingFields(usersSlug) : []),
    ],
    hooks: {
      ...collection.hooks,
      afterChange: [
        ...(collection.hooks?.afterChange ?? []),
        notifyWorkflowChange,
        ...(schedulable ? [queueScheduledPublish] : []),
      ],
      beforeChange: [startInDraft, guardWorkflow, ...(collection.hooks?.beforeChange ?? [])],
      beforeOperation: [rememberDraftSave, ...(collection.hooks?.beforeOperation ?? [])],
    },
  }
}
