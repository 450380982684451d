/**
 * A process killed (SIGKILL) in the middle of an issue publish leaves the issue and its stories
 * all published or all as they were, and the site agrees: the issue's edition, its stories' pages
 * and the latest issue read what the documents say. The publisher is a process of its own
 * (tests/support/publishIssueScript.ts) that stops before the k-th database write of the publish,
 * before the commit or after it, for k spread over every write a whole publish makes; this file's
 * Payload instance then reads the database as a restarted server would.
 */
import path from 'node:path'
import readline from 'node:readline'
import type { ChildProcess } from 'node:child_process'

import { spawnTsx } from '../../../scripts/runTsx.js'
import { invalidateSiteCache } from '../../../src/site/cache'
import type { ID } from '../../../src/shared/ids'
import { fromAnotherReader, graphql, payload, rest } from '../../support/api'
import { act, makeFigure, makeIssue, makeStory } from '../../support/fixtures'

const publishers = new Set<Publisher>()

afterAll(async () => {
  // A publisher left stopped by a failed assertion would hold the SQLite write lock.
  await Promise.all([...publishers].map(kill))
  await payload.destroy()
})

const storiesPerIssue = 3
/** Kill points spread over the writes of a publish, besides the commit and after it. */
const writePoints = 6
/**
 * Opening Payload takes a publisher seconds, against well under one for a round of the test:
 * several start at once, on both cores, ahead of the rounds that use them.
 */
const warmPublishers = 2

interface Publisher {
  lines: AsyncIterator<string>
  process: ChildProcess
}

const warm: Publisher[] = []

/** A publisher that has started opening Payload, and another started in its place. */
function nextPublisher(): Publisher {
  while (warm.length <= warmPublishers) warm.push(startPublisher())
  return warm.shift()!
}

/** Starts a publisher now; it opens Payload while the test goes on with earlier rounds. */
function startPublisher(): Publisher {
  const child = spawnTsx(
    [path.resolve('tests/support/publishIssueScript.ts')],
    { DATABASE_URL: process.env.DATABASE_URL!, FIGURES_DIR: process.env.FIGURES_DIR! },
    { detached: true },
  )
  let errors = ''
  child.stderr!.on('data', (chunk) => (errors += chunk))
  const lines = readline.createInterface({ input: child.stdout! })[Symbol.asyncIterator]()
  child.once('exit', (code) => {
    if (code !== 0 && code !== null) console.error(`publisher exited ${code}:\n${errors}`)
  })
  const publisher = { lines, process: child }
  publishers.add(publisher)
  return publisher
}

/** The next line the publisher prints that starts with one of `words`. */
async function nextLine({ lines }: Publisher, words: string[]): Promise<string> {
  for (;;) {
    const { done, value } = await lines.next()
    if (done) throw new Error(`the publisher ended before printing ${words.join(' or ')}`)
    if (words.some((word) => value.startsWith(word))) return value
  }
}

/** Has the publisher publish the issue up to `stopAt`; resolves to what it printed there. */
async function publish(publisher: Publisher, issue: ID, stopAt: string): Promise<string> {
  await nextLine(publisher, ['READY'])
  publisher.process.stdin!.write(`${issue} ${stopAt}\n`)
  return nextLine(publisher, ['STOPPED', 'DONE'])
}

/** SIGKILL to tsx and the Node process it runs the script in, at once. */
async function kill({ process: child }: Publisher): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return
  const exited = new Promise((resolve) => child.once('exit', resolve))
  process.kill(-child.pid!, 'SIGKILL')
  await exited
}

interface Placed {
  id: ID
  slug: string
}

interface ApprovedIssue {
  id: ID
  number: number
  slug: string
  stories: Placed[]
}

/**
 * An issue of approved stories, itself approved: what a reviewer publishes. Its hero figure is its
 * own, so each publish makes it visible to readers and every publish makes the same writes.
 */
async function approvedIssue(): Promise<ApprovedIssue> {
  const figure = (await makeFigure()).id
  const stories: Placed[] = []
  for (let index = 0; index < storiesPerIssue; index++) {
    const story = await makeStory('draft', undefined, figure)
    await act('editor', 'submit', 'stories', story.id)
    await act('reviewer', 'approve', 'stories', story.id)
    stories.push({ id: story.id, slug: story.slug! })
  }
  const issue = await makeIssue(
    'draft',
    stories.map((story) => ({ blockType: 'story' as const, story: story.id as number })),
  )
  await act('editor', 'submit', 'issues', issue.id)
  await act('reviewer', 'approve', 'issues', issue.id)
  return { id: issue.id, number: issue.number, slug: issue.slug!, stories }
}

/** Both of a document's versions that a reader or an editor may be shown. */
async function versionsOf(collection: 'issues' | 'stories', id: ID) {
  const read = async (draft: boolean) => {
    const doc = (await payload.findByID({ collection, depth: 0, draft, id })) as {
      _status?: string
      stage?: string
      updatedAt: string
    }
    return { stage: doc.stage, status: doc._status, updatedAt: doc.updatedAt }
  }
  return { latest: await read(true), main: await read(false) }
}

const stateOf = async (issue: ApprovedIssue) => ({
  issue: await versionsOf('issues', issue.id),
  stories: await Promise.all(issue.stories.map((story) => versionsOf('stories', story.id))),
})

const issueQuery = `query ($n: Int!) { issueByNumber(number: $n) { number layout { story { slug } } } latestIssue { number } }`

/** What the public site answers about the issue, through REST and GraphQL. */
async function siteRead(issue: ApprovedIssue) {
  const byNumber = await rest('GET', `/site/issues/number/${issue.number}`)
  const latest = await rest('GET', '/site/issues/latest')
  const stories = await Promise.all(
    issue.stories.map(async (story) => (await rest('GET', `/site/stories/${story.slug}`)).status),
  )
  const { body } = await graphql(issueQuery, {
    headers: fromAnotherReader(),
    variables: { n: issue.number },
  })
  return {
    graphql: body.data,
    latest: latest.body.number,
    rest: byNumber.status === 200 ? byNumber.body.layout.map(slugOfBlock) : byNumber.status,
    stories,
  }
}

const slugOfBlock = (block: { story?: { slug: string } }) => block.story?.slug

const editionsOf = async (issue: ApprovedIssue) =>
  (
    await payload.count({
      collection: 'issue-editions',
      where: { issue: { equals: String(issue.id) } },
    })
  ).totalDocs

let latestPublished: number

/**
 * Checks the issue is whole: published with every story, or as it was before, and that the
 * site reads the same, fresh and again from its caches. Returns whether it was published.
 */
async function expectWhole(
  issue: ApprovedIssue,
  before: Awaited<ReturnType<typeof stateOf>>,
): Promise<boolean> {
  const after = await stateOf(issue)
  const published = after.issue.main.status === 'published'
  if (published) {
    for (const doc of [after.issue, ...after.stories])
      expect(doc.main).toMatchObject({ stage: 'published', status: 'published' })
    latestPublished = issue.number
  } else expect(after).toEqual(before)

  // A restarted server starts with empty caches; this process kept its own from the last round.
  invalidateSiteCache()
  const expected = {
    graphql: {
      issueByNumber: published
        ? { layout: issue.stories.map(({ slug }) => ({ story: { slug } })), number: issue.number }
        : null,
      latestIssue: { number: latestPublished },
    },
    latest: latestPublished,
    rest: published ? issue.stories.map(({ slug }) => slug) : 404,
    stories: issue.stories.map(() => (published ? 200 : 404)),
  }
  expect(await siteRead(issue)).toEqual(expected)
  // And again, answered from the caches the first read filled.
  expect(await siteRead(issue)).toEqual(expected)
  expect(await editionsOf(issue)).toBe(published ? 1 : 0)
  return published
}

describe('a publisher killed in the middle of an issue publish', () => {
  it('leaves the issue and its stories all published or all as before, the site agreeing', async () => {
    const started = Date.now()
    latestPublished = (await rest('GET', '/site/issues/latest')).body.number

    let publisher = nextPublisher()
    let issue = await approvedIssue()
    // A whole publish first: how many writes it makes, and that it is whole when nobody kills it.
    const done = await publish(publisher, issue.id, 'none')
    const writes = Number(/^DONE (\d+)$/.exec(done)?.[1])
    expect(writes).toBeGreaterThan(storiesPerIssue * 2)
    await kill(publisher)
    expect(await expectWhole(issue, await stateOf(issue))).toBe(true)

    const points = [
      ...new Set(
        Array.from(
          { length: writePoints },
          (_, index) => `write:${1 + Math.round((index * (writes - 1)) / (writePoints - 1))}`,
        ),
      ),
      'commit',
      'committed',
    ]
    const outcomes: string[] = []
    publisher = nextPublisher()
    issue = await approvedIssue()
    for (const point of points) {
      const before = await stateOf(issue)
      const stopped = await publish(publisher, issue.id, point)
      expect(stopped).toMatch(/^STOPPED /)
      await kill(publisher)
      publisher = nextPublisher()
      const published = await expectWhole(issue, before)
      outcomes.push(`${stopped.slice('STOPPED '.length)}: ${published ? 'published' : 'as before'}`)
      // What a kill before the commit left is the same approved issue, to be published again.
      if (published) issue = await approvedIssue()
    }

    // Every kill before the commit undid it all; after the commit, the publish stands.
    expect(outcomes.filter((outcome) => outcome.endsWith('published'))).toHaveLength(1)
    expect(outcomes.at(-1)).toMatch(/^after commit.*: published$/)
    console.log(
      `crash test: ${points.length} kills of a ${writes}-write publish in ${Math.round((Date.now() - started) / 1000)} s\n` +
        outcomes.join('\n'),
    )
  }, 170_000)
})
