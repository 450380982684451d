import { graphql, loginAs, payload, rest, unique, userOf } from '../../support/api'
import { act, makeFigure, makeIssue, makeSponsor, makeStory } from '../../support/fixtures'

afterAll(() => payload.destroy())

const issueQuery = `query ($number: Float) {
  Issues(limit: 1, where: { number: { equals: $number } }) {
    docs { id number title layout { __typename ... on IssueStoryBlock { story { id headline } } } }
  }
}`

describe('what anonymous readers see', () => {
  let publishedIssue: { id: number | string; number: number }
  let draftIssue: { id: number | string; number: number; title: string }
  let draftStory: { headline: string; id: number | string }
  let publishedStory: { headline: string; id: number | string }

  beforeAll(async () => {
    publishedStory = await makeStory('published', `Published headline ${unique()}`)
    const storyLaterWithdrawn = await makeStory('published', `Secret draft headline ${unique()}`)
    publishedIssue = await makeIssue('published', [
      { blockType: 'story', story: publishedStory.id as number },
      { blockType: 'story', story: storyLaterWithdrawn.id as number },
    ])
    draftStory = await act('reviewer', 'unpublish', 'stories', storyLaterWithdrawn.id)
    draftIssue = await makeIssue('draft', [], `Unreleased issue ${unique()}`)
  })

  it('REST lists and fetches published issues but never a draft one', async () => {
    const list = await rest('GET', '/issues?limit=100')
    expect(list.status).toBe(200)
    const numbers = list.body.docs.map((doc: { number: number }) => doc.number)
    expect(numbers).toContain(publishedIssue.number)
    expect(numbers).not.toContain(draftIssue.number)
    expect(JSON.stringify(list.body)).not.toContain(draftIssue.title)

    expect((await rest('GET', `/issues/${publishedIssue.id}`)).status).toBe(200)
    const draft = await rest('GET', `/issues/${draftIssue.id}`)
    expect([403, 404]).toContain(draft.status)
    expect(JSON.stringify(draft.body)).not.toContain(draftIssue.title)
  })

  it('REST never shows a draft story, even when a published issue points at it', async () => {
    const stories = await rest('GET', '/stories?limit=100')
    const headlines = stories.body.docs.map((doc: { headline: string }) => doc.headline)
    expect(headlines).toContain(publishedStory.headline)
    expect(headlines).not.toContain(draftStory.headline)

    const issue = await rest('GET', `/issues/${publishedIssue.id}?depth=2`)
    expect(issue.status).toBe(200)
    expect(JSON.stringify(issue.body)).toContain(publishedStory.headline)
    expect(JSON.stringify(issue.body)).not.toContain(draftStory.headline)
  })

  it('GraphQL returns the published issue with its published stories only', async () => {
    const published = await graphql(issueQuery, { variables: { number: publishedIssue.number } })
    expect(published.status).toBe(200)
    const [issue] = published.body.data.Issues.docs
    expect(issue.number).toBe(publishedIssue.number)
    const text = JSON.stringify(published.body)
    expect(text).toContain(publishedStory.headline)
    expect(text).not.toContain(draftStory.headline)

    const draft = await graphql(issueQuery, { variables: { number: draftIssue.number } })
    expect(draft.body.data.Issues.docs).toEqual([])

    const story = await graphql(
      `
        query ($id: Int!) {
          Story(id: $id) {
            headline
          }
        }
      `,
      {
        variables: { id: Number(draftStory.id) },
      },
    )
    expect(JSON.stringify(story.body)).not.toContain(draftStory.headline)
  })

  it('logged-in staff read drafts through REST and GraphQL', async () => {
    const token = await loginAs('editor')
    const rested = await rest('GET', `/stories/${draftStory.id}?draft=true`, { token })
    expect(rested.status).toBe(200)
    expect(rested.body.headline).toBe(draftStory.headline)

    const queried = await graphql(issueQuery, { token, variables: { number: draftIssue.number } })
    expect(queried.body.data.Issues.docs).toHaveLength(1)
  })

  it('serves a figure only once a published document uses it', async () => {
    const embargoed = await makeFigure()
    await makeStory('draft', `Draft with figure ${unique()}`, embargoed.id)
    expect([403, 404]).toContain((await rest('GET', `/figures/${embargoed.id}`)).status)
    expect([403, 404]).toContain((await rest('GET', `/figures/file/${embargoed.filename}`)).status)

    await makeStory('published', `Published with figure ${unique()}`, embargoed.id)
    expect((await rest('GET', `/figures/${embargoed.id}`)).status).toBe(200)
    const file = await rest('GET', `/figures/file/${embargoed.filename}`)
    expect(file.status).toBe(200)
  })

  it('keeps sponsors in draft out of public reads', async () => {
    const draft = await makeSponsor('draft')
    const list = await rest('GET', '/sponsors?limit=100')
    expect(list.body.docs.map((doc: { name: string }) => doc.name)).not.toContain(draft.name)
  })

  it('gives the public no users, emails or roles', async () => {
    const list = await rest('GET', '/users')
    expect(list.status).toBe(403)
    const queried = await graphql('{ Users { docs { email roles } } }')
    expect(JSON.stringify(queried.body)).not.toContain('@newsdesk.test')
  })
})

describe('roles', () => {
  it('a non-admin cannot give itself a role, through REST or the Local API', async () => {
    const editor = await userOf('editor')
    const token = await loginAs('editor')
    const response = await rest('PATCH', `/users/${editor.id}`, {
      body: { roles: ['admin'] },
      token,
    })
    expect(response.status).toBeLessThan(500)
    await payload
      .update({
        collection: 'users',
        data: { roles: ['admin'] },
        id: editor.id,
        overrideAccess: false,
        user: editor,
      })
      .catch(() => undefined)
    const after = await payload.findByID({ collection: 'users', id: editor.id })
    expect(after.roles).toEqual(['editor'])
  })

  it('an admin can change roles', async () => {
    const user = await payload.create({
      collection: 'users',
      data: {
        email: `person-${unique()}@newsdesk.test`,
        password: 'a long password',
        roles: ['editor'],
      },
    })
    const token = await loginAs('admin')
    const response = await rest('PATCH', `/users/${user.id}`, {
      body: { roles: ['reviewer'] },
      token,
    })
    expect(response.status).toBe(200)
    expect((await payload.findByID({ collection: 'users', id: user.id })).roles).toEqual([
      'reviewer',
    ])
  })
})
