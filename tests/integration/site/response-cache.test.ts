import config from '@payload-config'
import { GRAPHQL_POST } from '@payloadcms/next/routes'

import { withSiteResponseCache } from '../../../src/site/responseCache'
import { loginAs, payload } from '../../support/api'
import {
  act,
  actingAs,
  makeIssue,
  makeSponsor,
  makeStory,
  publishThroughReview,
} from '../../support/fixtures'

afterAll(() => payload.destroy())

/** Payload's GraphQL handler behind the response cache, counting the requests that reach Payload. */
let reachedPayload = 0
const payloadGraphQL = GRAPHQL_POST(config)
const cachedGraphQL = withSiteResponseCache(
  (request) => {
    reachedPayload++
    return payloadGraphQL(request)
  },
  async () => payload,
)

async function post(
  query: string,
  {
    cookie,
    token,
    variables,
  }: { cookie?: string; token?: string; variables?: Record<string, unknown> } = {},
) {
  const headers = new Headers({ 'Content-Type': 'application/json' })
  if (token) headers.set('Authorization', `JWT ${token}`)
  if (cookie) headers.set('Cookie', cookie)
  const before = reachedPayload
  const response = await cachedGraphQL(
    new Request('http://localhost:3000/api/graphql', {
      body: JSON.stringify({ query, variables }),
      headers,
      method: 'POST',
    }),
  )
  return {
    body: await response.json(),
    reachedPayload: reachedPayload > before,
    status: response.status,
    type: response.headers.get('Content-Type'),
  }
}

const issueQuery =
  'query ($n: Int!) { issueByNumber(number: $n) { title layout { kind story { headline } sponsor { name } } } }'

describe('the cache of whole answers to site queries', () => {
  let issue: { id: number | string; number: number }
  let story: { headline: string; id: number | string; slug?: string | null }
  const readIssue = (options: { cookie?: string; token?: string } = {}) =>
    post(issueQuery, { ...options, variables: { n: issue.number } })
  const headlines = (body: any) =>
    body.data.issueByNumber.layout
      .filter((block: any) => block.story)
      .map((block: any) => block.story.headline)

  beforeAll(async () => {
    story = await makeStory('published')
    const sponsor = await makeSponsor('published')
    issue = await makeIssue('published', [
      { blockType: 'story', story: story.id as number },
      { blockType: 'sponsor', sponsor: sponsor.id as number },
    ])
  })

  it('answers a repeated anonymous read without reaching Payload, with the same body', async () => {
    const first = await readIssue()
    const second = await readIssue()
    expect(first.reachedPayload).toBe(true)
    expect(second).toEqual({ ...first, reachedPayload: false })
    expect(second.type).toMatch(/^application\/json/)
    expect(headlines(second.body)).toEqual([story.headline])
  })

  it('answers a request with a cookie or a token from the same cache: site queries read as the public whoever asks', async () => {
    const anonymous = await readIssue()
    const token = await loginAs('editor')
    for (const credentials of [
      { token },
      { cookie: `payload-token=${token}` },
      { cookie: '_ga=GA1.1.123.456' },
    ]) {
      expect(await readIssue(credentials)).toEqual({ ...anonymous, reachedPayload: false })
    }

    // Asked first by a logged-in editor, the answer kept is the one the public gets.
    const archive = '{ issueArchive(limit: 3) { docs { number } } }'
    const editors = await post(archive, { token })
    expect(editors.reachedPayload).toBe(true)
    expect(await post(archive)).toEqual({ ...editors, reachedPayload: false })
  })

  it('never gives an anonymous reader a draft a logged-in editor read with the same body', async () => {
    const revised = await makeStory('published')
    const draftHeadline = `Draft secret ${Date.now()}`
    await payload.update({
      collection: 'stories',
      data: { headline: draftHeadline },
      draft: true,
      id: revised.id,
      req: await actingAs('editor'),
    })
    const query = `{ Story(id: ${revised.id}, draft: true) { headline } }`

    const staff = await post(query, { token: await loginAs('editor') })
    expect(staff.body.data.Story.headline).toBe(draftHeadline)
    for (let attempt = 0; attempt < 2; attempt++) {
      const anonymous = await post(query)
      expect(anonymous.reachedPayload).toBe(true)
      expect(JSON.stringify(anonymous.body)).not.toContain(draftHeadline)
    }
    const site = `{ storyBySlug(slug: "${revised.slug}") { headline } }`
    await post(site, { token: await loginAs('editor') })
    for (let attempt = 0; attempt < 2; attempt++)
      expect((await post(site)).body.data.storyBySlug.headline).toBe(revised.headline)
  })

  it('keeps only answers made of published site queries, and no errors', async () => {
    for (const query of [
      '{ Stories(limit: 1) { docs { headline } } }',
      '{ latestIssue { title } Users { docs { email } } }',
      'query { ...Latest } fragment Latest on Query { latestIssue { title } }',
      '{ issueArchive(limit: 1000) { page } }',
    ]) {
      expect((await post(query)).reachedPayload).toBe(true)
      expect((await post(query)).reachedPayload).toBe(true)
    }
  })

  it('an unpublish or publish is seen by the very next anonymous read', async () => {
    await readIssue()
    expect((await readIssue()).reachedPayload).toBe(false)
    await act('reviewer', 'unpublish', 'stories', story.id)
    const afterUnpublish = await readIssue()
    expect(afterUnpublish.reachedPayload).toBe(true)
    expect(headlines(afterUnpublish.body)).toEqual([])
    await publishThroughReview('stories', story.id)
    expect(headlines((await readIssue()).body)).toEqual([story.headline])
  })

  it('is off with the read cache (NEWSDESK_SITE_CACHE=off)', async () => {
    await readIssue()
    process.env.NEWSDESK_SITE_CACHE = 'off'
    try {
      expect((await readIssue()).reachedPayload).toBe(true)
      expect((await readIssue()).reachedPayload).toBe(true)
    } finally {
      delete process.env.NEWSDESK_SITE_CACHE
    }
  })
})
