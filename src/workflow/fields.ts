import type { CollectionSlug, Field } from 'payload'

import { isStaffField as staffOnly } from '../access/rules'
import { actionNames, logEvents, logLabel, stageLabels, stages } from './table'

const stageOptions = stages.map((stage) => ({ label: stageLabels[stage], value: stage }))

export const workflowFields = (usersSlug: CollectionSlug): Field[] => [
  {
    name: 'stage',
    type: 'select',
    defaultValue: 'draft',
    index: true,
    options: stageOptions,
    required: true,
    hooks: { beforeDuplicate: [() => 'draft'] },
    access: { read: staffOnly },
    admin: {
      components: { Cell: 'newsdesk/rsc#StageCell', Field: 'newsdesk/client#StageShownInHeader' },
      readOnly: true,
    },
  },
  {
    name: 'workflow',
    type: 'ui',
    admin: { components: { Field: 'newsdesk/client#WorkflowPanel' }, position: 'sidebar' },
  },
  {
    name: 'sinceReview',
    type: 'ui',
    admin: { components: { Field: 'newsdesk/rsc#ChangesSinceReview' }, position: 'sidebar' },
  },
  ...(['createdBy', 'lastEditedBy', 'submittedBy', 'assignedReviewer'] as const).map(
    (name): Field => ({
      name,
      type: 'relationship',
      relationTo: usersSlug,
      access: { read: staffOnly },
      admin: { hidden: true, readOnly: true },
      hooks: { beforeDuplicate: [() => null] },
    }),
  ),
  {
    name: 'reviewLog',
    type: 'array',
    access: { read: staffOnly },
    hooks: { beforeDuplicate: [() => []] },
    admin: { hidden: true, readOnly: true },
    fields: [
      {
        name: 'action',
        type: 'select',
        options: [...actionNames, ...logEvents].map((value) => ({ label: logLabel(value), value })),
        required: true,
      },
      { name: 'from', type: 'select', options: stageOptions },
      { name: 'to', type: 'select', options: stageOptions },
      { name: 'by', type: 'relationship', relationTo: usersSlug },
      { name: 'at', type: 'date', required: true },
      { name: 'note', type: 'textarea' },
      { name: 'overrideReason', type: 'textarea' },
    ],
  },
]

/** For issues: when the jobs queue should publish an approved issue, and on whose authority. */
export const schedulingFields = (usersSlug: CollectionSlug): Field[] => [
  {
    name: 'publishAt',
    type: 'date',
    index: true,
    access: { read: staffOnly },
    admin: {
      date: { pickerAppearance: 'dayAndTime' },
      description:
        'Once approved, the issue is published at this time, if it is still approved then.',
      position: 'sidebar',
    },
    hooks: { beforeDuplicate: [() => null] },
  },
  {
    name: 'scheduledBy',
    type: 'relationship',
    relationTo: usersSlug,
    access: { read: staffOnly },
    admin: { hidden: true, readOnly: true },
    hooks: { beforeDuplicate: [() => null] },
  },
]

/** Fields the workflow owns: changing them is not a change of content. */
export const workflowFieldNames = [
  'stage',
  'createdBy',
  'lastEditedBy',
  'submittedBy',
  'assignedReviewer',
  'reviewLog',
  'publishAt',
  'scheduledBy',
] as const
