import type { Access, Where } from 'payload'

import { slugs } from '../slugs'

/**
 * Payload's file endpoint checks read access against a figure's `filename` only; this lets it
 * serve a rendition (`sources.filename`) exactly when the reader may read the figure it belongs
 * to, so renditions stay under the same embargo as the original.
 */
export const withRenditionFiles =
  (readFigures: Access): Access =>
  async (args) => {
    const allowed = await readFigures(args)
    const filename = args.data?.filename
    if (!args.isReadingStaticFile || typeof allowed !== 'object' || typeof filename !== 'string') return allowed
    const owner = await args.req.payload.count({
      collection: slugs.figures,
      overrideAccess: true,
      req: args.req,
      where: { and: [{ 'sources.filename': { equals: filename } }, allowed as Where] },
    })
    return owner.totalDocs > 0 || allowed
  }
