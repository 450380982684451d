import type { CollectionConfig, CollectionSlug, EditConfig } from 'payload'

import { guardWorkflow } from '../../hooks/workflow/guardWorkflow'
import { notifyWorkflowChange } from '../../hooks/workflow/notifyWorkflowChange'
import { queueScheduledPublish } from '../../hooks/workflow/queueScheduledPublish'
import { rememberCallerData } from '../../hooks/workflow/rememberCallerData'
import { rememberDraftSave } from '../../hooks/workflow/rememberDraftSave'
import { startInDraft } from '../../hooks/workflow/startInDraft'
import { lockOutsideEditableStages } from './editLock'
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
          PublishButton: 'newsdesk/client#PublishedThroughWorkflow',
          Status: 'newsdesk/client#DocumentStage',
          UnpublishButton: 'newsdesk/client#PublishedThroughWorkflow',
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
    // Payload's locks offer "Take over" to anyone, even to someone the stage keeps from editing;
    // the guard's stale-write check (src/concurrency) is what keeps two writers from losing work.
    lockDocuments: false,
    // Bulk edits and bulk publish would offer a shortcut past review; workflow actions are per document.
    disableBulkEdit: true,
    endpoints: [...(collection.endpoints || []), workflowActionEndpoint(slug)],
    fields: [
      ...lockOutsideEditableStages(collection.fields),
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
      beforeOperation: [
        rememberDraftSave,
        rememberCallerData,
        ...(collection.hooks?.beforeOperation ?? []),
      ],
    },
  }
}
