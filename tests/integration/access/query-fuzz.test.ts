/**
 * The property behind tests/integration/access/query-input.test.ts: whatever a client sends to
 * the list, document and site APIs (REST and GraphQL, anonymous or signed in), the answer is
 * never a server error and never takes over 2 s. fast-check builds the requests from the real
 * collections (tests/support/queryFuzz.ts). CI runs FUZZ_RUNS (default 1,000) cases on each
 * database with a fixed seed; `npm run fuzz` runs 5,000 with a new seed, named in the test's
 * title: `FUZZ_SEED=… npm run fuzz` replays it.
 */
import fc from 'fast-check'

import {
  fromAnotherReader,
  graphql,
  loginAs,
  payload,
  rest,
  type ApiResponse,
} from '../../support/api'
import { makeIssue, makeStory } from '../../support/fixtures'
import { fuzzedRequests, type FuzzedRequest } from '../../support/queryFuzz'

afterAll(() => payload.destroy())

const runs = Number(process.env.FUZZ_RUNS ?? 1000)
const seed = process.env.FUZZ_SEED
  ? Number(process.env.FUZZ_SEED)
  : process.env.FUZZ_NEW_SEED
    ? Date.now() % 2 ** 31
    : 20261201
const slowestMs = 2_000

let tokens: Record<'admin' | 'editor', string>
beforeAll(async () => {
  tokens = { admin: await loginAs('admin'), editor: await loginAs('editor') }
  // Something to find: a published story in an issue, and a draft.
  const story = await makeStory('published')
  await makeStory('draft')
  await makeIssue('draft', [{ blockType: 'story', story: story.id }])
})

async function send({ kind, request, role }: FuzzedRequest): Promise<ApiResponse> {
  const token = role === 'anonymous' ? undefined : tokens[role]
  if (kind === 'rest') return rest('GET', request, { token })
  return graphql(request, { headers: fromAnotherReader(), token })
}

/** A GraphQL answer is 200 even when a resolver failed: its errors carry the status. */
const serverErrorsIn = (response: ApiResponse): unknown[] =>
  response.status >= 500
    ? [response.body]
    : ((response.body?.errors ?? []) as { extensions?: { statusCode?: number } }[]).filter(
        (error) => (error.extensions?.statusCode ?? 0) >= 500,
      )

it(`answers ${runs} generated requests (seed ${seed}) with no server error, each within ${slowestMs} ms`, async () => {
  await fc.assert(
    fc.asyncProperty(fuzzedRequests(payload), async (request) => {
      const started = performance.now()
      const response = await send(request)
      const tookMs = performance.now() - started
      expect({ serverErrors: serverErrorsIn(response), slow: tookMs > slowestMs }).toEqual({
        serverErrors: [],
        slow: false,
      })
    }),
    { numRuns: runs, seed, verbose: 1 },
  )
})
