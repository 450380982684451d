import { ValidationError, type CollectionBeforeOperationHook } from 'payload'

import { slugs } from '../../src/shared/slugs'

/**
 * Figures are made from uploaded files only. Given `filename` and `url` instead of a file, Payload
 * fetches the URL itself once the beforeOperation hooks have run, so the image would skip the
 * pipeline that checks and cleans it (type, size, megapixels, metadata, renditions). A create
 * without a file is refused here, for every API, before anything is fetched; the admin offers no
 * URL input (`pasteURL: false`).
 */
export const refuseUploadFromURL: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'create' || req.file) return args
  throw new ValidationError({
    collection: slugs.figures,
    errors: [
      {
        message:
          'No image file was uploaded. A figure is made from the file itself, sent as `file`; figures are not made from a `url`.',
        path: 'file',
      },
    ],
  })
}
