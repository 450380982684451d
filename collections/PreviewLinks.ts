import type { CollectionConfig } from 'payload'

import { keepPreviewLinkRevoked } from '../hooks/preview/keepPreviewLinkRevoked'
import { previewLinkToken, previewLinkURL } from '../hooks/preview/previewLinkURL'
import { recordPreviewLinkMaker } from '../hooks/preview/recordPreviewLinkMaker'
import { setPreviewLinkExpiry } from '../hooks/preview/setPreviewLinkExpiry'
import { hasAnyRole, isStaff } from '../src/access/rules'
import type { ResolvedNewsdeskOptions } from '../src/options'
import { slugs } from '../src/shared/slugs'

const fixedOnceMade = { update: () => false }

/**
 * Signed links that let someone outside the desk (the site's preview mode, a fact-checker) read
 * one issue as it stands now, drafts included: the issue, its stories and sponsors, and their
 * figures. A link expires, and can be revoked at any time.
 */
export const PreviewLinks = ({
  preview: settings,
  usersSlug,
}: ResolvedNewsdeskOptions): CollectionConfig => ({
  slug: slugs.previewLinks,
  access: {
    create: hasAnyRole('admin', 'editor'),
    delete: hasAnyRole('admin'),
    read: isStaff,
    update: isStaff,
  },
  admin: {
    defaultColumns: ['issue', 'label', 'expiresAt', 'revoked', 'createdBy'],
    description: `Share an issue before it is published. A link works for ${settings.defaultHours} hours unless you set another expiry, and stops working once revoked.`,
    group: 'Newsroom',
    useAsTitle: 'label',
  },
  disableDuplicate: true,
  fields: [
    {
      name: 'issue',
      type: 'relationship',
      relationTo: slugs.issues,
      required: true,
      access: fixedOnceMade,
    },
    {
      name: 'label',
      type: 'text',
      admin: { description: 'Who the link is for, e.g. "Fact-checker".' },
    },
    {
      name: 'expiresAt',
      type: 'date',
      access: fixedOnceMade,
      admin: {
        date: { pickerAppearance: 'dayAndTime' },
        description: `Empty: ${settings.defaultHours} hours from now. At most ${settings.maxHours} hours ahead.`,
      },
    },
    {
      name: 'revoked',
      type: 'checkbox',
      defaultValue: false,
      admin: { description: 'Stops the link for good.', position: 'sidebar' },
    },
    {
      name: 'revokedAt',
      type: 'date',
      access: fixedOnceMade,
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'createdBy',
      type: 'relationship',
      relationTo: usersSlug,
      access: fixedOnceMade,
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'url',
      type: 'text',
      label: 'Link to share',
      virtual: true,
      admin: {
        components: {
          Cell: 'newsdesk/client#PreviewLinkURLCell',
          Field: 'newsdesk/client#PreviewLinkURLField',
        },
        readOnly: true,
      },
      hooks: { afterRead: [previewLinkURL(settings)] },
    },
    {
      name: 'token',
      type: 'text',
      virtual: true,
      admin: { hidden: true },
      hooks: { afterRead: [previewLinkToken] },
    },
  ],
  hooks: {
    beforeChange: [recordPreviewLinkMaker, keepPreviewLinkRevoked],
    beforeValidate: [setPreviewLinkExpiry(settings)],
  },
})
