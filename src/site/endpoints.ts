import { APIError, type Endpoint, type PayloadRequest } from 'payload'

import { previewIssue, previewStory } from './preview'
import { htmlHeaders, previewPageHTML, previewRefusalPage, wantsHTML } from './previewPage'
import {
  issueArchive,
  issueByNumber,
  issueBySlug,
  latestIssue,
  newsletter,
  storyBySlug,
} from './reads'

const found = (what: string) => (value: unknown) => {
  if (value === null) throw new APIError(`No published ${what}.`, 404, undefined, true)
  return Response.json(value)
}

const privately = (value: unknown) =>
  Response.json(value, { headers: { 'Cache-Control': 'private, no-store' } })

const param = (req: PayloadRequest, name: string): string =>
  String((req.routeParams as Record<string, unknown>)[name] ?? '')

const issueNumber = (req: PayloadRequest): number => {
  const value = param(req, 'number')
  if (!/^\d+$/.test(value))
    throw new APIError(`number: "${value}" is not an issue number.`, 400, undefined, true)
  return Number(value)
}

/** The REST face of the site's reads, under /api/site: the same answers as the GraphQL site queries. */
export const siteEndpoints: Endpoint[] = [
  {
    method: 'get',
    path: '/site/issues',
    handler: async (req) =>
      Response.json(
        await issueArchive(req, {
          limit: req.searchParams.get('limit') ?? undefined,
          page: req.searchParams.get('page') ?? undefined,
        }),
      ),
  },
  {
    method: 'get',
    path: '/site/issues/latest',
    handler: async (req) => found('issue')(await latestIssue(req)),
  },
  {
    method: 'get',
    path: '/site/issues/number/:number',
    handler: async (req) =>
      found(`issue number ${param(req, 'number')}`)(await issueByNumber(req, issueNumber(req))),
  },
  {
    method: 'get',
    path: '/site/issues/slug/:slug',
    handler: async (req) =>
      found(`issue "${param(req, 'slug')}"`)(await issueBySlug(req, param(req, 'slug'))),
  },
  {
    method: 'get',
    path: '/site/stories/:slug',
    handler: async (req) =>
      found(`story "${param(req, 'slug')}"`)(await storyBySlug(req, param(req, 'slug'))),
  },
  {
    method: 'get',
    path: '/site/newsletter',
    handler: async (req) => Response.json(await newsletter(req)),
  },
  // Previews show work in progress to whoever holds the link: never stored by a browser or a CDN.
  {
    method: 'get',
    path: '/site/preview/:token',
    handler: async (req) => {
      if (!wantsHTML(req)) return privately(await previewIssue(req.payload, param(req, 'token')))
      // A person who opened the link in a browser gets a page to read, not JSON.
      try {
        const issue = await previewIssue(req.payload, param(req, 'token'))
        return new Response(previewPageHTML(issue), { headers: htmlHeaders })
      } catch (error) {
        return previewRefusalPage(error)
      }
    },
  },
  {
    method: 'get',
    path: '/site/preview/:token/stories/:slug',
    handler: async (req) =>
      privately(await previewStory(req.payload, param(req, 'token'), param(req, 'slug'))),
  },
]
