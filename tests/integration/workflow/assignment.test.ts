/**
 * Assignment says who should review: a submit may name a reviewer, who alone is emailed (a real
 * SMTP server on loopback) and finds it first in their queue; a submit naming no one goes to
 * every reviewer. Who may act stays the workflow table's business, so any reviewer still may.
 */
import { createLocalReq, type Where } from 'payload'

import { startMailbox } from '../../support/mailbox'

const mailbox = await startMailbox()
const { inbox } = mailbox

const { graphql, loginAs, payload, rest, unique, userOf } = await import('../../support/api')
const { act, makeStory } = await import('../../support/fixtures')
const { awaitingReview, queueCounts } = await import('../../../src/desk/queue')

afterAll(async () => {
  await payload.destroy()
  await mailbox.close()
})

const secondReviewer = await payload.create({
  collection: 'users',
  data: {
    email: 'second-reviewer@newsdesk.test',
    name: 'Sam Second',
    password: 'second-reviewer-password',
    roles: ['reviewer'],
  },
})
const firstReviewer = await userOf('reviewer')
const editor = await userOf('editor')
const editorToken = await loginAs('editor')

const asUser = (user: { id: number | string }) =>
  createLocalReq({ user: { ...user, collection: 'users' } as never }, payload)

const submitOverREST = (id: number | string, body: Record<string, unknown>) =>
  rest('POST', `/stories/${id}/workflow/submit`, { body, token: editorToken })

const stored = (id: number | string) =>
  payload.findByID({ collection: 'stories', depth: 0, draft: true, id })

const mailsAbout = (headline: string) => inbox.filter((mail) => mail.subject.includes(headline))

describe('naming a reviewer at submit', () => {
  it('records the named reviewer and emails only them', async () => {
    const headline = `Assigned ${unique()}`
    const story = await makeStory('draft', headline)
    const { body, status } = await submitOverREST(story.id, { reviewer: secondReviewer.id })
    expect(status).toBe(200)
    expect(body.doc.stage).toBe('in_review')
    expect((await stored(story.id)).assignedReviewer).toBe(secondReviewer.id)
    const mails = mailsAbout(headline)
    expect(mails.map((mail) => mail.to)).toEqual([['second-reviewer@newsdesk.test']])
  })

  it('sends a submit that names no one to every reviewer', async () => {
    const headline = `Unassigned ${unique()}`
    const story = await makeStory('draft', headline)
    expect((await submitOverREST(story.id, {})).status).toBe(200)
    expect((await stored(story.id)).assignedReviewer ?? null).toBeNull()
    const to = mailsAbout(headline).flatMap((mail) => mail.to)
    expect(to).toEqual(
      expect.arrayContaining(['reviewer@newsdesk.test', 'second-reviewer@newsdesk.test']),
    )
    expect(to).not.toContain('admin@newsdesk.test')
  })

  it('takes a reviewer over GraphQL too', async () => {
    const story = await makeStory('draft')
    const { body } = await graphql(
      `
        mutation ($id: ID!, $reviewer: ID) {
          submit(collection: stories, id: $id, reviewer: $reviewer) {
            stage
          }
        }
      `,
      {
        token: editorToken,
        variables: { id: String(story.id), reviewer: String(firstReviewer.id) },
      },
    )
    expect(body.errors).toBeUndefined()
    expect(body.data.submit.stage).toBe('in_review')
    expect(String((await stored(story.id)).assignedReviewer)).toBe(String(firstReviewer.id))
  })

  it.each([
    [
      'someone who may not approve (the editor who wrote it)',
      () => editor.id,
      /reviewer: .*may not approve/,
    ],
    ['a user who does not exist', () => 987654321, /reviewer: no user has the ID "987654321"/],
    ['an ID no database could hold', () => 'not-an-id', /reviewer: no user has the ID "not-an-id"/],
    ['something that is not an ID', () => ({ id: 1 }), /reviewer: give the ID of a user/],
  ])('refuses naming %s with 400, leaving the story as it was', async (_, reviewer, message) => {
    const story = await makeStory('draft')
    const { body, status } = await submitOverREST(story.id, { reviewer: reviewer() })
    expect(status).toBe(400)
    expect(body.errors[0].message).toMatch(message)
    const after = await stored(story.id)
    expect(after.stage).toBe('draft')
    expect(after.reviewLog ?? []).toHaveLength(0)
  })

  it('refuses a reviewer named on an action that assigns none', async () => {
    const story = await makeStory('draft')
    await act('editor', 'submit', 'stories', story.id)
    const { body, status } = await rest('POST', `/stories/${story.id}/workflow/approve`, {
      body: { reviewer: secondReviewer.id },
      token: await loginAs('reviewer'),
    })
    expect(status).toBe(400)
    expect(body.errors[0].message).toMatch(/^reviewer: only submit for review names a reviewer/)
    expect((await stored(story.id)).stage).toBe('in_review')
  })

  it('never takes the assignment from a plain update', async () => {
    const story = await makeStory('draft')
    await submitOverREST(story.id, { reviewer: secondReviewer.id })
    const { status } = await rest('PATCH', `/stories/${story.id}?draft=true`, {
      body: { assignedReviewer: firstReviewer.id },
      token: await loginAs('reviewer'),
    })
    expect(status).toBe(200)
    expect((await stored(story.id)).assignedReviewer).toBe(secondReviewer.id)
  })
})

describe('the reviewers’ queues', () => {
  it('puts what was asked of a reviewer first, and leaves out of their count what another was asked', async () => {
    const unassigned = await makeStory('draft', `Anyone's ${unique()}`)
    await submitOverREST(unassigned.id, {})
    const forSecond = await makeStory('draft', `For Sam ${unique()}`)
    await submitOverREST(forSecond.id, { reviewer: secondReviewer.id })

    const secondsQueue = await awaitingReview(await asUser(secondReviewer))
    const askedOfSecond = secondsQueue.filter((item) => item.assignedToMe).length
    expect(secondsQueue.slice(0, askedOfSecond).map((item) => item.id)).toContain(forSecond.id)
    expect(secondsQueue.slice(askedOfSecond).map((item) => item.id)).toContain(unassigned.id)

    const firstReq = await asUser(firstReviewer)
    const firstsQueue = await awaitingReview(firstReq)
    const unassignedAt = firstsQueue.findIndex((item) => item.id === unassigned.id)
    const forSecondAt = firstsQueue.findIndex((item) => item.id === forSecond.id)
    expect(unassignedAt).toBeGreaterThanOrEqual(0)
    // Another's assignment comes after everything else, and names who should take it.
    expect(forSecondAt).toBe(firstsQueue.length - 1)
    expect(firstsQueue[forSecondAt]).toMatchObject({
      assignedTo: 'Sam Second',
      assignedToMe: false,
    })

    const inReview = await countAll({ stage: { equals: 'in_review' } })
    const askedOfOthers = await countAll({
      and: [
        { stage: { equals: 'in_review' } },
        { assignedReviewer: { exists: true } },
        { assignedReviewer: { not_equals: firstReviewer.id } },
      ],
    })
    expect(askedOfOthers).toBeGreaterThan(0)
    expect((await queueCounts(firstReq)).awaitingReview).toBe(inReview - askedOfOthers)

    // Any reviewer may still act: assignment says who should, not who may.
    await act('reviewer', 'approve', 'stories', forSecond.id)
    expect((await stored(forSecond.id)).stage).toBe('approved')
  })
})

/** Documents matching a filter across the workflow's collections, drafts included. */
async function countAll(where: Where) {
  const counts = await Promise.all(
    (['stories', 'sponsors', 'issues'] as const).map(
      async (collection) =>
        (await payload.find({ collection, draft: true, limit: 1, where })).totalDocs,
    ),
  )
  return counts.reduce((sum, total) => sum + total, 0)
}

describe('due dates on the desk', () => {
  it('marks a draft overdue once the issue carrying it sends within the review lead', async () => {
    const { myDrafts } = await import('../../../src/desk/queue')
    const story = await makeStory('draft', `Due soon ${unique()}`)
    const later = await makeStory('draft', `Due later ${unique()}`)
    const day = 24 * 60 * 60 * 1000
    for (const [sends, carried] of [
      [Date.now() + day, story.id],
      [Date.now() + 10 * day, later.id],
    ] as const) {
      await payload.create({
        collection: 'issues',
        data: {
          layout: [{ blockType: 'story', story: carried as number }],
          number: unique(),
          publishDate: new Date(sends).toISOString(),
          title: `Sends ${new Date(sends).toISOString()}`,
        },
        draft: true,
        req: await asUser(editor),
      })
    }
    const drafts = await myDrafts(await asUser(editor))
    const soon = drafts.find((item) => item.id === story.id)
    const notYet = drafts.find((item) => item.id === later.id)
    expect(soon).toMatchObject({ overdue: true })
    expect(new Date(soon!.due!.at).getTime()).toBeLessThan(Date.now())
    expect(notYet).toMatchObject({ overdue: false })
    expect(notYet!.due).toBeDefined()
  })
})
