/**
 * Fields are read-only where the workflow table says the user may not edit: the admin renders
 * Payload's field permissions, so a story in review shows locked to its editor, and an edit sent
 * anyway (REST, GraphQL) is refused with the reason rather than dropped with a 200.
 */
import { graphql, loginAs, payload, rest, unique } from '../../support/api'
import { act, makeStory } from '../../support/fixtures'
import type { Role } from '../../../src/shared/roles'

afterAll(() => payload.destroy())

const tokens: Partial<Record<Role, string>> = {}
const tokenOf = async (role: Role) => (tokens[role] ??= await loginAs(role))

/** Which of a story's fields this user may change, as the admin's edit view is told. */
async function editableFields(role: Role, id: number | string) {
  const { body, status } = await rest('POST', `/stories/access/${id}`, {
    body: {},
    token: await tokenOf(role),
  })
  expect(status).toBe(200)
  // Payload sends `true` for "every field, every operation".
  const fields = body.fields as true | Record<string, { update?: unknown } | true>
  return (name: string) =>
    fields === true ||
    fields[name] === true ||
    Boolean((fields[name] as { update?: unknown })?.update)
}

async function storyInReview() {
  const story = await makeStory('draft', `Read-only ${unique()}`)
  await act('editor', 'submit', 'stories', story.id)
  return story
}

const storedDek = async (id: number | string) =>
  (await payload.findByID({ collection: 'stories', depth: 0, draft: true, id })).dek

describe('read-only where the stage says so', () => {
  it('shows a story in review read-only to the editor, and editable to a reviewer', async () => {
    const story = await storyInReview()
    const editor = await editableFields('editor', story.id)
    for (const field of ['headline', 'dek', 'sections', 'heroFigure'])
      expect(editor(field)).toBe(false)
    const reviewer = await editableFields('reviewer', story.id)
    for (const field of ['headline', 'dek', 'sections', 'heroFigure'])
      expect(reviewer(field)).toBe(true)
  })

  it('opens the fields again to the editor once the story is withdrawn', async () => {
    const story = await storyInReview()
    await act('editor', 'withdraw', 'stories', story.id)
    expect((await editableFields('editor', story.id))('dek')).toBe(true)
  })

  it('refuses an editor’s REST edit of a story in review with the reason, and saves nothing', async () => {
    const story = await storyInReview()
    const before = await storedDek(story.id)
    const { body, status } = await rest('PATCH', `/stories/${story.id}?draft=true`, {
      body: { dek: 'Changed in review over REST.' },
      token: await tokenOf('editor'),
    })
    expect(status).toBe(409)
    expect(body.errors[0].message).toMatch(/in review and your role may not edit it now/)
    expect(await storedDek(story.id)).toBe(before)
  })

  it('refuses the same edit over GraphQL', async () => {
    const story = await storyInReview()
    const before = await storedDek(story.id)
    const { body } = await graphql(
      `
        mutation ($id: Int!) {
          updateStory(id: $id, draft: true, data: { dek: "Changed in review over GraphQL." }) {
            dek
          }
        }
      `,
      { token: await tokenOf('editor'), variables: { id: story.id } },
    )
    expect(body.errors?.[0]?.message).toMatch(/Withdraw it from review to edit it/)
    expect(await storedDek(story.id)).toBe(before)
  })

  it('lets the editor take a workflow action on the story all the same', async () => {
    const story = await storyInReview()
    const { status } = await rest('POST', `/stories/${story.id}/workflow/withdraw`, {
      body: {},
      token: await tokenOf('editor'),
    })
    expect(status).toBe(200)
  })
})
