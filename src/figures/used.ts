import type { PayloadRequest } from 'payload'

import { idOf, sameId, type ID } from '../shared/ids'
import { published } from '../shared/published'
import { slugs } from '../shared/slugs'

/**
 * Figure IDs referenced by a document: from the named upload fields, and from every figure
 * placed inline in its rich text (Lexical upload nodes), wherever they are nested.
 */
export function figureIdsIn(data: Record<string, unknown>, uploadFields: string[]): ID[] {
  const found = new Set<ID>()
  for (const field of uploadFields) {
    const id = idOf(data[field])
    if (id !== undefined) found.add(id)
  }
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit)
    if (!node || typeof node !== 'object') return
    const record = node as Record<string, unknown>
    if (record.type === 'upload' && record.relationTo === slugs.figures) {
      const id = idOf(record.value)
      if (id !== undefined) found.add(id)
    }
    Object.values(record).forEach(visit)
  }
  for (const [field, value] of Object.entries(data)) {
    if (!uploadFields.includes(field)) visit(value)
  }
  return [...found]
}

const collectionsThatUseFigures = [slugs.stories, slugs.sponsors, slugs.issues] as const

/** The newsletter's logo, shown to everyone on the login page and the site. */
async function newsletterLogo(req: PayloadRequest): Promise<ID | undefined> {
  const newsletter = await req.payload.findGlobal({
    depth: 0,
    overrideAccess: true,
    req,
    select: { logo: true },
    slug: slugs.newsletter,
  })
  return idOf(newsletter?.logo)
}

/** Whether the newsletter's logo is this figure, or a published story, sponsor or issue uses it. */
export async function usedByPublishedDocument(req: PayloadRequest, figure: ID): Promise<boolean> {
  for (const collection of collectionsThatUseFigures) {
    const { totalDocs } = await req.payload.count({
      collection,
      overrideAccess: true,
      req,
      where: { and: [published, { figuresUsed: { equals: figure } }] },
    })
    if (totalDocs > 0) return true
  }
  return sameId(await newsletterLogo(req), figure)
}
