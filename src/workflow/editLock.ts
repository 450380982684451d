import type { Field, FieldAccess } from 'payload'

import { actorOf, documentFacts } from './server'
import { mayEditContent } from './table'

/**
 * Whether this user may change the stored document's content in its stage, as the workflow table
 * says. Payload asks it for the admin's field permissions, so the fields show read-only where an
 * edit would be refused; in an update it keeps the stored value, after the guard has already
 * refused a change with the reason (see rememberCallerData).
 */
export const editableInItsStage: FieldAccess = ({ doc, req }) =>
  mayEditContent(actorOf(req), documentFacts(doc ?? {}).stage)

const withEditLock = (field: Field): Field => {
  if (field.type === 'row' || field.type === 'collapsible')
    return { ...field, fields: field.fields.map(withEditLock) }
  if (field.type === 'tabs') {
    return {
      ...field,
      tabs: field.tabs.map((tab) =>
        'name' in tab && tab.name
          ? { ...tab, access: { ...tab.access, update: lockedWith(tab.access?.update) } }
          : { ...tab, fields: tab.fields.map(withEditLock) },
      ),
    }
  }
  // A join lists other documents; it holds nothing of this one to change.
  if (field.type === 'ui' || field.type === 'join' || !('name' in field)) return field
  return {
    ...field,
    access: { ...field.access, update: lockedWith(field.access?.update) },
  } as Field
}

const lockedWith =
  (own: FieldAccess | undefined): FieldAccess =>
  async (args) =>
    (await editableInItsStage(args)) && (own ? await own(args) : true)

/** A collection's content fields, each open to change only in the stages the user may edit. */
export const lockOutsideEditableStages = (fields: Field[]): Field[] => fields.map(withEditLock)
