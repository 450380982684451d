/**
 * What this process tells the others through Redis when Redis is not there to hear it: a change
 * announced while Redis was unreachable is announced when the connection is back, and a Redis
 * that stops answering holds a publish up for a second at most. Redis is reached through a proxy
 * the test cuts and stalls (tests/support/redisProxy); the other processes are played by a client
 * subscribed to the channel on the Redis itself.
 */
import { Redis } from 'ioredis'

import { optionsOf } from '../../../src/options'
import { redisProxy } from '../../support/redisProxy'
import { until } from '../../support/until'

const proxy = await redisProxy()
// Read by payload.config.ts, which ../support/api loads; Jest gives each test file its own process.env.
process.env.REDIS_URL = proxy.url
const { graphql, payload } = await import('../../support/api')
const { act, issuesOfOnePublishedStory } = await import('../../support/fixtures')

const listener = new Redis('redis://127.0.0.1:6379', { lazyConnect: true })
const heard: string[] = []

afterAll(async () => {
  await payload.destroy()
  await proxy.close()
  listener.disconnect()
})

/** Waits until the listener has heard `count` announcements in all. */
const untilHeard = (count: number) =>
  until(() => heard.length >= count, { deadlineMs: 20_000, what: `${count} announcements heard` })

const issueQuery = `query ($n: Int!) { issueByNumber(number: $n) { title } }`
const read = async (number: number) =>
  (await graphql(issueQuery, { variables: { n: number } })).body.data.issueByNumber

describe('announcing changes to the other processes, when Redis is unreachable or stalls', () => {
  let publishedIssue: Awaited<ReturnType<typeof issuesOfOnePublishedStory>>

  beforeAll(async () => {
    // The channel src/site/redisSync.ts names after the namespace, which payload.config.ts names after the database.
    const channel = `newsdesk:site-cache:${optionsOf(payload.config).siteCache.namespace}`
    await listener.connect()
    await listener.subscribe(channel)
    listener.on('message', (_channel: string, sender: string) => heard.push(sender))
    publishedIssue = await issuesOfOnePublishedStory()
  })

  it('sends an announcement held back while Redis was unreachable once the connection is back', async () => {
    const issue = await publishedIssue()
    await act('reviewer', 'unpublish', 'issues', issue.id)
    expect(await read(issue.number)).toBeNull()
    expect(heard).toEqual([])
    proxy.open()
    await untilHeard(1)
  })

  it('waits at most a second on a Redis that stopped answering, and publishes all the same', async () => {
    // Connected: a change is announced now, not held back for the next connection.
    const connected = heard.length
    const first = await publishedIssue()
    await untilHeard(connected + 1)
    const before = heard.length

    proxy.stall()
    const started = Date.now()
    await act('reviewer', 'unpublish', 'issues', first.id)
    const took = Date.now() - started
    expect(await read(first.number)).toBeNull()
    // A second for Redis, and the unpublish's own work.
    expect(took).toBeGreaterThanOrEqual(1_000)
    expect(took).toBeLessThan(2_500)
    proxy.resume()
    await untilHeard(before + 1)
  })
})
