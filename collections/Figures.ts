import type { CollectionConfig } from 'payload'

import { hasAnyRole, isStaff, usedByPublishedOrStaff } from '../src/access'
import { slugs } from '../src/slugs'

export const Figures = (staticDir: string): CollectionConfig => ({
  slug: slugs.figures,
  access: {
    create: isStaff,
    delete: hasAnyRole('admin'),
    read: usedByPublishedOrStaff,
    update: isStaff,
  },
  admin: {
    defaultColumns: ['filename', 'alt', 'credit', 'updatedAt'],
    group: 'Newsroom',
    useAsTitle: 'alt',
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      label: 'Alt text',
      required: true,
      admin: { description: 'Describes the image for readers who cannot see it.' },
    },
    { name: 'caption', type: 'textarea' },
    { name: 'credit', type: 'text' },
  ],
  upload: {
    focalPoint: true,
    mimeTypes: ['image/*'],
    staticDir,
  },
})
