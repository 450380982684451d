import { payload } from '../../support/api'
import { act, actingAs, makeStory } from '../../support/fixtures'
import { lastReviewed, versionEvents } from '../../../src/workflow/versions'

afterAll(() => payload.destroy())

describe('versions that say what happened', () => {
  it('labels each version with the workflow step and the person, and finds the one last reviewed', async () => {
    const story = await makeStory('draft')
    await act('editor', 'submit', 'stories', story.id)
    await act('reviewer', 'requestChanges', 'stories', story.id, { note: 'Name the data set.' })
    await payload.update({
      collection: 'stories',
      data: { dek: 'A dek that names the data set.' },
      draft: true,
      id: story.id,
      req: await actingAs('editor'),
    })
    const reader = await actingAs('reviewer')
    const events = await versionEvents(reader, 'stories', story.id)
    expect(events.map((event) => event.summary)).toEqual([
      'Saved by Erin Editor',
      'Requested changes by Riley Reviewer',
      'Submitted for review by Erin Editor',
      'Created by Erin Editor',
    ])
    expect(events[1].entry?.note).toBe('Name the data set.')
    expect(lastReviewed(events)?.versionID).toBe(events[1].versionID)

    await act('editor', 'submit', 'stories', story.id)
    await act('reviewer', 'approve', 'stories', story.id)
    const approved = await versionEvents(reader, 'stories', story.id)
    expect(approved[0].summary).toBe('Approved by Riley Reviewer')
    expect(lastReviewed(approved)?.versionID).toBe(approved[0].versionID)
  })

  it('shows no version history to a reader outside the desk', async () => {
    const story = await makeStory('published')
    const { createLocalReq } = await import('payload')
    const anonymous = await createLocalReq({}, payload)
    await expect(versionEvents(anonymous, 'stories', story.id)).rejects.toMatchObject({
      status: 403,
    })
  })
})
