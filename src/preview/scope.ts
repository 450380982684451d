/**
 * What a preview link opens: its issue as it stands now, and the stories, sponsors and figures
 * placed in it. The scope travels on the request context of a request made for the preview
 * alone, so the access rules (src/access.ts) let exactly these documents through, drafts
 * included, and nothing a preview reads can reach the site's cache or another reader.
 */
import { APIError, createLocalReq, type Payload, type PayloadRequest } from 'payload'

import type { Issue } from '../../payload-types'
import { idOf, type ID } from '../shared/ids'
import { slugs } from '../shared/slugs'
import { verifyPreviewToken } from './token'

export type PreviewedCollection =
  typeof slugs.figures | typeof slugs.issues | typeof slugs.sponsors | typeof slugs.stories

export interface PreviewScope {
  ids: Record<PreviewedCollection, ID[]>
  issue: ID
  token: string
}

const contextKey = 'newsdeskPreview'

export const previewScopeOf = (req: PayloadRequest): PreviewScope | undefined =>
  req.context?.[contextKey] as PreviewScope | undefined

/** A request of its own for reading a preview: anonymous, with the scope its access rules honour. */
export const previewRequest = (payload: Payload, scope: PreviewScope): Promise<PayloadRequest> =>
  createLocalReq({ context: { [contextKey]: scope } }, payload)

const refused = (status: number, message: string) => new APIError(message, status, undefined, true)

async function openLink(payload: Payload, token: string) {
  const check = verifyPreviewToken(payload.secret, token)
  if (!check.ok) {
    throw check.reason === 'expired'
      ? refused(410, 'token: this preview link has expired; ask the desk for a new one.')
      : refused(401, 'token: not a valid preview link.')
  }
  const link = await payload.findByID({
    collection: slugs.previewLinks,
    depth: 0,
    disableErrors: true,
    id: check.claims.link,
    overrideAccess: true,
  })
  // The link's own record decides: a deleted or revoked link stops working even though its signature is good.
  if (!link || link.revoked) throw refused(410, 'token: this preview link has been revoked.')
  const sameLink =
    String(idOf(link.issue)) === String(check.claims.issue) &&
    new Date(link.expiresAt ?? 0).getTime() === check.claims.expires
  if (!sameLink) throw refused(401, 'token: not a valid preview link.')
  return check.claims
}

const figuresUsedBy = (docs: { figuresUsed?: unknown[] | null }[]): ID[] =>
  docs
    .flatMap((doc) => (doc.figuresUsed ?? []).map(idOf))
    .filter((id): id is ID => id !== undefined)

async function latestDrafts(
  payload: Payload,
  collection: typeof slugs.sponsors | typeof slugs.stories,
  ids: ID[],
) {
  if (ids.length === 0) return []
  const { docs } = await payload.find({
    collection,
    depth: 0,
    draft: true,
    overrideAccess: true,
    pagination: false,
    select: { figuresUsed: true },
    where: { id: { in: ids } },
  })
  return docs as { figuresUsed?: unknown[] | null; id: ID }[]
}

/** Checks a token (signature, expiry, revocation) and works out what it lets its holder read. */
export async function openPreview(payload: Payload, token: string): Promise<PreviewScope> {
  const claims = await openLink(payload, token)
  const issue = (await payload.findByID({
    collection: slugs.issues,
    depth: 0,
    disableErrors: true,
    draft: true,
    id: claims.issue,
    overrideAccess: true,
  })) as Issue | null
  if (!issue) throw refused(404, 'token: the issue of this preview link no longer exists.')
  const placed = { sponsor: [] as ID[], story: [] as ID[] }
  for (const block of issue.layout ?? []) {
    const id = idOf(block.blockType === 'story' ? block.story : block.sponsor)
    if (id !== undefined) placed[block.blockType].push(id)
  }
  const [stories, sponsors] = await Promise.all([
    latestDrafts(payload, slugs.stories, placed.story),
    latestDrafts(payload, slugs.sponsors, placed.sponsor),
  ])
  return {
    ids: {
      figures: [...new Set(figuresUsedBy([issue, ...stories, ...sponsors]))],
      issues: [issue.id],
      sponsors: sponsors.map((sponsor) => sponsor.id),
      stories: stories.map((story) => story.id),
    },
    issue: issue.id,
    token,
  }
}

/** The preview token a request for a figure's file carries in `?preview=`. */
export async function previewScopeOfFileRequest(
  req: PayloadRequest,
): Promise<PreviewScope | undefined> {
  const token = req.searchParams?.get('preview')
  if (!token) return undefined
  return openPreview(req.payload, token).catch(() => undefined)
}
