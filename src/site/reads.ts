/**
 * The public site's reads: published documents only, as an anonymous reader sees them, whoever
 * asks (./reader). An issue is read from its edition (./editions), made under the readers' access
 * rules when it was last published or changed. Stories and the archive are read under those rules
 * (overrideAccess: false), their relations populated through Payload's dataloader. Answers are
 * cached until something readers see changes (./cache).
 */
import { APIError, type PayloadRequest } from 'payload'

import type { Issue, Story } from '../../payload-types'
import { maxPageSize } from '../access/pageSize'
import { declarePopulate } from '../access/readable'
import { idOf, type ID } from '../shared/ids'
import { cachedRead } from './cache'
import { findEdition } from './editions'
import { readerRequest } from './reader'
import { published } from '../shared/published'
import { sitePopulate, storySelect } from './selection'
import { slugs } from '../shared/slugs'
import { isSlug } from '../../hooks/shared/slugFromField'
import {
  siteStory,
  type SiteArchiveEntry,
  type SiteNewsletter,
  type SitePage,
  type SiteStory,
} from './shape'

/** The size of an archive page that asks for none. */
export const defaultPageSize = 20

export const latestIssue = (req: PayloadRequest) =>
  cachedRead('latestIssue', () => findEdition(req))

export const issueByNumber = (req: PayloadRequest, number: number) =>
  cachedRead(`issueByNumber:${number}`, () => findEdition(req, { number: { equals: number } }))

// A text that is no slug (a NUL, which PostgreSQL refuses outright) finds nothing, without a read
// or a place in the cache.
export const issueBySlug = async (req: PayloadRequest, slug: string) =>
  isSlug(slug)
    ? cachedRead(`issueBySlug:${slug}`, () => findEdition(req, { slug: { equals: slug } }))
    : null

export const storyBySlug = async (req: PayloadRequest, slug: string): Promise<SiteStory | null> =>
  isSlug(slug)
    ? cachedRead(`storyBySlug:${slug}`, async () => readStoryBySlug(await readerRequest(req), slug))
    : null

async function readStoryBySlug(req: PayloadRequest, slug: string): Promise<SiteStory | null> {
  declarePopulate(req, sitePopulate)
  const { docs } = await req.payload.find({
    collection: slugs.stories,
    depth: 1,
    draft: false,
    limit: 1,
    overrideAccess: false,
    pagination: false,
    populate: sitePopulate,
    req,
    select: storySelect,
    where: { and: [published, { slug: { equals: slug } }] },
  })
  return docs[0] ? siteStory(docs[0] as Story) : null
}

const positiveInteger = (
  name: string,
  value: unknown,
  fallback: number,
  max = Number.MAX_SAFE_INTEGER,
): number => {
  if (value === undefined || value === null || value === '') return fallback
  const number = Number(value)
  if (!Number.isInteger(number) || number < 1 || number > max) {
    throw new APIError(
      `${name} must be a whole number from 1 to ${max}; got ${JSON.stringify(value)}.`,
      400,
      undefined,
      true,
    )
  }
  return number
}

/** A page of the archive, newest first: number, date, title and lead story (the first story in the layout). */
export function issueArchive(
  req: PayloadRequest,
  { limit: askedLimit, page: askedPage }: { limit?: unknown; page?: unknown } = {},
): Promise<SitePage<SiteArchiveEntry>> {
  const limit = positiveInteger('limit', askedLimit, defaultPageSize, maxPageSize)
  const page = positiveInteger('page', askedPage, 1)
  return cachedRead(`issueArchive:${page}:${limit}`, async () =>
    readArchivePage(await readerRequest(req), limit, page),
  )
}

async function readArchivePage(
  req: PayloadRequest,
  limit: number,
  page: number,
): Promise<SitePage<SiteArchiveEntry>> {
  // The page's IDs first, then its issues: skipping to a page deep in the archive then passes over
  // index entries only, where a read of the issues themselves would build every skipped one.
  const onPage = await req.payload.find({
    collection: slugs.issues,
    depth: 0,
    draft: false,
    limit,
    overrideAccess: false,
    page,
    req,
    select: {},
    sort: '-number',
    where: published,
  })
  const issues = {
    ...onPage,
    docs: onPage.docs.length
      ? (
          await req.payload.find({
            collection: slugs.issues,
            depth: 0,
            draft: false,
            overrideAccess: false,
            pagination: false,
            req,
            select: { layout: true, number: true, publishDate: true, slug: true, title: true },
            sort: '-number',
            where: { and: [published, { id: { in: onPage.docs.map((doc) => doc.id) } }] },
          })
        ).docs
      : [],
  }
  const leadIDs = new Map<ID, ID>()
  for (const issue of issues.docs as Issue[]) {
    const lead = issue.layout?.find((block) => block.blockType === 'story')
    const id = lead && idOf(lead.story)
    if (id !== undefined) leadIDs.set(issue.id, id)
  }
  const stories = leadIDs.size
    ? await req.payload.find({
        collection: slugs.stories,
        depth: 0,
        draft: false,
        overrideAccess: false,
        pagination: false,
        req,
        select: { dek: true, headline: true, slug: true },
        where: { and: [published, { id: { in: [...new Set(leadIDs.values())] } }] },
      })
    : { docs: [] }
  const storyByID = new Map((stories.docs as Story[]).map((story) => [String(story.id), story]))
  return {
    docs: (issues.docs as Issue[]).map((issue) => {
      const lead = storyByID.get(String(leadIDs.get(issue.id)))
      return {
        id: String(issue.id),
        leadStory: lead
          ? { dek: lead.dek ?? null, headline: lead.headline, slug: lead.slug ?? null }
          : null,
        number: issue.number,
        publishDate: issue.publishDate ?? null,
        slug: issue.slug ?? null,
        title: issue.title,
      }
    }),
    hasNextPage: issues.hasNextPage,
    limit,
    page: issues.page ?? page,
    totalDocs: issues.totalDocs,
    totalPages: issues.totalPages,
  }
}

export const newsletter = (req: PayloadRequest): Promise<SiteNewsletter> =>
  cachedRead('newsletter', async () => readNewsletter(await readerRequest(req)))

async function readNewsletter(req: PayloadRequest): Promise<SiteNewsletter> {
  const global = await req.payload.findGlobal({
    depth: 0,
    overrideAccess: false,
    req,
    slug: slugs.newsletter,
  })
  return {
    footerText: global.footerText ?? null,
    name: global.name,
    subscribeUrl: global.subscribeUrl ?? null,
    tagline: global.tagline ?? null,
  }
}
