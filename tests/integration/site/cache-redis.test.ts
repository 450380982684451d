/**
 * The site cache across processes, through the Redis at 127.0.0.1:6379: a change made by another
 * process on the same database (as `npm run worker` or a second app server would make it) is seen
 * by this process's very next read. The channel is named after this run's own database.
 */
import { changeSiteInOtherProcess } from '../../support/otherProcess'

const redisURL = 'redis://127.0.0.1:6379'
// Read by payload.config.ts, which ../support/api loads; Jest gives each test file its own process.env.
process.env.REDIS_URL = redisURL
const { graphql, payload, rest, unique } = await import('../../support/api')
const { act, issuesOfOnePublishedStory } = await import('../../support/fixtures')
const { countDatabaseOperations } = await import('../../support/queryCounter')
const { siteAnnouncementsHeard } = await import('../../../src/site/redisSync')
const { until } = await import('../../support/until')

afterAll(() => payload.destroy())

const issueQuery = `query ($n: Int!) { issueByNumber(number: $n) { title } }`

describe('the cache of published reads, with Redis', () => {
  let issue: { id: number | string; number: number }
  let publishedIssue: Awaited<ReturnType<typeof issuesOfOnePublishedStory>>
  const read = async () =>
    (await graphql(issueQuery, { variables: { n: issue.number } })).body.data.issueByNumber
  const elsewhere = (...args: string[]) =>
    changeSiteInOtherProcess(args, { DATABASE_URL: process.env.DATABASE_URL!, REDIS_URL: redisURL })

  beforeAll(async () => {
    publishedIssue = await issuesOfOnePublishedStory()
    issue = await publishedIssue()
  })

  it('answers a repeated read from memory', async () => {
    await read()
    expect(await countDatabaseOperations(payload, read)).toBe(0)
  })

  // The other process has exited once its change is made, but its announcement may still be on
  // its way: "next read" means the first read after this process has heard it.
  const heardFromElsewhere = (heard: number) =>
    until(() => siteAnnouncementsHeard() > heard, { what: 'the other process’s announcement' })

  it('a republish with a new title in another process is seen by the next read here', async () => {
    const before = await read()
    expect(await countDatabaseOperations(payload, read)).toBe(0)
    const title = `Retitled elsewhere ${unique()}`
    const heard = siteAnnouncementsHeard()
    await elsewhere('retitle', String(issue.id), title)
    await heardFromElsewhere(heard)
    expect(await read()).toEqual({ ...before, title })
  })

  it('an unpublish in another process is seen by the next read here, over GraphQL and REST', async () => {
    expect(await read()).not.toBeNull()
    expect((await rest('GET', `/site/issues/number/${issue.number}`)).status).toBe(200)
    const heard = siteAnnouncementsHeard()
    await elsewhere('unpublish', String(issue.id))
    await heardFromElsewhere(heard)
    expect(await read()).toBeNull()
    expect((await rest('GET', `/site/issues/number/${issue.number}`)).status).toBe(404)
  })

  it('a change made here clears this cache once, not again when its own announcement comes back', async () => {
    const other = await publishedIssue()
    const readOther = async () =>
      (await graphql(issueQuery, { variables: { n: other.number } })).body.data.issueByNumber
    await readOther()
    const heard = siteAnnouncementsHeard()
    await act('reviewer', 'unpublish', 'issues', other.id)
    expect(await readOther()).toBeNull()
    // Once its own announcement has come back and been handled, the cached read must still hold.
    await until(() => siteAnnouncementsHeard() > heard, { what: 'its own announcement' })
    expect(await countDatabaseOperations(payload, readOther)).toBe(0)
  })
})
