import type { CollectionConfig } from 'payload'

import { figuresUsedField } from '../src/shared/fields'
import { dropUnreadableRelations } from '../hooks/access/dropUnreadableRelations'
import { recordFiguresUsed } from '../hooks/figures/recordFiguresUsed'
import {
  recordVisibilityOfFiguresFreed,
  recordVisibilityOfFiguresUsed,
  rememberFiguresShown,
} from '../hooks/figures/recordVisibilityOfFiguresUsed'
import { requireHttpURL } from '../hooks/shared/requireHttpURL'
import { editorialAccess } from '../src/access/rules'
import { slugs } from '../src/shared/slugs'

export const Sponsors: CollectionConfig = {
  slug: slugs.sponsors,
  access: editorialAccess(slugs.sponsors),
  admin: {
    defaultColumns: ['name', 'headline', 'stage', 'updatedAt'],
    group: 'Newsroom',
    useAsTitle: 'name',
  },
  fields: [
    { name: 'name', type: 'text', required: true },
    {
      name: 'logo',
      type: 'upload',
      relationTo: slugs.figures,
      hooks: { afterRead: [dropUnreadableRelations] },
    },
    {
      name: 'url',
      type: 'text',
      admin: { description: "The sponsor's home page." },
      hooks: { beforeValidate: [requireHttpURL] },
    },
    { name: 'headline', type: 'text' },
    { name: 'copy', type: 'textarea', admin: { description: 'The promotional paragraph.' } },
    {
      type: 'row',
      fields: [
        { name: 'ctaLabel', type: 'text', label: 'Call to action label' },
        {
          name: 'ctaUrl',
          type: 'text',
          label: 'Call to action URL',
          hooks: { beforeValidate: [requireHttpURL] },
        },
      ],
    },
    {
      name: 'disclosure',
      type: 'text',
      defaultValue: 'Sponsored',
      required: true,
      admin: { description: 'Printed above the block so readers know it is paid for.' },
    },
    figuresUsedField,
  ],
  hooks: {
    beforeChange: [recordFiguresUsed(['logo']), rememberFiguresShown],
    afterChange: [recordVisibilityOfFiguresUsed],
    afterDelete: [recordVisibilityOfFiguresFreed],
  },
  indexes: [{ fields: ['_status', 'createdAt'] }],
  versions: { drafts: true, maxPerDoc: 50 },
}
