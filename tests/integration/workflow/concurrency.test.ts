import { payload, unique } from '../../support/api'
import { act, makeFigure, makeStory } from '../../support/fixtures'

afterAll(() => payload.destroy())

describe('several people at once', () => {
  it('saves and moves documents concurrently without a "database is locked" failure', async () => {
    const hero = (await makeFigure()).id
    const stories = await Promise.all(
      Array.from({ length: 6 }, () => makeStory('draft', `Concurrent ${unique()}`, hero)),
    )
    const submitted = await Promise.all(
      stories.map((story) => act('editor', 'submit', 'stories', story.id)),
    )
    expect(submitted.map((story) => story.stage)).toEqual(Array(6).fill('in_review'))
    const reads = await Promise.all(
      stories.map((story) =>
        payload.findByID({ collection: 'stories', draft: true, id: story.id }),
      ),
    )
    expect(reads.map((story) => story.stage)).toEqual(Array(6).fill('in_review'))
  })
})
