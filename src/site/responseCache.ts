/**
 * Whole GraphQL answers to the site's published reads, kept in front of Payload's GraphQL handler.
 *
 * The site's reads are cached already (src/site/cache.ts), but a cached read still pays for
 * Payload's request (auth, body parsing) and for GraphQL parsing, validation, the complexity
 * check and serialisation: most of the time of a cached page. This keeps the serialised answer,
 * keyed by the request body, under the same rules as the read cache (cleared with it, bypassed
 * while it is suspended, an answer that overlapped a clearing not kept).
 *
 * Only what every reader is given is kept: answers to requests whose every field is one of
 * `publishedSiteQueries`, which read as an anonymous reader whoever asks (src/site/reader.ts). So a
 * request with a cookie (a browser's, an analytics tag's) or a staff member's token is answered
 * from the same cache. Anything else, an error among them, goes to Payload untouched.
 */
import { Kind, parse, type DocumentNode } from 'graphql'
import { headersWithCors, type Payload } from 'payload'

import { siteCacheStore } from './cache'

/**
 * Queries whose answer is the same for every caller: they read as an anonymous reader whoever
 * asks. A query that takes a token or shows drafts (a preview) must never be listed here.
 */
const publishedSiteQueries: ReadonlySet<string> = new Set([
  'issueArchive',
  'issueByNumber',
  'issueBySlug',
  'latestIssue',
  'siteNewsletter',
  'storyBySlug',
])

const maxEntries = 200
const decoder = new TextDecoder()
/** A larger answer is served but not kept: the cache stays under 100 MB (an issue's answer is about 50 KB). */
const maxBodyBytes = 512 * 1024

const parseQuery = (query: string): DocumentNode | null => {
  try {
    return parse(query, { noLocation: true })
  } catch {
    return null
  }
}

/** One query operation, no fragments, and every top-level field a published site query. */
function asksOnlyPublishedSiteQueries(body: string): boolean {
  let query: unknown
  try {
    query = (JSON.parse(body) as { query?: unknown } | null)?.query
  } catch {
    return false
  }
  const document = typeof query === 'string' ? parseQuery(query) : null
  if (!document || document.definitions.length !== 1) return false
  const [operation] = document.definitions
  if (operation.kind !== Kind.OPERATION_DEFINITION || operation.operation !== 'query') return false
  return operation.selectionSet.selections.every(
    (selection) =>
      selection.kind === Kind.FIELD &&
      (publishedSiteQueries.has(selection.name.value) || selection.name.value === '__typename'),
  )
}

const answer = (body: Uint8Array, request: Request, payload: Payload): Response =>
  new Response(body as Uint8Array<ArrayBuffer>, {
    headers: headersWithCors({
      headers: new Headers({ 'Content-Type': 'application/json; charset=utf-8' }),
      req: { headers: request.headers, payload },
    }),
    status: 200,
  })

/** A successful answer with no GraphQL errors is the only kind worth keeping. */
const keepable = (status: number, body: Uint8Array): boolean => {
  if (status !== 200 || body.byteLength > maxBodyBytes) return false
  try {
    return !(JSON.parse(decoder.decode(body)) as { errors?: unknown }).errors
  } catch {
    return false
  }
}

type Handler = (request: Request) => Promise<Response>

/** Wraps Payload's GraphQL POST handler with the cache of published site reads. */
export function withSiteResponseCache(handler: Handler, payload: () => Promise<Payload>): Handler {
  const cache = siteCacheStore<Uint8Array>(maxEntries)
  return async (request) => {
    if (!cache.active()) return handler(request)
    const sent = await request.arrayBuffer()
    const body = decoder.decode(sent)
    const forward = () =>
      handler(
        new Request(request.url, { body: sent, headers: request.headers, method: request.method }),
      )
    const kept = cache.get(body)
    if (kept) return answer(kept, request, await payload())
    if (!asksOnlyPublishedSiteQueries(body)) return forward()

    const started = cache.start()
    const response = await forward()
    const bytes = new Uint8Array(await response.arrayBuffer())
    if (keepable(response.status, bytes)) cache.keep(body, bytes, started)
    return new Response(bytes, { headers: response.headers, status: response.status })
  }
}
