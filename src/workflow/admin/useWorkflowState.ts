'use client'
import { useAuth, useFormFields } from '@payloadcms/ui'

import type { StaffUser } from '../../shared/roles'
import {
  allowedActions,
  type Actor,
  type ActionName,
  type DocumentFacts,
  type Stage,
} from '../table'
import type { ID } from '../../shared/ids'

export interface ReviewLogEntry {
  action: string
  at: string
  by?: ID | { email?: string; id: ID } | null
  from?: Stage | null
  note?: string | null
  overrideReason?: string | null
  to?: Stage | null
}

/** The document's workflow facts as the form holds them, and what the logged-in user may do now. */
export function useWorkflowState(): {
  allowed: ActionName[]
  /** The reviewer named at the last submit, if any. */
  assignedReviewer: ID | null | undefined
  facts: DocumentFacts
  log: ReviewLogEntry[]
  user: Actor | null
} {
  const { user } = useAuth()
  const values = useFormFields(([fields]) => ({
    assignedReviewer: fields.assignedReviewer?.value as ID | null | undefined,
    createdBy: fields.createdBy?.value as ID | null | undefined,
    lastEditedBy: fields.lastEditedBy?.value as ID | null | undefined,
    rows: (fields.reviewLog?.rows as { id: string }[] | undefined)?.length ?? 0,
    stage: (fields.stage?.value as Stage | undefined) ?? 'draft',
    submittedBy: fields.submittedBy?.value as ID | null | undefined,
  }))
  const log = useFormFields(([fields]) =>
    Array.from({ length: values.rows }, (_, index) => {
      const entry: Record<string, unknown> = {}
      for (const key of ['action', 'at', 'by', 'from', 'note', 'overrideReason', 'to']) {
        entry[key] = fields[`reviewLog.${index}.${key}`]?.value
      }
      return entry as unknown as ReviewLogEntry
    }),
  )
  const facts: DocumentFacts = {
    createdBy: values.createdBy,
    lastEditedBy: values.lastEditedBy,
    stage: values.stage,
    submittedBy: values.submittedBy,
  }
  const actor = user ? { id: user.id, roles: (user as unknown as StaffUser).roles } : null
  return {
    allowed: allowedActions(actor, facts),
    assignedReviewer: values.assignedReviewer,
    facts,
    log,
    user: actor,
  }
}
