import type { PayloadRequest } from 'payload'

import type { Figure } from '../../payload-types'
import { idOf, type ID } from '../shared/ids'
import { slugs } from '../shared/slugs'
import { usedByPublishedDocument } from './used'

/**
 * Readers may see a figure when the newsletter's logo is it or a published story, sponsor or issue
 * uses it. That is kept on the figure (`shownToReaders`) and asked again for the figures a change
 * touches, so a reader's read filters on one indexed column instead of gathering what every
 * published document uses.
 *
 * Two transactions that publish and unpublish documents sharing a figure would each count without
 * the other's change, and the later commit could keep a stale answer. Writing to the figure's row
 * first makes the second wait until the first commits; its count then includes that change. The
 * figures are taken in one order everywhere, so two such transactions cannot deadlock.
 */
export async function recordFigureVisibility(req: PayloadRequest, figures: ID[]): Promise<void> {
  const byKey = new Map(figures.map((id) => [String(id), id]))
  for (const key of [...byKey.keys()].sort()) {
    const id = byKey.get(key)!
    const figure = (await req.payload.db.findOne({
      collection: slugs.figures,
      req,
      select: { shownToReaders: true },
      where: { id: { equals: id } },
    })) as Pick<Figure, 'shownToReaders'> | null
    if (!figure) continue
    const recorded = figure.shownToReaders === true
    await writeVisibility(req, id, recorded)
    const shown = await usedByPublishedDocument(req, id)
    if (shown !== recorded) await writeVisibility(req, id, shown)
  }
}

const writeVisibility = (req: PayloadRequest, id: ID, shownToReaders: boolean) =>
  req.payload.db.updateOne({
    collection: slugs.figures,
    data: { shownToReaders },
    id,
    req,
    returning: false,
  })

/** The figures a document used before a change and uses after it. */
export const figuresTouched = (
  ...docs: ({ figuresUsed?: unknown[] | null } | null | undefined)[]
): ID[] =>
  docs
    .flatMap((doc) => doc?.figuresUsed ?? [])
    .map(idOf)
    .filter((id): id is ID => id !== undefined)
