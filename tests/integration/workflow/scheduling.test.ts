import { loginAs, payload, rest } from '../../support/api'
import { act, actingAs, makeIssue, makeStory } from '../../support/fixtures'
import { passMoment, restoreClock } from '../../support/clock'

afterAll(() => payload.destroy())
afterEach(restoreClock)

async function approvedIssue() {
  const story = await makeStory('draft')
  await act('editor', 'submit', 'stories', story.id)
  await act('reviewer', 'approve', 'stories', story.id)
  const issue = await makeIssue('draft', [{ blockType: 'story', story: story.id as number }])
  await act('editor', 'submit', 'issues', issue.id)
  await act('reviewer', 'approve', 'issues', issue.id)
  return { issue, story }
}

const inSeconds = (seconds: number) => new Date(Date.now() + seconds * 1000).toISOString()
const latestIssue = (id: number | string) =>
  payload.findByID({ collection: 'issues', depth: 0, draft: true, id })

describe('scheduled publishing', () => {
  it('publishes an approved issue, and its stories, when the queue reaches its time', async () => {
    const { issue, story } = await approvedIssue()
    const token = await loginAs('reviewer')
    const publishAt = inSeconds(600)
    const scheduled = await rest('PATCH', `/issues/${issue.id}`, { body: { publishAt }, token })
    expect(scheduled.status).toBe(200)
    await payload.jobs.run()
    expect((await latestIssue(issue.id))._status).toBe('draft')

    passMoment(publishAt)
    await payload.jobs.run()
    const after = await latestIssue(issue.id)
    expect([after.stage, after._status]).toEqual(['published', 'published'])
    expect((await rest('GET', `/stories/${story.id}`)).status).toBe(200)
  })

  it('does not publish an issue that lost its approval, and logs why', async () => {
    const { issue } = await approvedIssue()
    const publishAt = inSeconds(600)
    await payload.update({
      collection: 'issues',
      data: { publishAt },
      id: issue.id,
      req: await actingAs('reviewer'),
    })
    await payload.update({
      collection: 'issues',
      data: { title: 'Retitled after approval' },
      id: issue.id,
      req: await actingAs('editor'),
    })
    passMoment(publishAt)
    await payload.jobs.run()
    const after = await latestIssue(issue.id)
    expect(after.stage).toBe('in_review')
    expect(after._status).toBe('draft')
    expect(after.reviewLog?.at(-1)).toMatchObject({
      action: 'scheduledPublishSkipped',
      note: expect.stringMatching(/skipped: Publish is not possible from In review/),
    })
  })

  it('lets only those who may publish set a publish time', async () => {
    const { issue } = await approvedIssue()
    const response = await rest('PATCH', `/issues/${issue.id}`, {
      body: { publishAt: inSeconds(60) },
      token: await loginAs('editor'),
    })
    expect(response.status).toBe(403)
    expect(response.body.errors[0].message).toMatch(/^publishAt: only someone who may publish/)
    expect((await latestIssue(issue.id)).publishAt ?? null).toBeNull()
  })
})
