import { graphql, loginAs, payload, rest } from '../../support/api'
import {
  act,
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
})
