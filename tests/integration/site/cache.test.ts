import { graphql, loginAs, payload, rest } from '../../support/api'
import {
  act,
  makeFigure,
  makeIssue,
  makeSponsor,
  makeStory,
  publishThroughReview,
} from '../../support/fixtures'
import { countDatabaseOperations } from '../../support/queryCounter'

afterAll(() => payload.destroy())

const issueQuery = `query ($n: Int!) { issueByNumber(number: $n) { title layout { kind story { id headline } sponsor { name } } } }`

describe('the cache of published reads', () => {
  let issue: { id: number | string; number: number }
  let story: { headline: string; id: number | string }
  let sponsor: { id: number | string; name: string }

  beforeAll(async () => {
    story = await makeStory('published')
    sponsor = await makeSponsor('published')
    issue = await makeIssue('published', [
      { blockType: 'story', story: story.id as number },
      { blockType: 'sponsor', sponsor: sponsor.id as number },
    ])
  })

  const read = async () =>
    (await graphql(issueQuery, { variables: { n: issue.number } })).body.data.issueByNumber
  const headlines = (read: any) =>
    read.layout.filter((block: any) => block.story).map((block: any) => block.story.headline)

  it('answers a repeated read without touching the database', async () => {
    await read()
    expect(await countDatabaseOperations(payload, read)).toBe(0)
    expect(
      await countDatabaseOperations(payload, () =>
        rest('GET', `/site/issues/number/${issue.number}`),
      ),
    ).toBe(0)
  })

  it('an unpublish or publish of a story in the issue is seen by the very next read', async () => {
    expect(headlines(await read())).toEqual([story.headline])
    await act('reviewer', 'unpublish', 'stories', story.id)
    expect(headlines(await read())).toEqual([])
    expect((await rest('GET', `/site/issues/number/${issue.number}`)).body.layout).toHaveLength(1)
    await publishThroughReview('stories', story.id)
    expect(headlines(await read())).toEqual([story.headline])
  })

  it('an unpublish of the sponsor or of the issue itself is seen by the very next read', async () => {
    expect((await read()).layout.map((block: any) => block.kind)).toEqual(['story', 'sponsor'])
    await act('reviewer', 'unpublish', 'sponsors', sponsor.id)
    expect((await read()).layout.map((block: any) => block.kind)).toEqual(['story'])
    await act('reviewer', 'unpublish', 'issues', issue.id)
    expect(await read()).toBeNull()
    expect((await rest('GET', `/site/issues/number/${issue.number}`)).status).toBe(404)
  })

  it('a change to the Newsletter global is seen by the very next read', async () => {
    const query = '{ siteNewsletter { tagline } }'
    await graphql(query)
    const token = await loginAs('admin')
    const tagline = `Tagline ${Date.now()}`
    const saved = await rest('POST', '/globals/newsletter', { body: { tagline }, token })
    expect(saved.status).toBe(200)
    expect((await graphql(query)).body.data.siteNewsletter.tagline).toBe(tagline)
  })

  describe('figures, and deleted stories and sponsors', () => {
    const figureQuery = `query ($n: Int!) { issueByNumber(number: $n) { layout { kind story { heroFigure { alt } } } } }`

    /** A published issue of one published story with its own figure, and one published sponsor. */
    async function publishedIssueWithFigure() {
      const figure = await makeFigure()
      const story = await makeStory('published', undefined, figure.id)
      const sponsor = await makeSponsor('published')
      const issue = await makeIssue('published', [
        { blockType: 'story', story: story.id as number },
        { blockType: 'sponsor', sponsor: sponsor.id as number },
      ])
      const readGraphQL = async () =>
        (await graphql(figureQuery, { variables: { n: issue.number } })).body.data.issueByNumber
      const readREST = async () => (await rest('GET', `/site/issues/number/${issue.number}`)).body
      // Both reads are cached from here on, so what follows must clear the cache to be seen.
      await readGraphQL()
      await readREST()
      expect(await countDatabaseOperations(payload, readGraphQL)).toBe(0)
      expect(await countDatabaseOperations(payload, readREST)).toBe(0)
      return { figure, readGraphQL, readREST, sponsor, story }
    }
    const kinds = (read: any) => read.layout.map((block: any) => block.kind)
    const alts = (read: any) =>
      read.layout
        .filter((block: any) => block.story)
        .map((block: any) => block.story.heroFigure?.alt)

    it('a figure saved is seen by the very next read', async () => {
      const { figure, readGraphQL, readREST } = await publishedIssueWithFigure()
      expect(alts(await readGraphQL())).toEqual([figure.alt])
      const alt = `A figure described again after publishing ${figure.id}`
      const token = await loginAs('editor')
      expect((await rest('PATCH', `/figures/${figure.id}`, { body: { alt }, token })).status).toBe(
        200,
      )
      expect(alts(await readGraphQL())).toEqual([alt])
      expect(alts(await readREST())).toEqual([alt])
    })

    it('a figure deleted is gone from the very next read', async () => {
      const { figure, readGraphQL, readREST } = await publishedIssueWithFigure()
      const token = await loginAs('admin')
      expect((await rest('DELETE', `/figures/${figure.id}`, { token })).status).toBe(200)
      expect(alts(await readGraphQL())).toEqual([undefined])
      expect(alts(await readREST())).toEqual([undefined])
    })

    it('a published story or sponsor deleted is gone from the very next read', async () => {
      const { readGraphQL, readREST, sponsor, story } = await publishedIssueWithFigure()
      expect(kinds(await readGraphQL())).toEqual(['story', 'sponsor'])
      const token = await loginAs('admin')
      expect((await rest('DELETE', `/stories/${story.id}`, { token })).status).toBe(200)
      expect(kinds(await readGraphQL())).toEqual(['sponsor'])
      expect(kinds(await readREST())).toEqual(['sponsor'])
      // Read again, so the sponsor's deletion meets a cached answer too.
      expect(await countDatabaseOperations(payload, readGraphQL)).toBe(0)
      expect((await rest('DELETE', `/sponsors/${sponsor.id}`, { token })).status).toBe(200)
      expect(kinds(await readGraphQL())).toEqual([])
      expect(kinds(await readREST())).toEqual([])
    })
  })
})
