import { fetchFile, loginAs, payload, rest } from '../../support/api'
import {
  act,
  makeFigure,
  makeIssue,
  makeStory,
  publishThroughReview,
  readyLetter,
} from '../../support/fixtures'
import { figure as figureNode, richText } from '../../../src/shared/lexical'
import type { ID } from '../../../src/shared/ids'

afterAll(() => payload.destroy())

/** What an anonymous reader gets for the figure: its record and its file. */
async function readerSees(id: ID): Promise<boolean> {
  const record = await rest('GET', `/figures/${id}`)
  const figure = await payload.findByID({ collection: 'figures', id, overrideAccess: true })
  const file = await fetchFile(figure.url!)
  expect(file.status).toBe(record.status === 200 ? 200 : 404)
  return record.status === 200
}

const recorded = async (id: ID) =>
  (await payload.findByID({ collection: 'figures', id, overrideAccess: true })).shownToReaders

describe("a figure's visibility to readers, kept on the figure as documents are published", () => {
  it('a figure is shown while a published story uses it, and hidden when none does', async () => {
    const figure = await makeFigure()
    const story = await makeStory('draft', undefined, figure.id)
    expect(await readerSees(figure.id)).toBe(false)
    await publishThroughReview('stories', story.id)
    expect(await readerSees(figure.id)).toBe(true)
    await act('reviewer', 'unpublish', 'stories', story.id)
    expect(await readerSees(figure.id)).toBe(false)
  })

  it('a figure two published stories share stays shown until the last of them is unpublished', async () => {
    const figure = await makeFigure()
    const [first, second] = [
      await makeStory('published', undefined, figure.id),
      await makeStory('published', undefined, figure.id),
    ]
    await act('reviewer', 'unpublish', 'stories', first.id)
    expect(await readerSees(figure.id)).toBe(true)
    await act('reviewer', 'unpublish', 'stories', second.id)
    expect(await readerSees(figure.id)).toBe(false)
  })

  it('a published story given another hero hides the old figure and shows the new one', async () => {
    const [before, after] = [await makeFigure(), await makeFigure()]
    const story = await makeStory('published', undefined, before.id)
    const editor = await loginAs('editor')
    const edited = await rest('PATCH', `/stories/${story.id}?draft=true`, {
      body: { heroFigure: after.id },
      token: editor,
    })
    expect(edited.status).toBe(200)
    // The edit is a draft until published again: readers still see the published story's figure.
    expect(await readerSees(before.id)).toBe(true)
    expect(await readerSees(after.id)).toBe(false)
    // The edit went back to review.
    await act('reviewer', 'approve', 'stories', story.id)
    await act('reviewer', 'publish', 'stories', story.id)
    expect(await readerSees(before.id)).toBe(false)
    expect(await readerSees(after.id)).toBe(true)
  })

  it("a figure in an issue's letter is shown with the issue, and hidden when it is deleted", async () => {
    const figure = await makeFigure()
    const story = await makeStory('published')
    const issue = await makeIssue('draft', [{ blockType: 'story', story: story.id as number }])
    await payload.update({
      collection: 'issues',
      data: { letter: richText(...readyLetter().root.children, figureNode(figure.id)) },
      draft: true,
      id: issue.id,
    })
    expect(await readerSees(figure.id)).toBe(false)
    await publishThroughReview('issues', issue.id)
    expect(await readerSees(figure.id)).toBe(true)
    await payload.delete({ collection: 'issues', id: issue.id })
    expect(await readerSees(figure.id)).toBe(false)
  })

  it("the newsletter's logo is shown to everyone, and the one it replaces is hidden", async () => {
    const [first, second] = [await makeFigure(), await makeFigure()]
    const admin = await loginAs('admin')
    const setLogo = (logo: ID | null) =>
      rest('POST', '/globals/newsletter', { body: { logo }, token: admin })
    expect((await setLogo(first.id)).status).toBe(200)
    expect(await readerSees(first.id)).toBe(true)
    expect((await setLogo(second.id)).status).toBe(200)
    expect(await readerSees(first.id)).toBe(false)
    expect(await readerSees(second.id)).toBe(true)
    expect((await setLogo(null)).status).toBe(200)
    expect(await readerSees(second.id)).toBe(false)
  })

  it('no caller sets it: not on upload, not by an update, over REST or the Local API', async () => {
    const figure = await makeFigure()
    const editor = await loginAs('editor')
    const patched = await rest('PATCH', `/figures/${figure.id}`, {
      body: { shownToReaders: true },
      token: editor,
    })
    expect(patched.status).toBe(200)
    expect(await recorded(figure.id)).toBe(false)
    await payload.update({ collection: 'figures', data: { shownToReaders: true }, id: figure.id })
    expect(await recorded(figure.id)).toBe(false)
    expect(await readerSees(figure.id)).toBe(false)

    await makeStory('published', undefined, figure.id)
    await payload.update({ collection: 'figures', data: { shownToReaders: false }, id: figure.id })
    expect(await recorded(figure.id)).toBe(true)
  })

  it('stories that share a figure, unpublished at the same moment, leave it hidden', async () => {
    for (let round = 0; round < 4; round++) {
      const figure = await makeFigure()
      const stories = [
        await makeStory('published', undefined, figure.id),
        await makeStory('published', undefined, figure.id),
        await makeStory('published', undefined, figure.id),
      ]
      await Promise.all(stories.map((story) => act('reviewer', 'unpublish', 'stories', story.id)))
      expect(await readerSees(figure.id)).toBe(false)
    }
  })
})
