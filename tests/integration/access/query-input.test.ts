/**
 * A `where`, `sort` or document ID that the database adapters cannot answer gets a 400 naming the
 * parameter, path and problem (src/access/queryRules.ts), where it answered 500; the queries the
 * desk and the site make still answer, with the documents they ask for.
 */
import * as qs from 'qs-esm'

import { graphql, loginAs, payload, rest, sendRaw } from '../../support/api'
import { makeIssue, makeStory } from '../../support/fixtures'

afterAll(() => payload.destroy())

let token: string
beforeAll(async () => {
  token = await loginAs('admin')
})

const firstMessage = (body: { errors?: { message: string }[] }): string =>
  body.errors?.[0]?.message ?? ''

describe('a query the adapters cannot answer answers 400 naming the problem', () => {
  const refused: [string, string][] = [
    [
      '/issues?where[letter.root.children.text][like]=Dear',
      'where.letter.root.children.text: `letter` cannot be queried',
    ],
    ['/issues?where[letter.root.children.text][contains]=Dear', '`letter` cannot be queried'],
    ['/issues?where[letter.root.children.0.text][like]=Dear', '`letter` cannot be queried'],
    ['/issues?where[letter.root.children.text][exists]=true', '`letter` cannot be queried'],
    ['/issues?where[letter.root][equals][a]=b', '`letter` cannot be queried'],
    [
      '/stories?where[sections.body.root.children.text][like]=x',
      '`sections.body` cannot be queried',
    ],
    [
      "/stories?where[sections.blockType][in][0]=whatsNew&where[sections.blockType][in][1]=x')--",
      '`sections.blockType` in takes one of whatsNew, keyInsight',
    ],
    ['/issues?where[layout][like]=x', '`layout` is not a field that can be queried'],
    [
      "/issues?where[layout.blockType][equals]=story' OR 1=1--",
      '`layout.blockType` equals takes one of story, sponsor',
    ],
    [
      '/issues?where[layout.story.headline][like]=x',
      'querying through the relationship `layout.story` is not supported',
    ],
    ['/stories?where[headline][near]=1,2', '`headline` cannot be compared with near'],
    ['/stories?where[headline][within]=1,2', '`headline` cannot be compared with within'],
    ['/stories?where[headline][intersects]=1,2', '`headline` cannot be compared with intersects'],
    ['/stories?where[id][near]=1,2', '`id` cannot be compared with near'],
    ['/stories?where[headline][all]=a', '`headline` cannot be compared with all'],
    [
      "/stories?where[updatedAt][greater_than]=not-a-date'",
      '`updatedAt` greater_than takes a date',
    ],
    [
      `/stories?where[headline][like]=${'x'.repeat(100_000)}`,
      '`headline` like takes at most 500 characters',
    ],
    ['/stories?where[headline][equals][x]=y', '`headline` equals takes text'],
    ['/stories?where[headline][exists]=maybe', '`headline` exists takes true or false'],
    ['/stories?where[id][in]=abc,def', '`id` in takes a document ID'],
    ['/stories?where[_status][equals]=bogus', '`_status` equals takes one of draft, published'],
    ['/stories?where[stage][in]=draft,shipped', '`stage` in takes one of draft, in_review'],
    ['/figures?where[width][greater_than]=wide', '`width` greater_than takes a number'],
    ['/users?where[roles][in]=god', '`roles` in takes one of admin, editor, reviewer'],
    ['/stories?where[and]=x', 'where.and: and takes a list of conditions'],
    ['/stories?where=abc', 'where: is neither conditions in the query string'],
    [
      '/stories?sort=sections.body',
      'sort.sections.body: `sections.body` is not a field to sort by',
    ],
    ['/stories?sort=-headline,nonexistent', '`nonexistent` is not a field to sort by'],
    ['/stories?sort=tags', '`tags` holds several values per document and gives no order'],
    [
      '/stories?draft=true&where[sections.id][equals]=1970-01-01',
      '`sections.id` cannot be queried',
    ],
    [
      '/preview-links?where[expiresAt][equals]=%2B010000-01-01T00:00:00.000Z',
      '`expiresAt` equals takes a date',
    ],
    ['/issues?where[publishAt][less_than]=2026-02-30', '`publishAt` less_than takes a date'],
    [
      '/stories?where[headline][equals]=a%00b',
      '`headline` equals takes text without NUL characters',
    ],
    ['/figures?page=-1', 'page: must be a whole number from 1'],
    ['/figures?page=0', 'page: must be a whole number from 1'],
    ['/stories/abc', 'id: `abc` is not a document ID'],
    ['/stories/abc/readiness', 'id: `abc` is not a document ID'],
  ]

  const named = refused.map(([path, message]) => ({
    message,
    name: path.length > 120 ? `${path.slice(0, 60)}… (${path.length} characters)` : path,
    path,
  }))

  it.each(named)('GET $name', async ({ message, path }) => {
    const { body, status } = await rest('GET', path, { token })
    expect({ status, message: firstMessage(body) }).toEqual({
      status: 400,
      message: expect.stringContaining(message),
    })
  })

  it('refuses 20,000 branches sent as a form body with the GET override, before the database', async () => {
    const where = {
      or: Array.from({ length: 20_000 }, (_, i) => ({ headline: { equals: `h${i}` } })),
    }
    const { body, status } = await sendRaw('POST', '/stories', {
      body: new TextEncoder().encode(qs.stringify({ where })),
      headers: {
        'Content-Type': 'application/x-www-form-urlencoded',
        'X-Payload-HTTP-Method-Override': 'GET',
      },
      token,
    })
    expect({ status, message: firstMessage(body) }).toEqual({
      status: 400,
      message: 'where: has more than 100 conditions',
    })
  })

  it('answers an anonymous caller the same, and the Local API without overrideAccess', async () => {
    const anonymous = await rest('GET', '/issues?where[letter.root][like]=Dear')
    expect(anonymous.status).toBe(400)
    await expect(
      payload.find({
        collection: 'stories',
        overrideAccess: false,
        where: { headline: { near: '1,2' } },
      }),
    ).rejects.toMatchObject({ status: 400, message: expect.stringContaining('near') })
  })

  it('answers GraphQL with the same message and a 400 status in the error', async () => {
    const { body } = await graphql('{ Stories(sort: "sections.body") { docs { id } } }', { token })
    expect(body.errors[0]).toMatchObject({
      extensions: { statusCode: 400 },
      message: expect.stringContaining('`sections.body` is not a field to sort by'),
    })
  })

  it('finds no story or issue for a slug no slug could be, such as one holding a NUL', async () => {
    for (const path of ['/site/stories/a%00b', '/site/issues/slug/a%00b']) {
      const { status } = await rest('GET', path)
      expect({ path, status }).toEqual({ path, status: 404 })
    }
  })

  it('caps the users list at 100 a page like every other collection', async () => {
    const { body, status } = await rest('GET', '/users?limit=100000', { token })
    expect({ status, limit: body.limit }).toEqual({ status: 200, limit: 100 })
  })
})

describe('the queries the desk and the site make still answer', () => {
  it('filters by text, choices, dates, IDs, block types, relations in blocks and review log entries', async () => {
    const headline = `Queryable story ${Date.now()}`
    const story = await makeStory('draft', headline)
    const published = await makeStory('published', `${headline} published`)
    const issue = await makeIssue('draft', [{ blockType: 'story', story: published.id }])
    const reviewer = await payload.find({
      collection: 'users',
      where: { email: { equals: 'reviewer@newsdesk.test' } },
    })

    const ids = async (path: string): Promise<unknown[]> => {
      const { body, status } = await rest('GET', path, { token })
      expect({ path, status }).toEqual({ path, status: 200 })
      return body.docs.map((doc: { id: unknown }) => doc.id)
    }
    const since = encodeURIComponent(new Date(Date.now() - 3_600_000).toISOString())
    const like = encodeURIComponent(headline)

    expect(await ids(`/stories?where[headline][like]=${like}&sort=-createdAt`)).toEqual([
      published.id,
      story.id,
    ])
    expect(
      await ids(`/stories?where[headline][like]=${like}&where[stage][in]=draft,in_review`),
    ).toEqual([story.id])
    expect(
      await ids(
        `/stories?where[id][in]=${story.id},${published.id}&where[createdAt][greater_than]=${since}&sort=headline`,
      ),
    ).toEqual([story.id, published.id])
    expect(
      await ids(
        `/stories?where[headline][like]=${like}&where[sections.blockType][equals]=whatsNew`,
      ),
    ).toHaveLength(2)
    expect(await ids(`/issues?where[layout.story][equals]=${published.id}`)).toEqual([issue.id])
    expect(
      await ids(
        `/stories?where[headline][like]=${like}&where[reviewLog.by][equals]=${reviewer.docs[0]!.id}`,
      ),
    ).toEqual([published.id])
    expect(
      await ids(`/stories?where[or][0][headline][equals]=${like}&where[or][1][slug][exists]=false`),
    ).toEqual([story.id])
    expect((await rest('GET', `/stories/${story.id}`, { token })).status).toBe(200)
  })
})
