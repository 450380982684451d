import { NotFound, type Access, type Where } from 'payload'

import { slugs } from '../shared/slugs'

/**
 * Payload's file endpoint checks read access against a figure's `filename` only, and answers 403
 * for a file it may not serve. Here a figure's file, original or rendition (`sources.filename`),
 * is served exactly when the reader may read the figure it belongs to, and any other answers 404:
 * an embargoed image is not even known to exist. The rules are asked about that one figure, by
 * its ID, so that a file in use costs a lookup, not a walk over every published document.
 */
export const withFileEmbargo =
  (readFigures: Access): Access =>
  async (args) => {
    const filename = args.data?.filename
    if (!args.isReadingStaticFile || typeof filename !== 'string') return readFigures(args)
    const { payload } = args.req
    // One lookup per column, each by its index: an `or` across the figure's own column and its
    // renditions' rows would have the database pass over every figure. Renditions first: the
    // site and the email serve those.
    const ownerOf = async (where: Where) =>
      (
        await payload.find({
          collection: slugs.figures,
          depth: 0,
          limit: 1,
          overrideAccess: true,
          pagination: false,
          req: args.req,
          select: { filename: true },
          where,
        })
      ).docs[0]
    const owner =
      (await ownerOf({ 'sources.filename': { equals: filename } })) ??
      (await ownerOf({ filename: { equals: filename } }))
    if (!owner) throw new NotFound(args.req.t)
    const allowed = await readFigures({ ...args, id: owner.id })
    if (allowed === true) return true
    const readable = allowed
      ? await payload.count({
          collection: slugs.figures,
          overrideAccess: true,
          req: args.req,
          where: { and: [{ id: { equals: owner.id } }, allowed as Where] },
        })
      : { totalDocs: 0 }
    if (readable.totalDocs === 0) throw new NotFound(args.req.t)
    return true
  }
