import { fromAnotherReader, graphql, loginAs, payload, rest } from '../../support/api'
import { passMoment, restoreClock } from '../../support/clock'
import { act, actingAs, makeIssue, makeStory } from '../../support/fixtures'

afterAll(() => payload.destroy())
afterEach(restoreClock)

/** An approved issue holding one approved story, with the publish date given (or none). */
async function approvedIssue(publishDate?: string) {
  const story = await makeStory('draft')
  await act('editor', 'submit', 'stories', story.id)
  await act('reviewer', 'approve', 'stories', story.id)
  const issue = await makeIssue('draft', [{ blockType: 'story', story: story.id as number }])
  if (publishDate)
    await payload.update({
      collection: 'issues',
      data: { publishDate },
      draft: true,
      id: issue.id,
      req: await actingAs('editor'),
    })
  await act('editor', 'submit', 'issues', issue.id)
  await act('reviewer', 'approve', 'issues', issue.id)
  return issue
}

/** The publish date as the admin (REST, staff), GraphQL, the site's edition and its archive give it. */
async function publishDateEverywhere(issue: { id: number | string; number: number }) {
  const token = await loginAs('editor')
  const admin = await rest('GET', `/issues/${issue.id}?depth=0`, { token })
  const graph = await graphql(
    `
      query ($id: Int!, $n: Int!) {
        Issue(id: $id) {
          publishDate
        }
        issueByNumber(number: $n) {
          publishDate
        }
        issueArchive(limit: 100) {
          docs {
            number
            publishDate
          }
        }
      }
    `,
    { headers: fromAnotherReader(), token, variables: { id: Number(issue.id), n: issue.number } },
  )
  expect(graph.body.errors).toBeUndefined()
  const site = await rest('GET', `/site/issues/number/${issue.number}`)
  const archived = graph.body.data.issueArchive.docs.find(
    (doc: { number: number }) => doc.number === issue.number,
  )
  return [
    admin.body.publishDate,
    graph.body.data.Issue.publishDate,
    graph.body.data.issueByNumber.publishDate,
    site.body.publishDate,
    archived?.publishDate,
  ].map((date) => (date ? new Date(date).toISOString() : date))
}

describe('the publish date of an issue', () => {
  it('is the publish time when the issue is published without one, everywhere readers and staff look', async () => {
    const issue = await approvedIssue()
    expect(
      (await rest('GET', `/issues/${issue.id}/readiness`, { token: await loginAs('editor') })).body
        .problems,
    ).toContainEqual(expect.objectContaining({ rule: 'notePublishDate', severity: 'warning' }))
    const before = Date.now()
    const published = await act('reviewer', 'publish', 'issues', issue.id)
    const after = Date.now()
    const date = new Date(String(published.publishDate)).getTime()
    expect(date).toBeGreaterThanOrEqual(before - 1)
    expect(date).toBeLessThanOrEqual(after)
    const expected = new Date(date).toISOString()
    expect(await publishDateEverywhere(issue)).toEqual(Array(5).fill(expected))
    const readiness = await rest('GET', `/issues/${issue.id}/readiness`, {
      token: await loginAs('editor'),
    })
    expect(readiness.body.problems.map((problem: { rule: string }) => problem.rule)).not.toContain(
      'notePublishDate',
    )
  })

  it('keeps the date the desk gave it, and the first date through an unpublish and a new publish', async () => {
    const chosen = '2026-12-04T09:00:00.000Z'
    const dated = await approvedIssue(chosen)
    await act('reviewer', 'publish', 'issues', dated.id)
    expect(await publishDateEverywhere(dated)).toEqual(Array(5).fill(chosen))

    const undated = await approvedIssue()
    const first = (await act('reviewer', 'publish', 'issues', undated.id)).publishDate
    await act('reviewer', 'unpublish', 'issues', undated.id)
    await act('editor', 'submit', 'issues', undated.id)
    await act('reviewer', 'approve', 'issues', undated.id)
    const again = await act('reviewer', 'publish', 'issues', undated.id)
    expect(again.publishDate).toBe(first)
  })

  it('is the moment the queue publishes a scheduled issue, not the moment it was scheduled', async () => {
    const issue = await approvedIssue()
    const publishAt = new Date(Date.now() + 600_000).toISOString()
    const scheduled = await rest('PATCH', `/issues/${issue.id}`, {
      body: { publishAt },
      token: await loginAs('reviewer'),
    })
    expect(scheduled.status).toBe(200)
    expect(scheduled.body.doc.publishDate ?? null).toBeNull()
    passMoment(publishAt)
    await payload.jobs.run()
    const published = await payload.findByID({ collection: 'issues', depth: 0, id: issue.id })
    expect(published.stage).toBe('published')
    expect(published.publishDate).toBe(new Date(Date.parse(publishAt) + 1_000).toISOString())
  })
})
