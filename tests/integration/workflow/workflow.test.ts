import type { CollectionBeforeChangeHook } from 'payload'

import { loginAs, payload, rest, unique, userOf } from '../../support/api'
import {
  act,
  actingAs,
  completeSections,
  makeFigure,
  makeIssue,
  makeSponsor,
  makeStory,
  publishThroughReview,
} from '../../support/fixtures'

afterAll(() => payload.destroy())

const latest = (id: number | string) =>
  payload.findByID({ collection: 'stories', depth: 0, draft: true, id })

async function storyInReview(headline = `In review ${unique()}`) {
  const story = await makeStory('draft', headline)
  await act('editor', 'submit', 'stories', story.id)
  return story
}

describe('four eyes', () => {
  it('a reviewer who edited a story cannot approve it; another reviewer or an admin can', async () => {
    const story = await storyInReview()
    await payload.update({
      collection: 'stories',
      data: { dek: 'A reviewer tightened this.' },
      id: story.id,
      req: await actingAs('reviewer'),
    })
    await expect(act('reviewer', 'approve', 'stories', story.id)).rejects.toMatchObject({
      message: expect.stringMatching(/someone else must approve/),
      status: 409,
    })
    expect((await latest(story.id)).stage).toBe('in_review')
    const approved = await act('admin', 'approve', 'stories', story.id)
    expect(approved.stage).toBe('approved')
  })

  it('a reviewer who wrote a story cannot approve it, though an editor edited it last', async () => {
    // Demo reviewers cannot create stories; a desk member who both writes and reviews can.
    const password = 'writes-and-reviews'
    const email = `writer-reviewer-${unique()}@newsdesk.test`
    const writer = await payload.create({
      collection: 'users',
      data: { email, password, roles: ['editor', 'reviewer'] },
    })
    const login = await rest('POST', '/users/login', { body: { email, password } })
    const story = await payload.create({
      collection: 'stories',
      data: {
        dek: 'A sentence under the headline.',
        headline: `Written by a reviewer ${unique()}`,
        heroFigure: (await makeFigure()).id,
        sections: completeSections('Written by a reviewer'),
      },
      draft: true,
      user: writer,
      overrideAccess: false,
    })
    await payload.update({
      collection: 'stories',
      data: { dek: 'The editor tightened the sentence.' },
      id: story.id,
      req: await actingAs('editor'),
    })
    await act('editor', 'submit', 'stories', story.id)
    expect(await latest(story.id)).toMatchObject({
      createdBy: writer.id,
      lastEditedBy: (await userOf('editor')).id,
    })
    const refused = await rest('POST', `/stories/${story.id}/workflow/approve`, {
      token: login.body.token,
    })
    expect(refused.status).toBe(409)
    expect(refused.body.errors[0].message).toMatch(/someone else must approve/)
    expect((await latest(story.id)).stage).toBe('in_review')
    const approved = await rest('POST', `/stories/${story.id}/workflow/approve`, {
      token: await loginAs('reviewer'),
    })
    expect([approved.status, approved.body.doc.stage]).toEqual([200, 'approved'])
  })

  it('an admin may override with a reason, and the override is logged', async () => {
    const story = await storyInReview()
    await payload.update({
      collection: 'stories',
      data: { dek: 'The admin edited this.' },
      id: story.id,
      req: await actingAs('admin'),
    })
    await expect(act('admin', 'approve', 'stories', story.id)).rejects.toMatchObject({
      message: expect.stringMatching(/override this by giving a reason/),
      status: 409,
    })
    const approved = await act('admin', 'approve', 'stories', story.id, {
      overrideReason: 'Only reviewer is on leave; fact-checked by phone.',
    })
    expect(approved.stage).toBe('approved')
    expect(approved.reviewLog?.at(-1)).toMatchObject({
      action: 'approve',
      overrideReason: 'Only reviewer is on leave; fact-checked by phone.',
    })
  })
})

describe('approval only counts for what was approved', () => {
  it('an edit to an approved story sends it back to review and publishing is refused', async () => {
    const story = await storyInReview()
    await act('reviewer', 'approve', 'stories', story.id)
    const edited = await payload.update({
      collection: 'stories',
      data: { headline: 'A new headline' },
      id: story.id,
      req: await actingAs('editor'),
    })
    expect(edited.stage).toBe('in_review')
    expect(edited.reviewLog?.at(-1)).toMatchObject({
      action: 'edit',
      from: 'approved',
      to: 'in_review',
    })
    await expect(act('reviewer', 'publish', 'stories', story.id)).rejects.toMatchObject({
      status: 409,
    })
  })

  it('an edit to a published story waits in review while readers keep the published version', async () => {
    const story = await makeStory('published', `Live headline ${unique()}`)
    const editor = await actingAs('editor')
    await expect(
      payload.update({
        collection: 'stories',
        data: { headline: 'Unreviewed' },
        id: story.id,
        req: editor,
      }),
    ).rejects.toMatchObject({
      status: 409,
    })
    await payload.update({
      collection: 'stories',
      data: { headline: 'Reworded, awaiting review' },
      draft: true,
      id: story.id,
      req: editor,
    })
    expect((await latest(story.id)).stage).toBe('in_review')
    const publicRead = await rest('GET', `/stories/${story.id}`)
    expect(publicRead.body.headline).toBe(story.headline)
    const publicDraftRead = await rest('GET', `/stories/${story.id}?draft=true`)
    expect(JSON.stringify(publicDraftRead.body)).not.toContain('Reworded, awaiting review')
  })
})

describe('the guard on plain updates', () => {
  it('refuses an editor who publishes by setting _status, and a reviewer who skips approval', async () => {
    const editorToken = await loginAs('editor')
    const draft = await makeStory('draft')
    const byEditor = await rest('PATCH', `/stories/${draft.id}`, {
      body: { _status: 'published' },
      token: editorToken,
    })
    expect(byEditor.status).toBe(403)
    expect(byEditor.body.errors[0].message).toMatch(/Allowed now: Submit for review/)

    const inReview = await storyInReview()
    const reviewerToken = await loginAs('reviewer')
    const skipped = await rest('PATCH', `/stories/${inReview.id}`, {
      body: { stage: 'published' },
      token: reviewerToken,
    })
    expect(skipped.status).toBe(409)
    expect(skipped.body.errors[0].message).toMatch(/Allowed now: .*Approve/)
    expect((await latest(inReview.id)).stage).toBe('in_review')
  })

  it('refuses a bulk publish from the list view for documents not approved', async () => {
    const [first, second] = [await storyInReview(), await storyInReview()]
    const token = await loginAs('reviewer')
    const response = await rest('PATCH', `/stories?where[id][in]=${first.id},${second.id}`, {
      body: { _status: 'published' },
      token,
    })
    expect(response.status).toBeGreaterThanOrEqual(400)
    expect(response.status).toBeLessThan(500)
    for (const story of [first, second]) expect((await latest(story.id))._status).toBe('draft')
  })

  it('locks a story in review to editors until they withdraw it', async () => {
    const story = await storyInReview()
    const editor = await actingAs('editor')
    await expect(
      payload.update({
        collection: 'stories',
        data: { dek: 'Sneaky edit' },
        id: story.id,
        req: editor,
      }),
    ).rejects.toMatchObject({
      message: expect.stringMatching(/Withdraw it from review to edit it/),
      status: 409,
    })
    await act('editor', 'withdraw', 'stories', story.id)
    const edited = await payload.update({
      collection: 'stories',
      data: { dek: 'Edited after withdrawing.' },
      id: story.id,
      req: editor,
    })
    expect(edited.stage).toBe('draft')
  })

  it('needs a note to request changes', async () => {
    const story = await storyInReview()
    const token = await loginAs('reviewer')
    const response = await rest('POST', `/stories/${story.id}/workflow/requestChanges`, {
      body: {},
      token,
    })
    expect(response.status).toBe(400)
    expect(response.body.errors[0].message).toMatch(/note: a note is required/)
  })

  it('starts duplicates as drafts with a log of their own', async () => {
    const story = await makeStory('published')
    const token = await loginAs('editor')
    const response = await rest('POST', `/stories/${story.id}/duplicate`, { body: {}, token })
    expect(response.status).toBe(200)
    const copy = await latest(response.body.doc.id)
    expect(copy.stage).toBe('draft')
    expect(copy._status).toBe('draft')
    expect(copy.reviewLog ?? []).toEqual([])
  })

  it('does not publish by restoring a published version', async () => {
    const story = await makeStory('published')
    await payload.update({
      collection: 'stories',
      data: { dek: 'Changed after publishing.' },
      draft: true,
      id: story.id,
      req: await actingAs('editor'),
    })
    const { docs } = await payload.findVersions({
      collection: 'stories',
      where: { parent: { equals: story.id }, 'version.stage': { equals: 'published' } },
    })
    const token = await loginAs('editor')
    const response = await rest('POST', `/stories/versions/${docs[0].id}`, { body: {}, token })
    expect(response.status).toBeGreaterThanOrEqual(400)
    expect(response.status).toBeLessThan(500)
    expect((await latest(story.id)).stage).toBe('in_review')
  })
})

describe('the review log', () => {
  it('records who did what, when, with notes, and no API can rewrite it', async () => {
    const story = await storyInReview()
    await act('reviewer', 'requestChanges', 'stories', story.id, { note: 'Cite the benchmark.' })
    const reviewer = await userOf('reviewer')
    const before = await latest(story.id)
    expect(before.reviewLog?.map((entry) => [entry.action, entry.from, entry.to])).toEqual([
      ['submit', 'draft', 'in_review'],
      ['requestChanges', 'in_review', 'changes_requested'],
    ])
    expect(before.reviewLog?.[1]).toMatchObject({ by: reviewer.id, note: 'Cite the benchmark.' })

    const token = await loginAs('admin')
    await rest('PATCH', `/stories/${story.id}`, { body: { reviewLog: [] }, token })
    await payload.update({
      collection: 'stories',
      data: { reviewLog: [{ action: 'approve', at: new Date().toISOString() }] },
      id: story.id,
    })
    expect((await latest(story.id)).reviewLog).toEqual(before.reviewLog)
  })

  it('is not shown to the public', async () => {
    const story = await makeStory('published')
    const response = await rest('GET', `/stories/${story.id}`)
    expect(response.body.headline).toBe(story.headline)
    expect(response.body.reviewLog ?? []).toEqual([])
    expect(response.body.createdBy).toBeUndefined()
  })
})

describe('an issue answers for its contents', () => {
  it('cannot be approved while a story or sponsor in it is not, and names them', async () => {
    const ready = await makeStory('published')
    const pending = await makeStory('draft', `Pending story ${unique()}`)
    const sponsor = await makeSponsor('draft', `Pending sponsor ${unique()}`)
    const issue = await makeIssue('draft', [
      { blockType: 'story', story: ready.id as number },
      { blockType: 'story', story: pending.id as number },
      { blockType: 'sponsor', sponsor: sponsor.id as number },
    ])
    await act('editor', 'submit', 'issues', issue.id)
    await expect(act('reviewer', 'approve', 'issues', issue.id)).rejects.toMatchObject({
      message: expect.stringMatching(
        new RegExp(
          `story "${pending.headline}" \\(Draft\\).*sponsor "${sponsor.name}" \\(Draft\\)`,
        ),
      ),
      status: 409,
    })
  })

  it('publishes with its stories and sponsor in one step', async () => {
    const stories = [await makeStory('draft'), await makeStory('draft')]
    const sponsor = await makeSponsor('draft')
    for (const story of stories) {
      await act('editor', 'submit', 'stories', story.id)
      await act('reviewer', 'approve', 'stories', story.id)
    }
    await act('editor', 'submit', 'sponsors', sponsor.id)
    await act('reviewer', 'approve', 'sponsors', sponsor.id)
    const issue = await publishThroughReview(
      'issues',
      (
        await makeIssue('draft', [
          { blockType: 'story', story: stories[0].id as number },
          { blockType: 'sponsor', sponsor: sponsor.id as number },
          { blockType: 'story', story: stories[1].id as number },
        ])
      ).id,
    )
    expect(issue._status).toBe('published')
    for (const story of stories)
      expect((await rest('GET', `/stories/${story.id}`)).status).toBe(200)
    expect((await rest('GET', `/sponsors/${sponsor.id}`)).status).toBe(200)
  })

  it('publishes nothing when one step of the publish fails', async () => {
    const stories = [await makeStory('draft'), await makeStory('draft'), await makeStory('draft')]
    for (const story of stories) {
      await act('editor', 'submit', 'stories', story.id)
      await act('reviewer', 'approve', 'stories', story.id)
    }
    const issue = await makeIssue(
      'draft',
      stories.map((story) => ({ blockType: 'story' as const, story: story.id as number })),
    )
    await act('editor', 'submit', 'issues', issue.id)
    await act('reviewer', 'approve', 'issues', issue.id)

    const failing = stories[2].id
    const failOnLastStory: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
      if (originalDoc?.id === failing && data._status === 'published')
        throw new Error('Injected failure while publishing the last story')
      return data
    }
    const hooks = payload.collections.stories.config.hooks.beforeChange
    hooks.push(failOnLastStory)
    try {
      await expect(act('reviewer', 'publish', 'issues', issue.id)).rejects.toThrow(
        /Injected failure/,
      )
    } finally {
      hooks.splice(hooks.indexOf(failOnLastStory), 1)
    }
    const after = await payload.findByID({
      collection: 'issues',
      depth: 0,
      draft: true,
      id: issue.id,
    })
    expect(after.stage).toBe('approved')
    for (const story of stories) {
      const state = await latest(story.id)
      expect([state.stage, state._status]).toEqual(['approved', 'draft'])
      expect((await rest('GET', `/stories/${story.id}`)).status).not.toBe(200)
    }
  })
})
