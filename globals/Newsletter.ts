import type { GlobalConfig } from 'payload'

import { recordVisibilityOfLogo } from '../hooks/figures/recordVisibilityOfLogo'
import { anyone, isAdmin } from '../src/access/rules'
import { slugs } from '../src/shared/slugs'

export const Newsletter: GlobalConfig = {
  slug: slugs.newsletter,
  access: { read: anyone, update: isAdmin },
  admin: { group: 'Admin' },
  hooks: { afterChange: [recordVisibilityOfLogo] },
  fields: [
    { name: 'name', type: 'text', required: true },
    { name: 'tagline', type: 'text' },
    {
      name: 'logo',
      type: 'upload',
      relationTo: slugs.figures,
      admin: {
        description:
          'Shown on the login page, so anyone may fetch it, as they may figures in published issues.',
      },
    },
    { name: 'subscribeUrl', type: 'text', label: 'Subscribe URL' },
    {
      type: 'row',
      fields: [
        { name: 'senderName', type: 'text' },
        { name: 'senderEmail', type: 'email' },
      ],
    },
    { name: 'footerText', type: 'textarea' },
  ],
}
