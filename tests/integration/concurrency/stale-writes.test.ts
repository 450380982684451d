/**
 * No lost edits: a save or workflow action that sends back the `updatedAt` its writer read is
 * refused with 409 when someone saved in between, over REST, GraphQL and the Local API; without
 * it, and for the server's own writes, the last write still wins.
 */
import type { ID } from '../../../src/shared/ids'
import { runWorkflowAction } from '../../../src/workflow/server'
import { graphql, loginAs, payload, rest, unique } from '../../support/api'
import { act, actingAs, makeIssue, makeStory } from '../../support/fixtures'

afterAll(() => payload.destroy())

const latest = (id: ID) => payload.findByID({ collection: 'stories', depth: 0, draft: true, id })

/** What a writer reads before editing: the draft, as the admin's form loads it. */
const openedAt = async (id: ID) => (await latest(id)).updatedAt

const patchStory = (id: ID, token: string, body: Record<string, unknown>) =>
  rest('PATCH', `/stories/${id}?draft=true&depth=0`, { body, token })

const staleMessage =
  /This story was saved by Ada Admin at .+ UTC after you opened it: reload to see their changes, or compare\./

describe('a save from a version someone has saved over', () => {
  it('is refused over REST with a 409 naming who saved and when; their edit stays', async () => {
    const story = await makeStory('draft')
    const [admin, editor] = [await loginAs('admin'), await loginAs('editor')]
    const opened = await openedAt(story.id)

    const first = await patchStory(story.id, admin, {
      dek: 'The admin saved first.',
      updatedAt: opened,
    })
    expect(first.status).toBe(200)
    const second = await patchStory(story.id, editor, {
      headline: 'The editor saved second',
      updatedAt: opened,
    })
    expect(second.status).toBe(409)
    expect(second.body.errors[0].message).toMatch(staleMessage)
    expect(second.body.errors[0].data).toEqual({
      savedBy: 'Ada Admin',
      updatedAt: new Date(first.body.doc.updatedAt).toISOString(),
    })
    expect(await latest(story.id)).toMatchObject({
      dek: 'The admin saved first.',
      headline: story.headline,
    })
  })

  it('is refused over GraphQL', async () => {
    const story = await makeStory('draft')
    const opened = await openedAt(story.id)
    await patchStory(story.id, await loginAs('admin'), { dek: 'Saved in between.' })
    const { body } = await graphql(
      `
        mutation ($id: Int!, $data: mutationStoryUpdateInput!) {
          updateStory(id: $id, data: $data, draft: true) {
            headline
          }
        }
      `,
      {
        token: await loginAs('editor'),
        variables: { data: { headline: 'Stale headline', updatedAt: opened }, id: story.id },
      },
    )
    expect(body.errors[0].extensions.statusCode).toBe(409)
    expect(body.errors[0].message).toMatch(staleMessage)
    expect((await latest(story.id)).headline).toBe(story.headline)
  })

  it('is refused over the Local API with overrideAccess: false', async () => {
    const story = await makeStory('draft')
    const opened = await openedAt(story.id)
    await patchStory(story.id, await loginAs('admin'), { dek: 'Saved in between.' })
    await expect(
      payload.update({
        collection: 'stories',
        data: { headline: 'Stale headline', updatedAt: opened },
        draft: true,
        id: story.id,
        overrideAccess: false,
        req: await actingAs('editor'),
      }),
    ).rejects.toMatchObject({ message: expect.stringMatching(staleMessage), status: 409 })
    expect((await latest(story.id)).headline).toBe(story.headline)
  })

  it('goes through from the current version, one save after another', async () => {
    const story = await makeStory('draft')
    const editor = await loginAs('editor')
    const first = await patchStory(story.id, editor, {
      dek: 'First save.',
      updatedAt: await openedAt(story.id),
    })
    expect(first.status).toBe(200)
    const second = await patchStory(story.id, editor, {
      dek: 'Second save.',
      updatedAt: first.body.doc.updatedAt,
    })
    expect(second.status).toBe(200)
    expect((await latest(story.id)).dek).toBe('Second save.')
  })

  it('without an updatedAt, or from server code, the last write wins as before', async () => {
    const story = await makeStory('draft')
    const opened = await openedAt(story.id)
    await patchStory(story.id, await loginAs('admin'), { dek: 'Saved in between.' })
    const blind = await patchStory(story.id, await loginAs('editor'), { dek: 'No precondition.' })
    expect(blind.status).toBe(200)
    // Server code runs with access overridden, also inside a user's request (an issue's roll-up).
    await payload.update({
      collection: 'stories',
      data: { dek: 'Server code.', updatedAt: opened },
      draft: true,
      id: story.id,
      req: await actingAs('editor'),
    })
    expect((await latest(story.id)).dek).toBe('Server code.')
  })

  it('answers 400 for an updatedAt that is not a date', async () => {
    const story = await makeStory('draft')
    const response = await patchStory(story.id, await loginAs('editor'), {
      dek: 'Whatever.',
      updatedAt: 'yesterday',
    })
    expect(response.status).toBe(400)
    expect(response.body.errors[0].message).toMatch(/^updatedAt: send back the updatedAt you read/)
  })
})

describe('two saves at once from the same version', () => {
  it('exactly one wins, and the other is told who won', async () => {
    const [admin, editor] = [await loginAs('admin'), await loginAs('editor')]
    for (let round = 0; round < 3; round++) {
      const story = await makeStory('draft')
      const opened = await openedAt(story.id)
      const answers = await Promise.all([
        patchStory(story.id, admin, { dek: `Admin ${round}.`, updatedAt: opened }),
        patchStory(story.id, editor, { dek: `Editor ${round}.`, updatedAt: opened }),
      ])
      expect(answers.map((answer) => answer.status).sort()).toEqual([200, 409])
      const winner = answers.find((answer) => answer.status === 200)!
      expect((await latest(story.id)).dek).toBe(winner.body.doc.dek)
    }
  })
})

describe('a workflow action names the version it acts on', () => {
  it('is refused over REST when the story changed since the actor saw it', async () => {
    const story = await makeStory('draft')
    const seen = await openedAt(story.id)
    await patchStory(story.id, await loginAs('admin'), { dek: 'Changed in another tab.' })
    const refused = await rest('POST', `/stories/${story.id}/workflow/submit`, {
      body: { updatedAt: seen },
      token: await loginAs('editor'),
    })
    expect(refused.status).toBe(409)
    expect(refused.body.errors[0].message).toMatch(staleMessage)
    expect((await latest(story.id)).stage).toBe('draft')

    const taken = await rest('POST', `/stories/${story.id}/workflow/submit`, {
      body: { updatedAt: await openedAt(story.id) },
      token: await loginAs('editor'),
    })
    expect(taken.status).toBe(200)
    expect(taken.body.doc.stage).toBe('in_review')
  })

  it('is refused over GraphQL and the Local API, naming who took the step in between', async () => {
    const story = await makeStory('draft')
    const seen = await openedAt(story.id)
    await act('editor', 'submit', 'stories', story.id)
    const { body } = await graphql(
      `
        mutation ($id: ID!, $updatedAt: String) {
          withdraw(collection: stories, id: $id, updatedAt: $updatedAt) {
            stage
          }
        }
      `,
      { token: await loginAs('admin'), variables: { id: String(story.id), updatedAt: seen } },
    )
    expect(body.errors[0].extensions.statusCode).toBe(409)
    expect(body.errors[0].message).toMatch(/was saved by Erin Editor at .+ after you opened it/)
    await expect(
      runWorkflowAction({
        action: 'withdraw',
        collection: 'stories',
        id: story.id,
        req: await actingAs('admin'),
        updatedAt: seen,
      }),
    ).rejects.toMatchObject({ status: 409 })
    expect((await latest(story.id)).stage).toBe('in_review')
  })

  it('an issue published from the version read publishes its stories in the same write', async () => {
    const story = await makeStory('draft', `Rolled up ${unique()}`)
    await act('editor', 'submit', 'stories', story.id)
    await act('reviewer', 'approve', 'stories', story.id)
    const issue = await makeIssue('draft', [{ blockType: 'story', story: story.id as number }])
    await act('editor', 'submit', 'issues', issue.id)
    await act('reviewer', 'approve', 'issues', issue.id)
    const seen = (await payload.findByID({ collection: 'issues', draft: true, id: issue.id }))
      .updatedAt
    const published = await rest('POST', `/issues/${issue.id}/workflow/publish`, {
      body: { updatedAt: seen },
      token: await loginAs('reviewer'),
    })
    expect(published.status).toBe(200)
    expect((await latest(story.id)).stage).toBe('published')
  })
})
