import { NotFound, type Access, type Where } from 'payload'

import { slugs } from '../slugs'

/**
 * Payload's file endpoint checks read access against a figure's `filename` only, and answers 403
 * for a file it may not serve. Here a figure's file, original or rendition (`sources.filename`),
 * is served exactly when the reader may read the figure it belongs to, and any other answers 404:
 * an embargoed image is not even known to exist.
 */
export const withFileEmbargo =
  (readFigures: Access): Access =>
  async (args) => {
    const allowed = await readFigures(args)
    const filename = args.data?.filename
    if (!args.isReadingStaticFile || allowed === true || typeof filename !== 'string') return allowed
    const owners = allowed
      ? await args.req.payload.count({
          collection: slugs.figures,
          overrideAccess: true,
          req: args.req,
          where: { and: [{ or: [{ filename: { equals: filename } }, { 'sources.filename': { equals: filename } }] }, allowed as Where] },
        })
      : { totalDocs: 0 }
    if (owners.totalDocs === 0) throw new NotFound(args.req.t)
    return true
  }
