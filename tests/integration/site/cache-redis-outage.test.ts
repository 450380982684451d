/**
 * The site cache when this process cannot hear other processes: Redis unreachable from the start,
 * then back, then gone again. Redis is reached through a proxy the test cuts (tests/support/redisProxy),
 * so the Redis other runs share stays up. While not subscribed, reads go to the database, so a
 * change made by another process is seen at once; publishing never fails for want of Redis.
 */
import { changeSiteInOtherProcess } from '../../support/otherProcess'
import { redisProxy } from '../../support/redisProxy'
import { until } from '../../support/until'

const proxy = await redisProxy()
// Read by payload.config.ts, which ../support/api loads; Jest gives each test file its own process.env.
process.env.REDIS_URL = proxy.url
const { fromAnotherReader, graphql, payload, unique } = await import('../../support/api')
const { act, issuesOfOnePublishedStory } = await import('../../support/fixtures')
const { countDatabaseOperations } = await import('../../support/queryCounter')

afterAll(async () => {
  await payload.destroy()
  await proxy.close()
})

/** The site cache's warnings from now on, still logged as well. */
function recordCacheWarnings(): () => string[] {
  const recorded: string[] = []
  const warn = payload.logger.warn.bind(payload.logger)
  payload.logger.warn = ((message: unknown, ...rest: unknown[]) => {
    if (typeof message === 'string' && message.startsWith('Site cache')) recorded.push(message)
    return (warn as (...args: unknown[]) => void)(message, ...rest)
  }) as typeof payload.logger.warn
  return () => recorded
}

const issueQuery = `query ($n: Int!) { issueByNumber(number: $n) { title } }`

describe('the cache of published reads, when Redis is unreachable', () => {
  let issue: { id: number | string; number: number }
  let publishedIssue: Awaited<ReturnType<typeof issuesOfOnePublishedStory>>
  const cacheWarnings = recordCacheWarnings()

  // Polled many times a minute: each read comes from its own reader, below the rate limit.
  const readOf = (number: number) => async () => {
    const { body } = await graphql(issueQuery, {
      headers: fromAnotherReader(),
      variables: { n: number },
    })
    expect(body.errors).toBeUndefined()
    return body.data.issueByNumber
  }
  const read = () => readOf(issue.number)()
  const elsewhere = (redisURL: string, ...args: string[]) =>
    changeSiteInOtherProcess(args, { DATABASE_URL: process.env.DATABASE_URL!, REDIS_URL: redisURL })

  /** Waits until reads are answered from memory (subscribed) or from the database (not). */
  const untilReadsAre = (cached: boolean) =>
    until(
      async () => {
        await read()
        return ((await countDatabaseOperations(payload, read)) === 0) === cached
      },
      { deadlineMs: 20_000, what: `reads ${cached ? 'cached' : 'going to the database'}` },
    )

  beforeAll(async () => {
    publishedIssue = await issuesOfOnePublishedStory()
    issue = await publishedIssue()
  })

  it('reads the database while Redis is unreachable, and logs that once, not per read or retry', async () => {
    await read()
    expect(await countDatabaseOperations(payload, read)).toBeGreaterThan(0)
    const attempts = proxy.dropped()
    await until(() => proxy.dropped() >= attempts + 2, {
      deadlineMs: 20_000,
      what: 'two attempts to reconnect',
    })
    expect(await countDatabaseOperations(payload, read)).toBeGreaterThan(0)
    expect(cacheWarnings()).toEqual([])
  })

  it('sees a republish made meanwhile by another process, which Redis being down did not stop', async () => {
    const title = `Retitled while Redis was down ${unique()}`
    await elsewhere(proxy.url, 'retitle', String(issue.id), title)
    expect(await read()).toEqual({ title })
  })

  it('publishes and unpublishes here, and sees it at once', async () => {
    const other = await publishedIssue()
    const readOther = readOf(other.number)
    expect(await readOther()).toEqual({ title: expect.any(String) })
    await act('reviewer', 'unpublish', 'issues', other.id)
    expect(await readOther()).toBeNull()
  })

  it('caches again once subscribed', async () => {
    proxy.open()
    await untilReadsAre(true)
    expect(cacheWarnings()).toEqual([])
  })

  it('when the subscription drops, reads the database again and sees what changed elsewhere meanwhile', async () => {
    const before = await read()
    proxy.cut()
    await untilReadsAre(false)
    expect(cacheWarnings()).toHaveLength(1)
    // Announced on Redis, which this process is not listening to now.
    const title = `Retitled while this process was not listening ${unique()}`
    await elsewhere('redis://127.0.0.1:6379', 'retitle', String(issue.id), title)
    expect(await read()).toEqual({ ...before, title })
    proxy.open()
    await untilReadsAre(true)
    expect(await read()).toEqual({ ...before, title })
    expect(cacheWarnings()).toHaveLength(1)
  })
})
