import type { CollectionConfig } from 'payload'

import { cleanUploadedFigure } from '../hooks/figures/cleanUploadedFigure'
import { deleteFigureSources } from '../hooks/figures/deleteFigureSources'
import { figureFormatsReady } from '../hooks/figures/figureFormatsReady'
import { figureSourceURL } from '../hooks/figures/figureSourceURL'
import { keepRecordedVisibility } from '../hooks/figures/keepRecordedVisibility'
import { recordFigureSources } from '../hooks/figures/recordFigureSources'
import { refuseUploadFromURL } from '../hooks/figures/refuseUploadFromURL'
import { secureFigureFileHeaders } from '../hooks/figures/secureFigureFileHeaders'
import { writeFigureSources } from '../hooks/figures/writeFigureSources'
import { anyOf, hasAnyRole, inPreview, isStaff, shownToReaders } from '../src/access/rules'
import { withFileEmbargo } from '../src/figures/access'
import type { ResolvedNewsdeskOptions } from '../src/options'
import { slugs } from '../src/shared/slugs'

const formatOptions = [
  { label: 'AVIF', value: 'avif' },
  { label: 'WebP', value: 'webp' },
  { label: 'JPEG', value: 'jpeg' },
  { label: 'PNG', value: 'png' },
]

export const Figures = ({ figures: settings }: ResolvedNewsdeskOptions): CollectionConfig => ({
  slug: slugs.figures,
  access: {
    create: isStaff,
    delete: hasAnyRole('admin'),
    read: withFileEmbargo(anyOf(isStaff, shownToReaders, inPreview(slugs.figures))),
    update: isStaff,
  },
  admin: {
    defaultColumns: ['filename', 'alt', 'credit', 'updatedAt'],
    group: 'Newsroom',
    useAsTitle: 'alt',
  },
  // A copy would share its original's rendition files; upload the image again instead.
  disableDuplicate: true,
  // The figures readers may see, newest first, read in order from one index.
  indexes: [{ fields: ['shownToReaders', 'createdAt'] }],
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
    {
      name: 'shownToReaders',
      type: 'checkbox',
      label: 'Shown to readers',
      defaultValue: false,
      index: true,
      admin: {
        description:
          'Whether anyone may fetch it: it is in a published story, sponsor or issue, or it is the logo.',
        position: 'sidebar',
        readOnly: true,
      },
      hooks: { beforeChange: [keepRecordedVisibility] },
    },
    {
      name: 'aspectRatio',
      type: 'number',
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'placeholder',
      type: 'group',
      admin: { description: 'Shown while the image loads.', readOnly: true },
      fields: [
        { name: 'color', type: 'text', admin: { description: 'The dominant colour, #rrggbb.' } },
        {
          name: 'dataURL',
          type: 'text',
          label: 'Data URL',
          admin: { description: 'A tiny blurred WebP.' },
        },
      ],
    },
    {
      name: 'formatsReady',
      type: 'select',
      hasMany: true,
      options: formatOptions,
      virtual: true,
      admin: {
        description:
          'Formats the renditions can be fetched in now; AVIF follows shortly after upload.',
        readOnly: true,
      },
      hooks: { afterRead: [figureFormatsReady] },
    },
    {
      name: 'sources',
      type: 'array',
      admin: {
        description:
          'Every size and format made from the original, ready for srcset: responsive widths (w320 …) and focal-point crops (card, thumbnail).',
        readOnly: true,
      },
      fields: [
        { name: 'variant', type: 'text', required: true },
        { name: 'format', type: 'select', options: formatOptions, required: true },
        { name: 'width', type: 'number', required: true },
        { name: 'height', type: 'number', required: true },
        { name: 'filesize', type: 'number', required: true },
        // Indexed: a file is served by looking up the figure that owns it (src/figures/access.ts).
        { name: 'filename', type: 'text', index: true, required: true, admin: { hidden: true } },
        { name: 'url', type: 'text', virtual: true, hooks: { afterRead: [figureSourceURL] } },
      ],
    },
  ],
  // In the order they run: check and clean the upload, plan its renditions, write them once saved.
  hooks: {
    beforeOperation: [refuseUploadFromURL, cleanUploadedFigure(settings)],
    beforeChange: [recordFigureSources(settings)],
    afterChange: [writeFigureSources(settings)],
    afterDelete: [deleteFigureSources(settings)],
  },
  upload: {
    // Payload's crop tool would cut the original after the renditions were made from it.
    crop: false,
    focalPoint: true,
    // What the admin's file picker offers; the content itself is checked in cleanUploadedFigure.
    mimeTypes: ['image/jpeg', 'image/png', 'image/webp', 'image/avif', 'image/gif', 'image/tiff'],
    modifyResponseHeaders: secureFigureFileHeaders,
    // Figures come from uploaded files only; see refuseUploadFromURL.
    pasteURL: false,
    staticDir: settings.dir,
  },
})
