import type { Block, CollectionConfig } from 'payload'

import { issueReadinessField } from '../src/readiness/fields'
import { figuresUsedField, slugField } from '../src/shared/fields'
import { dropBlocksWithUnreadableRelations } from '../hooks/access/dropUnreadableRelations'
import { deletePreviewLinksOfIssue } from '../hooks/preview/deletePreviewLinksOfIssue'
import { recordFiguresUsed } from '../hooks/figures/recordFiguresUsed'
import {
  recordVisibilityOfFiguresFreed,
  recordVisibilityOfFiguresUsed,
  rememberFiguresShown,
} from '../hooks/figures/recordVisibilityOfFiguresUsed'
import { datePublishedIssue } from '../hooks/workflow/datePublishedIssue'
import { editorialAccess, isStaffField } from '../src/access/rules'
import { newsdeskEditor } from '../src/shared/editor'
import { readinessEndpoint, unsavedReadinessEndpoint } from '../src/readiness/api'
import { slugs } from '../src/shared/slugs'

const storyBlock: Block = {
  slug: 'story',
  admin: { components: { Label: 'newsdesk/client#LayoutRowLabel' }, disableBlockName: true },
  interfaceName: 'IssueStoryBlock',
  labels: { plural: 'Stories', singular: 'Story' },
  fields: [
    {
      name: 'story',
      type: 'relationship',
      relationTo: slugs.stories,
      required: true,
      // Picked from the stories list, where each shows its stage and can be searched and filtered.
      admin: { appearance: 'drawer' },
    },
  ],
}

const sponsorBlock: Block = {
  slug: 'sponsor',
  admin: { components: { Label: 'newsdesk/client#LayoutRowLabel' }, disableBlockName: true },
  interfaceName: 'IssueSponsorBlock',
  labels: { plural: 'Sponsor blocks', singular: 'Sponsor block' },
  fields: [
    {
      name: 'sponsor',
      type: 'relationship',
      relationTo: slugs.sponsors,
      required: true,
      admin: { appearance: 'drawer' },
    },
    {
      name: 'copy',
      type: 'textarea',
      admin: { description: "Replaces the sponsor's standard copy in this issue only." },
    },
  ],
}

export const Issues: CollectionConfig = {
  slug: slugs.issues,
  access: editorialAccess(slugs.issues),
  admin: {
    defaultColumns: ['number', 'title', 'publishDate', 'stage', 'readiness'],
    group: 'Newsroom',
    useAsTitle: 'title',
  },
  defaultSort: '-number',
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'number', type: 'number', required: true, unique: true, index: true, min: 1 },
        {
          name: 'publishDate',
          type: 'date',
          index: true,
          label: 'Send date',
          admin: {
            date: { pickerAppearance: 'dayAndTime' },
            description:
              "When it goes out. What it carries is due, approved, the desk's review lead before (2 days unless configured). Set at publish if empty.",
          },
        },
      ],
    },
    { name: 'title', type: 'text', required: true },
    slugField('title'),
    { name: 'subjectLine', type: 'text', admin: { description: 'The email subject.' } },
    {
      name: 'preheader',
      type: 'text',
      admin: { description: 'The preview text after the subject in an inbox.' },
    },
    { name: 'letter', type: 'richText', editor: newsdeskEditor },
    {
      name: 'layout',
      type: 'blocks',
      blocks: [storyBlock, sponsorBlock],
      hooks: { afterRead: [dropBlocksWithUnreadableRelations] },
      admin: { description: 'Stories and sponsor blocks in reading order; drag to reorder.' },
    },
    figuresUsedField,
    issueReadinessField,
    {
      name: 'previewLinks',
      type: 'join',
      collection: slugs.previewLinks,
      on: 'issue',
      access: { read: isStaffField },
      admin: {
        defaultColumns: ['label', 'expiresAt', 'revoked', 'url'],
        description:
          'Share this issue as it stands, drafts included, with someone outside the desk. Links expire and can be revoked.',
      },
    },
  ],
  endpoints: [readinessEndpoint(slugs.issues), unsavedReadinessEndpoint(slugs.issues)],
  hooks: {
    // After the workflow's guard (withWorkflow puts it first), which decides whether this publishes.
    beforeChange: [recordFiguresUsed([]), datePublishedIssue, rememberFiguresShown],
    beforeDelete: [deletePreviewLinksOfIssue],
    afterChange: [recordVisibilityOfFiguresUsed],
    afterDelete: [recordVisibilityOfFiguresFreed],
  },
  // The archive: published issues by number, read in order from one index, with the creation
  // time that Payload adds to every sort as its tie-break, so a page deep in the archive skips
  // over index entries alone.
  indexes: [{ fields: ['_status', 'number', 'createdAt'] }],
  versions: { drafts: true, maxPerDoc: 50 },
}
