import { graphql, loginAs, payload, rest, unique, userOf } from '../../support/api'
import { act, makeIssue, makeStory, readyLetter } from '../../support/fixtures'
import { passMoment, restoreClock } from '../../support/clock'

afterAll(() => payload.destroy())
afterEach(restoreClock)

const inSeconds = (seconds: number) => new Date(Date.now() + seconds * 1000).toISOString()
const latestIssue = (id: number | string) =>
  payload.findByID({ collection: 'issues', depth: 0, draft: true, id })
const idOf = (value: unknown) =>
  value && typeof value === 'object' ? (value as { id: unknown }).id : (value ?? null)

async function approvedStoryBlock() {
  const story = await makeStory('draft')
  await act('editor', 'submit', 'stories', story.id)
  await act('reviewer', 'approve', 'stories', story.id)
  return [{ blockType: 'story' as const, story: story.id as number }]
}

/** An issue as an editor would send it, with the fields the server records forged in a reviewer's name. */
async function forgedIssue(extra: { publishAt?: string } = {}) {
  const reviewer = await userOf('reviewer')
  return {
    createdBy: reviewer.id,
    lastEditedBy: reviewer.id,
    layout: await approvedStoryBlock(),
    letter: readyLetter(),
    number: unique(),
    reviewLog: [{ action: 'approve' as const, at: new Date().toISOString(), by: reviewer.id }],
    scheduledBy: reviewer.id,
    submittedBy: reviewer.id,
    title: `Forged ${unique()}`,
    ...extra,
  }
}

/** What the server recorded on a new issue: its editor as author, no schedule, an empty log. */
async function expectRecordedByServer(id: number | string) {
  const editor = await userOf('editor')
  const stored = await latestIssue(id)
  expect({
    createdBy: idOf(stored.createdBy),
    lastEditedBy: idOf(stored.lastEditedBy),
    publishAt: stored.publishAt ?? null,
    reviewLog: stored.reviewLog ?? [],
    scheduledBy: idOf(stored.scheduledBy),
    stage: stored.stage,
    submittedBy: idOf(stored.submittedBy),
  }).toEqual({
    createdBy: editor.id,
    lastEditedBy: editor.id,
    publishAt: null,
    reviewLog: [],
    scheduledBy: null,
    stage: 'draft',
    submittedBy: null,
  })
}

const findByNumber = async (number: number) =>
  (
    await payload.find({
      collection: 'issues',
      draft: true,
      where: { number: { equals: number } },
    })
  ).docs

const createIssueMutation = `mutation ($data: mutationIssueInput!) {
  createIssue(data: $data, draft: true) { id }
}`

describe('a new issue cannot be scheduled', () => {
  it('over REST: a publish time is refused, naming publishAt, and nothing is saved', async () => {
    const data = await forgedIssue({ publishAt: inSeconds(60) })
    const response = await rest('POST', '/issues?draft=true', {
      body: data,
      token: await loginAs('editor'),
    })
    expect(response.status).toBe(409)
    expect(response.body.errors[0].message).toMatch(/^publishAt: a new issue starts as a draft/)
    expect(await findByNumber(data.number)).toEqual([])
  })

  it('over GraphQL: the same refusal', async () => {
    const data = await forgedIssue({ publishAt: inSeconds(60) })
    const response = await graphql(createIssueMutation, {
      token: await loginAs('editor'),
      variables: { data },
    })
    expect(response.body.errors[0]).toMatchObject({
      extensions: { statusCode: 409 },
      message: expect.stringMatching(/^publishAt: /),
    })
    expect(await findByNumber(data.number)).toEqual([])
  })

  it('through the Local API with access enforced, even for an admin', async () => {
    for (const role of ['editor', 'admin'] as const) {
      const data = await forgedIssue({ publishAt: inSeconds(60) })
      await expect(
        payload.create({
          collection: 'issues',
          data,
          draft: true,
          overrideAccess: false,
          user: { ...(await userOf(role)), collection: 'users' },
        }),
      ).rejects.toMatchObject({ message: expect.stringMatching(/^publishAt: /), status: 409 })
      expect(await findByNumber(data.number)).toEqual([])
    }
  })

  it('nor by duplicating one with a publish time', async () => {
    const issue = await makeIssue('draft')
    const token = await loginAs('editor')
    const response = await rest('POST', `/issues/${issue.id}/duplicate`, {
      body: { number: unique(), publishAt: inSeconds(60) },
      token,
    })
    expect(response.status).toBe(409)
    expect(response.body.errors[0].message).toMatch(/^publishAt: /)
  })
})

describe('fields the server records never take a caller’s value', () => {
  it('on a create over REST', async () => {
    const response = await rest('POST', '/issues?draft=true', {
      body: await forgedIssue(),
      token: await loginAs('editor'),
    })
    expect(response.status).toBe(201)
    await expectRecordedByServer(response.body.doc.id)
  })

  it('on a create over GraphQL', async () => {
    const response = await graphql(createIssueMutation, {
      token: await loginAs('editor'),
      variables: { data: await forgedIssue() },
    })
    expect(response.body.errors).toBeUndefined()
    await expectRecordedByServer(response.body.data.createIssue.id)
  })

  it('on a create through the Local API with access enforced', async () => {
    const issue = await payload.create({
      collection: 'issues',
      data: await forgedIssue(),
      draft: true,
      overrideAccess: false,
      user: { ...(await userOf('editor')), collection: 'users' },
    })
    await expectRecordedByServer(issue.id)
  })

  it('on a duplicate', async () => {
    const issue = await makeIssue('draft')
    const { layout: _layout, ...forged } = await forgedIssue()
    const response = await rest('POST', `/issues/${issue.id}/duplicate`, {
      body: forged,
      token: await loginAs('editor'),
    })
    expect(response.status).toBe(200)
    await expectRecordedByServer(response.body.doc.id)
  })

  it('on an update over REST and GraphQL', async () => {
    const issue = await makeIssue('draft')
    const token = await loginAs('editor')
    const { layout: _layout, number: _number, ...forged } = await forgedIssue()
    const patched = await rest('PATCH', `/issues/${issue.id}?draft=true`, {
      body: { ...forged, title: `Retitled ${unique()}` },
      token,
    })
    expect(patched.status).toBe(200)
    const updated = await graphql(
      `
        mutation ($id: Int!, $data: mutationIssueUpdateInput!) {
          updateIssue(id: $id, data: $data, draft: true) {
            id
          }
        }
      `,
      { token, variables: { data: forged, id: issue.id } },
    )
    expect(updated.body.errors).toBeUndefined()
    await expectRecordedByServer(issue.id)
  })

  it('on a version restore: an old schedule comes back only from someone who may publish now', async () => {
    const issue = await makeIssue('draft', await approvedStoryBlock())
    await act('editor', 'submit', 'issues', issue.id)
    await act('reviewer', 'approve', 'issues', issue.id)
    const reviewerToken = await loginAs('reviewer')
    const publishAt = inSeconds(3600)
    await rest('PATCH', `/issues/${issue.id}`, { body: { publishAt }, token: reviewerToken })
    await rest('PATCH', `/issues/${issue.id}`, { body: { publishAt: null }, token: reviewerToken })
    const { docs } = await payload.findVersions({
      collection: 'issues',
      where: { parent: { equals: issue.id }, 'version.publishAt': { exists: true } },
    })
    const restored = await rest('POST', `/issues/versions/${docs[0].id}`, {
      body: {},
      token: await loginAs('editor'),
    })
    expect(restored.status).toBe(403)
    expect(restored.body.errors[0].message).toMatch(/^publishAt: only someone who may publish/)
    const after = await latestIssue(issue.id)
    expect([after.publishAt ?? null, idOf(after.scheduledBy)]).toEqual([null, null])
  })
})

describe('the jobs queue', () => {
  it('never publishes an issue in the name of a reviewer who did not schedule it', async () => {
    const publishAt = inSeconds(600)
    const token = await loginAs('editor')
    const data = await forgedIssue({ publishAt })
    const refused = await rest('POST', '/issues?draft=true', { body: data, token })
    expect(refused.status).toBe(409)

    // The same issue without the publish time, the scheduler still forged, then approved.
    const { publishAt: _publishAt, ...withoutTime } = data
    const created = await rest('POST', '/issues?draft=true', { body: withoutTime, token })
    expect(created.status).toBe(201)
    const { id } = created.body.doc
    await act('editor', 'submit', 'issues', id)
    await act('reviewer', 'approve', 'issues', id)

    passMoment(publishAt)
    await payload.jobs.run()
    const after = await latestIssue(id)
    expect([after.stage, after._status]).toEqual(['approved', 'draft'])
    expect(after.reviewLog?.map((entry) => entry.action)).toEqual(['submit', 'approve'])
  })
})
