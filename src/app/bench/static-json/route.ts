/**
 * The ceiling `npm run bench:api` compares the site's reads with: the bytes of a JSON file served
 * by this server with no work per request. It exists only when the server starts with
 * NEWSDESK_BENCH_STATIC_JSON naming the file; otherwise it answers 404 like any unknown path.
 */
import fs from 'node:fs'

export const dynamic = 'force-dynamic'

let loaded: { body: ArrayBuffer; file: string } | undefined

/** The file's bytes, read on the first request and kept; null when the variable is not set. */
function benchBody(): ArrayBuffer | null {
  const file = process.env.NEWSDESK_BENCH_STATIC_JSON
  if (!file) return null
  if (loaded?.file !== file) loaded = { body: new Uint8Array(fs.readFileSync(file)).buffer, file }
  return loaded.body
}

export function GET(): Response {
  const body = benchBody()
  if (!body) return new Response('Not Found', { status: 404 })
  return new Response(body, { headers: { 'Content-Type': 'application/json' } })
}
