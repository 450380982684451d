import type { FieldHook } from 'payload'

import { slugs } from '../../src/shared/slugs'

/** A rendition's URL, served by Payload's file endpoint for figures (and so under its read access). */
export const figureSourceURL: FieldHook = ({ req, siblingData }) => {
  const filename = siblingData?.filename
  if (typeof filename !== 'string') return null
  const { routes, serverURL } = req.payload.config
  return `${serverURL ?? ''}${routes.api}/${slugs.figures}/file/${encodeURIComponent(filename)}`
}
