import type { Field } from 'payload'

import { slugFromField } from '../../hooks/shared/slugFromField'
import { slugs } from './slugs'

export const slugField = (sourceField: string): Field => ({
  name: 'slug',
  type: 'text',
  index: true,
  unique: true,
  admin: {
    description: `Used in URLs. Left empty, it is made from the ${sourceField}.`,
    position: 'sidebar',
  },
  hooks: { beforeValidate: [slugFromField(sourceField)] },
})

/** Figures the document shows; `recordFiguresUsed` recomputes it on every save, so input to it is ignored. */
export const figuresUsedField: Field = {
  name: 'figuresUsed',
  type: 'relationship',
  relationTo: slugs.figures,
  hasMany: true,
  admin: { hidden: true, readOnly: true },
}
