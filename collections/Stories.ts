import type { Block, CollectionConfig } from 'payload'

import { storyReadinessField } from '../src/readiness/fields'
import { figuresUsedField, slugField } from '../src/shared/fields'
import { dropUnreadableRelations } from '../hooks/access/dropUnreadableRelations'
import { recordFiguresUsed } from '../hooks/figures/recordFiguresUsed'
import {
  recordVisibilityOfFiguresFreed,
  recordVisibilityOfFiguresUsed,
  rememberFiguresShown,
} from '../hooks/figures/recordVisibilityOfFiguresUsed'
import { narrowHeadlineSearch } from '../hooks/search/narrowHeadlineSearch'
import { editorialAccess } from '../src/access/rules'
import { newsdeskEditor } from '../src/shared/editor'
import { readinessEndpoint } from '../src/readiness/api'
import { genericSection, sectionKinds } from '../src/shared/sections'
import { slugs } from '../src/shared/slugs'

const sectionBody = {
  name: 'body',
  type: 'richText',
  editor: newsdeskEditor,
} as const

// Sections and layout blocks are known by their kind and content; a free-form block name only adds noise.
const namedSectionBlocks: Block[] = sectionKinds.map(({ interfaceName, label, slug }) => ({
  slug,
  admin: { disableBlockName: true },
  interfaceName,
  labels: { plural: `${label} sections`, singular: label },
  fields: [
    {
      name: 'label',
      type: 'text',
      admin: {
        description: `Printed instead of "${label}" when set, e.g. a past-tense variant.`,
        placeholder: label,
      },
    },
    sectionBody,
  ],
}))

const genericSectionBlock: Block = {
  slug: genericSection.slug,
  admin: { disableBlockName: true },
  interfaceName: genericSection.interfaceName,
  labels: { plural: 'Sections', singular: 'Section with its own heading' },
  fields: [{ name: 'heading', type: 'text', required: true }, sectionBody],
}

export const Stories: CollectionConfig = {
  slug: slugs.stories,
  access: editorialAccess(slugs.stories),
  admin: {
    defaultColumns: ['headline', 'slug', 'stage', 'readiness', 'updatedAt'],
    group: 'Newsroom',
    useAsTitle: 'headline',
  },
  fields: [
    { name: 'headline', type: 'text', required: true },
    slugField('headline'),
    { name: 'dek', type: 'textarea', admin: { description: 'One sentence under the headline.' } },
    {
      name: 'heroFigure',
      type: 'upload',
      relationTo: slugs.figures,
      hooks: { afterRead: [dropUnreadableRelations] },
    },
    {
      name: 'authors',
      type: 'text',
      hasMany: true,
      admin: { description: 'Bylines as printed.', position: 'sidebar' },
    },
    { name: 'tags', type: 'text', hasMany: true, admin: { position: 'sidebar' } },
    {
      name: 'sections',
      type: 'blocks',
      blocks: [...namedSectionBlocks, genericSectionBlock],
      labels: { plural: 'Sections', singular: 'Section' },
    },
    figuresUsedField,
    storyReadinessField,
  ],
  endpoints: [readinessEndpoint(slugs.stories)],
  hooks: {
    beforeOperation: [narrowHeadlineSearch],
    beforeChange: [recordFiguresUsed(['heroFigure']), rememberFiguresShown],
    afterChange: [recordVisibilityOfFiguresUsed],
    afterDelete: [recordVisibilityOfFiguresFreed],
  },
  // What readers list, newest first, read in order from one index (see src/db/listIndexes.ts).
  indexes: [{ fields: ['_status', 'createdAt'] }],
  versions: { drafts: true, maxPerDoc: 50 },
}
