import type { CollectionSlug, Field, FieldAccess } from 'payload'

import { isStaffUser, type StaffUser } from '../src/roles'
import { actionNames, stageLabels, stages } from '../src/workflow'

const staffOnly: FieldAccess = ({ req }) => isStaffUser(req.user as StaffUser | null)

const stageOptions = stages.map((stage) => ({ label: stageLabels[stage], value: stage }))

/** Log entries the workflow writes besides its actions. */
export const logEvents = ['edit', 'scheduledPublishSkipped'] as const

export const workflowFields = (usersSlug: CollectionSlug): Field[] => [
  {
    name: 'stage',
    type: 'select',
    defaultValue: 'draft',
    index: true,
    options: stageOptions,
    required: true,
    access: { read: staffOnly },
    admin: {
      components: { Cell: '/src/admin/StageCell#StageCell' },
      description: 'Moves only through the workflow actions.',
      position: 'sidebar',
      readOnly: true,
    },
  },
  {
    name: 'workflow',
    type: 'ui',
    admin: { components: { Field: '/src/admin/WorkflowPanel#WorkflowPanel' }, position: 'sidebar' },
  },
  ...(['createdBy', 'lastEditedBy', 'submittedBy'] as const).map(
    (name): Field => ({
      name,
      type: 'relationship',
      relationTo: usersSlug,
      access: { read: staffOnly },
      admin: { hidden: true, readOnly: true },
    }),
  ),
  {
    name: 'reviewLog',
    type: 'array',
    access: { read: staffOnly },
    admin: { hidden: true, readOnly: true },
    fields: [
      { name: 'action', type: 'select', options: [...actionNames, ...logEvents], required: true },
      { name: 'from', type: 'select', options: stageOptions },
      { name: 'to', type: 'select', options: stageOptions },
      { name: 'by', type: 'relationship', relationTo: usersSlug },
      { name: 'at', type: 'date', required: true },
      { name: 'note', type: 'textarea' },
      { name: 'overrideReason', type: 'textarea' },
    ],
  },
]

/** Fields the workflow owns: changing them is not a change of content. */
export const workflowFieldNames = ['stage', 'createdBy', 'lastEditedBy', 'submittedBy', 'reviewLog'] as const
