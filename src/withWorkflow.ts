import type { CollectionConfig, CollectionSlug } from 'payload'

import { workflowFields } from '../fields/workflow'
import { guardWorkflow } from '../hooks/guardWorkflow'
import { rememberDraftSave } from '../hooks/rememberDraftSave'
import { startInDraft } from '../hooks/startInDraft'
import { workflowActionEndpoint } from './endpoints/workflowAction'
import type { WorkflowCollection } from './workflowServer'

/** Puts a collection under the editorial workflow: its fields, its guard and its action endpoint. */
export const withWorkflow = (collection: CollectionConfig, usersSlug: CollectionSlug): CollectionConfig => ({
  ...collection,
  endpoints: [...(collection.endpoints || []), workflowActionEndpoint(collection.slug as WorkflowCollection)],
  fields: [...collection.fields, ...workflowFields(usersSlug)],
  hooks: {
    ...collection.hooks,
    beforeChange: [startInDraft, guardWorkflow, ...(collection.hooks?.beforeChange ?? [])],
    beforeOperation: [rememberDraftSave, ...(collection.hooks?.beforeOperation ?? [])],
  },
})
