/**
 * Reads through a preview link: the issue and its stories as they stand now, drafts included,
 * for a reader outside the desk. Never cached: a preview shows work in progress.
 */
import { APIError, type Payload } from 'payload'

import type { Issue, Story } from '../../payload-types'
import { openPreview, previewRequest, type PreviewScope } from '../preview/scope'
import { isSlug } from '../../hooks/shared/slugFromField'
import { slugs } from '../shared/slugs'
import type { FileURL } from './figure'
import { siteIssue, siteStory, type SiteIssue, type SiteStory } from './shape'

/** Figure files of a preview are fetched with its token, which opens them while they are embargoed. */
const withToken =
  (scope: PreviewScope): FileURL =>
  (url) =>
    `${url}${url.includes('?') ? '&' : '?'}preview=${encodeURIComponent(scope.token)}`

export async function previewIssue(payload: Payload, token: string): Promise<SiteIssue> {
  const scope = await openPreview(payload, token)
  const req = await previewRequest(payload, scope)
  const { docs } = await payload.find({
    collection: slugs.issues,
    depth: 2,
    draft: true,
    limit: 1,
    overrideAccess: false,
    pagination: false,
    req,
    where: { id: { equals: scope.issue } },
  })
  if (!docs[0])
    throw new APIError(
      'token: the issue of this preview link no longer exists.',
      404,
      undefined,
      true,
    )
  return siteIssue(docs[0] as Issue, withToken(scope))
}

/** A story of the previewed issue, by its slug; any other story is out of the link's scope. */
export async function previewStory(
  payload: Payload,
  token: string,
  slug: string,
): Promise<SiteStory> {
  const scope = await openPreview(payload, token)
  const outOfScope = () =>
    new APIError(
      `slug: no story "${slug}" in the issue this preview link opens.`,
      404,
      undefined,
      true,
    )
  if (scope.ids.stories.length === 0 || !isSlug(slug)) throw outOfScope()
  const req = await previewRequest(payload, scope)
  const { docs } = await payload.find({
    collection: slugs.stories,
    depth: 1,
    draft: true,
    limit: 1,
    overrideAccess: false,
    pagination: false,
    req,
    where: { and: [{ slug: { equals: slug } }, { id: { in: scope.ids.stories } }] },
  })
  if (!docs[0]) throw outOfScope()
  return siteStory(docs[0] as Story, withToken(scope))
}
