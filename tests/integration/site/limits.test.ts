import { createLocalReq } from 'payload'

import { refreshEditionsShowing } from '../../../src/site/editions'
import { graphql, loginAs, payload, rest } from '../../support/api'
import { makeFigure, makeIssue, makeSponsor, makeStory } from '../../support/fixtures'
import { countDatabaseOperations } from '../../support/queryCounter'

afterAll(() => payload.destroy())

const figureFields =
  'id url alt caption credit width height srcset { format type srcset } crops { variant format url } placeholder { color dataURL }'
const fullIssue = `id number title slug publishDate subjectLine preheader letter letterHtml layout {
  kind copy
  story { id slug headline dek authors tags heroFigure { ${figureFields} } sections { kind heading body html } }
  sponsor { id name url headline copy ctaLabel ctaUrl disclosure logo { ${figureFields} } }
}`
/** The largest query the site makes: a whole issue page with the archive sidebar and the newsletter. */
const sitePageQuery = `query ($number: Int!) {
  issueByNumber(number: $number) { ${fullIssue} }
  issueArchive(limit: 50) { page totalPages docs { number title publishDate leadStory { headline slug } } }
  siteNewsletter { name tagline subscribeUrl footerText }
}`
/** Payload's own generated query for an issue with its stories and figures. */
const generatedIssueQuery = `query ($id: Int!) { Issue(id: $id) { id title layout {
  ... on IssueStoryBlock { story { id headline dek heroFigure { id url alt } } }
  ... on IssueSponsorBlock { sponsor { id name logo { id url } } }
} } }`

async function publishedIssueWith(stories: number) {
  const layout = []
  for (let index = 0; index < stories; index++) {
    const figure = await makeFigure()
    const story = await makeStory('published', undefined, figure.id)
    layout.push({ blockType: 'story' as const, story: story.id as number })
  }
  const sponsor = await makeSponsor('published')
  layout.splice(1, 0, { blockType: 'sponsor' as const, sponsor: sponsor.id as number } as never)
  return makeIssue('published', layout)
}

describe('the number of database queries of an issue read does not grow with its stories', () => {
  let small: { id: number | string; number: number }
  let large: { id: number | string; number: number }

  beforeAll(async () => {
    // Counting the reads themselves, not the cache in front of them.
    process.env.NEWSDESK_SITE_CACHE = 'off'
    small = await publishedIssueWith(3)
    large = await publishedIssueWith(12)
  }, 600_000)
  afterAll(() => {
    delete process.env.NEWSDESK_SITE_CACHE
  })

  it('site query, REST site read and Payload’s generated query: 3 stories cost what 12 do', async () => {
    const reads = {
      generated: (issue: typeof small) =>
        graphql(generatedIssueQuery, { variables: { id: Number(issue.id) } }),
      rest: (issue: typeof small) => rest('GET', `/site/issues/number/${issue.number}`),
      site: (issue: typeof small) =>
        graphql(`query ($number: Int!) { issueByNumber(number: $number) { ${fullIssue} } }`, {
          variables: { number: issue.number },
        }),
    }
    for (const [name, read] of Object.entries(reads)) {
      const smallResponse = await read(small)
      const largeResponse = await read(large)
      expect(JSON.stringify(largeResponse.body)).not.toContain('"errors"')
      expect(JSON.stringify(smallResponse.body).length).toBeLessThan(
        JSON.stringify(largeResponse.body).length,
      )
      const counts = [
        await countDatabaseOperations(payload, () => read(small)),
        await countDatabaseOperations(payload, () => read(large)),
      ]
      expect({ name, stories3: counts[0] }).toEqual({ name, stories3: counts[1] })
      expect(counts[0]).toBeGreaterThan(0)
    }
  })

  it('a site issue read is one query, the edition; making the edition costs the same for 3 stories as for 12', async () => {
    const count = await countDatabaseOperations(payload, () =>
      graphql(`query ($number: Int!) { issueByNumber(number: $number) { ${fullIssue} } }`, {
        variables: { number: large.number },
      }),
    )
    expect(count).toBe(1)
    const remake = async (issue: typeof small) =>
      refreshEditionsShowing(await createLocalReq({}, payload), 'issues', issue.id)
    const [smallEdition, largeEdition] = [
      await countDatabaseOperations(payload, () => remake(small)),
      await countDatabaseOperations(payload, () => remake(large)),
    ]
    expect(smallEdition).toBeGreaterThan(1)
    expect(largeEdition).toBe(smallEdition)
  })

  it('a published figure’s file or record costs the public two or three queries, not a walk over what is published', async () => {
    const figure = await makeFigure()
    await makeStory('published', undefined, figure.id)
    const rendition = figure.sources!.find((source) => source.format === 'jpeg')!
    const reads: [string, () => Promise<{ status: number }>, number][] = [
      // The figure that owns the rendition, then whether readers may see it.
      ['a rendition', () => rest('GET', `/figures/file/${rendition.filename}`), 2],
      // No rendition of that name, the figure of that name, then whether readers may see it.
      ['the original', () => rest('GET', `/figures/file/${figure.filename}`), 3],
      // The figure, with readers' access in the query.
      ['the record', () => rest('GET', `/figures/${figure.id}?depth=0`), 1],
    ]
    for (const [what, read, queries] of reads) {
      expect([what, (await read()).status]).toEqual([what, 200])
      expect([what, await countDatabaseOperations(payload, read)]).toEqual([what, queries])
    }
  })

  it('the largest site query passes the complexity limit', async () => {
    const response = await graphql(sitePageQuery, { variables: { number: large.number } })
    expect(response.body.errors).toBeUndefined()
    expect(response.body.data.issueByNumber.layout).toHaveLength(13)
  })
})

describe('limits', () => {
  it('refuses a wide or deep abusive query before any database work', async () => {
    const wide = `{ ${Array.from({ length: 40 }, (_, index) => `a${index}: latestIssue { ${fullIssue} }`).join('\n')} }`
    const deep = `{ ${Array.from({ length: 30 }, (_, index) => `d${index}: Issues(limit: 100) { docs { id layout { ... on IssueStoryBlock { story { id heroFigure { id url } } } } } }`).join('\n')} }`
    for (const query of [wide, deep]) {
      let response: Awaited<ReturnType<typeof graphql>> | undefined
      const count = await countDatabaseOperations(payload, async () => {
        response = await graphql(query)
      })
      expect(response!.body.data).toBeUndefined()
      expect(response!.body.errors[0].message).toMatch(/exceeds the maximum complexity of 600/)
      expect(count).toBe(0)
    }
  })

  /** Runs a query and counts the database operations it made. */
  const measured = async (query: string) => {
    let response: Awaited<ReturnType<typeof graphql>> | undefined
    const started = performance.now()
    const operations = await countDatabaseOperations(payload, async () => {
      response = await graphql(query)
    })
    return { ms: performance.now() - started, operations, response: response! }
  }
  const aliases = (count: number, field: string) =>
    `{ ${Array.from({ length: count }, (_, index) => `a${index}: ${field}`).join(' ')} }`

  it('refuses 199 aliases of a 100-document page with a 400 at once, before any database work', async () => {
    for (const list of ['Stories', 'Figures', 'Issues', 'Sponsors', 'versionsStories']) {
      const { ms, operations, response } = await measured(
        aliases(199, `${list}(limit: 100) { docs { id } }`),
      )
      expect({ list, status: response.status }).toEqual({ list, status: 400 })
      expect(response.body.data).toBeUndefined()
      expect(response.body.errors[0].message).toMatch(/exceeds the maximum complexity of 600/)
      expect(operations).toBe(0)
      expect(ms).toBeLessThan(1000)
    }
  })

  it('prices a list by its limit times its selection; no limit is a full page of 100', async () => {
    // A page of 100 ids costs 1 + 100 × (docs 1 + id 1) = 201: two fit, three do not.
    const page = 'Stories(limit: 100) { docs { id } }'
    expect((await graphql(aliases(2, page))).body.errors).toBeUndefined()
    for (const field of [page, 'Stories { docs { id } }', 'Stories(limit: 0) { docs { id } }']) {
      const refused = await graphql(aliases(3, field))
      expect(refused.body.errors[0].message).toMatch(/Actual complexity is 603/)
    }
    // Smaller pages and fewer fields cost less: ten of 5 stories with their headline fit.
    expect(
      (await graphql(aliases(10, 'Stories(limit: 5) { docs { id headline } }'))).body.errors,
    ).toBeUndefined()
    // The site's archive is priced the same way, a page being 20 issues when no limit is given.
    const archive = await graphql(aliases(3, 'issueArchive(limit: 100) { docs { id } }'))
    expect(archive.body.errors[0].message).toMatch(/Actual complexity is 603/)
    expect((await graphql(aliases(3, 'issueArchive { docs { id } }'))).body.errors).toBeUndefined()
  })

  it('caps a request for 10,000 issues at the maximum page size', async () => {
    const listed = await rest('GET', '/issues?limit=10000&depth=0')
    expect(listed.status).toBe(200)
    expect(listed.body.limit).toBeLessThanOrEqual(100)
    const queried = await graphql('{ Issues(limit: 10000) { limit docs { id } } }')
    expect(queried.body.data.Issues.limit).toBeLessThanOrEqual(100)
  })

  it('caps an unpaginated list at the maximum page size when there is more to give', async () => {
    for (let index = 0; index < 101; index++)
      await payload.create({
        collection: 'stories',
        data: { headline: `Filler ${index}` },
        draft: true,
      })
    const { totalDocs } = await payload.count({ collection: 'stories' })
    expect(totalDocs).toBeGreaterThan(100)
    const token = await loginAs('editor')
    const unpaginated = await rest('GET', '/stories?pagination=false&depth=0&draft=true', { token })
    expect({ status: unpaginated.status, listed: unpaginated.body.docs.length }).toEqual({
      status: 200,
      listed: 100,
    })
  })
})
