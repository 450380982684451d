/**
 * Preview links: an editor shares an unpublished issue with someone outside the desk. The link
 * opens that issue as it stands (drafts, embargoed figures), nothing else, and stops working
 * when it expires or is revoked.
 */
import { signPreviewToken } from '../../../src/preview/token'
import { idOf } from '../../../src/shared/ids'
import { fetchFile, graphql, loginAs, payload, rest, unique, userOf } from '../../support/api'
import { actingAs, makeFigure, makeIssue, makeSponsor, makeStory } from '../../support/fixtures'
import type { ID } from '../../../src/shared/ids'

afterAll(() => payload.destroy())

const issueQuery = `query ($token: String!) { previewIssue(token: $token) {
  id title
  layout { kind story { id slug headline heroFigure { id url srcset { srcset } crops { url } } } sponsor { id name } }
} }`

let editorToken: string
let issue: { id: ID; title: string }
let draftStory: { headline: string; id: ID; slug?: string | null }
let editedStory: { id: ID; slug?: string | null }
let outsideStory: { id: ID; slug?: string | null }
let embargoedFigure: { id: ID; url?: string | null }
let outsideFigure: { id: ID; url?: string | null }
let draftSponsor: { id: ID; name: string }
const editedHeadline = `Rewritten after publication ${unique()}`

beforeAll(async () => {
  editorToken = await loginAs('editor')
  embargoedFigure = await makeFigure()
  draftStory = await makeStory('draft', `Not yet public ${unique()}`, embargoedFigure.id)
  editedStory = await makeStory('published')
  await payload.update({
    collection: 'stories',
    data: { headline: editedHeadline },
    draft: true,
    id: editedStory.id,
    req: await actingAs('editor'),
  })
  outsideFigure = await makeFigure()
  outsideStory = await makeStory('draft', `Another issue's story ${unique()}`, outsideFigure.id)
  draftSponsor = await makeSponsor('draft')
  issue = await makeIssue('draft', [
    { blockType: 'story', story: draftStory.id as number },
    { blockType: 'sponsor', sponsor: draftSponsor.id as number },
    { blockType: 'story', story: editedStory.id as number },
  ])
})

async function makeLink(data: Record<string, unknown> = {}) {
  const response = await rest('POST', '/preview-links', {
    body: { issue: issue.id, ...data },
    token: editorToken,
  })
  expect(response.status).toBe(201)
  return response.body.doc as {
    expiresAt: string
    id: ID
    revoked: boolean
    token: string
    url: string
    createdBy: ID
  }
}

const readPreview = (token: string) => rest('GET', `/site/preview/${encodeURIComponent(token)}`)

describe('making a preview link', () => {
  it('gives the editor a signed link to the issue that expires in 24 hours by default', async () => {
    const before = Date.now()
    const link = await makeLink({ label: 'Fact-checker' })
    const expires = new Date(link.expiresAt).getTime()
    expect(expires).toBeGreaterThanOrEqual(before + 24 * 3600_000 - 1000)
    expect(expires).toBeLessThanOrEqual(Date.now() + 24 * 3600_000)
    // Absolute, so it works pasted into an email: from the origin it was read at, with no public URL set.
    expect(link.url).toBe(`http://localhost:3000/api/site/preview/${link.token}`)
    expect(String(idOf(link.createdBy))).toBe(String((await userOf('editor')).id))
  })

  it('refuses an expiry in the past or beyond the maximum, naming the field', async () => {
    for (const expiresAt of [
      new Date(Date.now() - 60_000).toISOString(),
      new Date(Date.now() + 400 * 3600_000).toISOString(),
      'soon',
    ]) {
      const response = await rest('POST', '/preview-links', {
        body: { expiresAt, issue: issue.id },
        token: editorToken,
      })
      expect(response.status).toBe(400)
      expect(response.body.errors[0].data.errors[0].path).toBe('expiresAt')
    }
  })

  it('is for staff only: the public can neither make nor read links, and a reviewer cannot make one', async () => {
    await makeLink()
    expect((await rest('POST', '/preview-links', { body: { issue: issue.id } })).status).toBe(403)
    expect(
      (
        await rest('POST', '/preview-links', {
          body: { issue: issue.id },
          token: await loginAs('reviewer'),
        })
      ).status,
    ).toBe(403)
    expect((await rest('GET', '/preview-links')).status).toBe(403)
    const listed = await graphql('{ PreviewLinks { docs { token } } }')
    expect(JSON.stringify(listed.body)).not.toMatch(/"token":"[^"]/)
    expect(listed.body.errors?.[0].message).toMatch(/not allowed/i)
  })

  it("lists an issue's links on the issue for staff, and never for the public", async () => {
    const story = await makeStory('published')
    const published = await makeIssue('published', [
      { blockType: 'story', story: story.id as number },
    ])
    const made = await rest('POST', '/preview-links', {
      body: { issue: published.id },
      token: editorToken,
    })
    const query = `query ($id: Int!) { Issue(id: $id) { title previewLinks { docs { id token } } } }`
    const asEditor = await graphql(query, { token: editorToken, variables: { id: published.id } })
    expect(asEditor.body.data.Issue.previewLinks.docs).toEqual([
      { id: made.body.doc.id, token: made.body.doc.token },
    ])
    const anonymous = await graphql(query, { variables: { id: published.id } })
    expect(anonymous.body.data.Issue.title).toBe(published.title)
    expect(JSON.stringify(anonymous.body)).not.toContain(made.body.doc.token)
    const rested = await rest('GET', `/issues/${published.id}?depth=1`)
    expect(rested.status).toBe(200)
    expect(rested.body.previewLinks).toBeUndefined()
  })
})

describe('a valid link', () => {
  let link: Awaited<ReturnType<typeof makeLink>>
  beforeAll(async () => {
    link = await makeLink()
  })

  it('shows the issue as it stands: draft stories, the newer draft of a published story, draft sponsors', async () => {
    const response = await readPreview(link.token)
    expect(response.status).toBe(200)
    expect(response.body.title).toBe(issue.title)
    const [first, sponsorBlock, last] = response.body.layout
    expect(first.story).toMatchObject({ headline: draftStory.headline, id: String(draftStory.id) })
    expect(sponsorBlock.sponsor).toMatchObject({
      id: String(draftSponsor.id),
      name: draftSponsor.name,
    })
    expect(last.story.headline).toBe(editedHeadline)

    const graph = await graphql(issueQuery, { variables: { token: link.token } })
    expect(graph.body.errors).toBeUndefined()
    expect(graph.body.data.previewIssue.layout[0].story.headline).toBe(draftStory.headline)
  })

  it('tells browsers and caches not to keep the preview', async () => {
    const response = await readPreview(link.token)
    expect(response.status).toBe(200)
    expect(response.headers.get('Cache-Control')).toBe('private, no-store')
  })

  it('opens the embargoed figure files of the issue with the token, and only with it', async () => {
    const graph = await graphql(issueQuery, { variables: { token: link.token } })
    const hero = graph.body.data.previewIssue.layout[0].story.heroFigure
    expect(hero.url).toContain(`preview=${encodeURIComponent(link.token)}`)
    const rendition = hero.srcset[0].srcset.split(' ')[0]
    for (const url of [hero.url, rendition, hero.crops[0].url]) {
      const withToken = await fetchFile(url)
      expect(withToken.status).toBe(200)
      expect(withToken.type).toMatch(/^image\//)
      expect((await fetchFile(url.replace(/[?&]preview=[^&]*/, ''))).status).toBe(404)
    }
  })

  it('reads a story of the issue by slug', async () => {
    const response = await rest('GET', `/site/preview/${link.token}/stories/${draftStory.slug}`)
    expect(response.status).toBe(200)
    expect(response.body.headline).toBe(draftStory.headline)
    const graph = await graphql(
      `
        query ($t: String!, $s: String!) {
          previewStory(token: $t, slug: $s) {
            headline
          }
        }
      `,
      {
        variables: { s: editedStory.slug, t: link.token },
      },
    )
    expect(graph.body.data.previewStory.headline).toBe(editedHeadline)
  })

  it('opens nothing outside its issue: other stories, their figures, the rest of the API', async () => {
    const outside = await rest('GET', `/site/preview/${link.token}/stories/${outsideStory.slug}`)
    expect(outside.status).toBe(404)
    expect(JSON.stringify(outside.body)).toContain('slug')
    const figure = await payload.findByID({ collection: 'figures', id: outsideFigure.id })
    expect(
      (await fetchFile(`${figure.url}?preview=${encodeURIComponent(link.token)}`)).status,
    ).toBe(404)
    // The token is a key to the preview reads and figure files only, not to Payload's own API.
    expect(
      (
        await rest(
          'GET',
          `/stories/${draftStory.id}?draft=true&preview=${encodeURIComponent(link.token)}`,
        )
      ).status,
    ).toBe(404)
    const list = await rest(
      'GET',
      `/stories?draft=true&where[id][equals]=${draftStory.id}&preview=${encodeURIComponent(link.token)}`,
    )
    expect(list.body.docs).toEqual([])
  })

  it('shows a change to a draft in the very next read, over REST and GraphQL: a preview is never kept', async () => {
    const story = await makeStory('draft', `Before the fact-check ${unique()}`)
    const own = await makeIssue('draft', [{ blockType: 'story', story: story.id as number }])
    const { token } = await makeLink({ issue: own.id })
    // The same request body each time: an answer cache keyed by it would hand back the first answer.
    const viaGraphQL = () =>
      graphql(issueQuery, { headers: { 'X-Forwarded-For': '203.0.113.21' }, variables: { token } })
    const headlines = async () => [
      (await readPreview(token)).body.layout[0].story.headline,
      (await viaGraphQL()).body.data.previewIssue.layout[0].story.headline,
    ]
    expect(await headlines()).toEqual([story.headline, story.headline])

    const corrected = `Corrected after the fact-check ${unique()}`
    await payload.update({
      collection: 'stories',
      data: { headline: corrected },
      draft: true,
      id: story.id,
      req: await actingAs('editor'),
    })
    expect(await headlines()).toEqual([corrected, corrected])
  })

  it('leaves the public site unchanged: its reads never show what a preview showed', async () => {
    await readPreview(link.token)
    const story = await graphql(
      `
        query ($s: String!) {
          storyBySlug(slug: $s) {
            headline
          }
        }
      `,
      { variables: { s: editedStory.slug } },
    )
    expect(story.body.data.storyBySlug.headline).not.toBe(editedHeadline)
    const draft = await graphql(
      `
        query ($s: String!) {
          storyBySlug(slug: $s) {
            headline
          }
        }
      `,
      { variables: { s: draftStory.slug } },
    )
    expect(draft.body.data.storyBySlug).toBeNull()
  })
})

/** A link whose expiry has passed, as stored. */
async function expiredLink() {
  const link = await makeLink()
  await payload.update({
    collection: 'preview-links',
    data: { expiresAt: new Date(Date.now() - 1000).toISOString() },
    id: link.id,
  })
  return payload.findByID({ collection: 'preview-links', id: link.id })
}

describe('a link that no longer works', () => {
  it('answers 410 once expired', async () => {
    const expired = await expiredLink()
    const response = await readPreview(expired.token as string)
    expect(response.status).toBe(410)
    expect(JSON.stringify(response.body)).toContain('expired')
    const graph = await graphql(issueQuery, { variables: { token: expired.token } })
    expect(graph.body.data).toBeNull()
    expect(graph.body.errors[0].message).toContain('expired')
  })

  it('answers 410 once revoked, also for its figure files, and stays revoked', async () => {
    const link = await makeLink()
    const hero = (await readPreview(link.token)).body.layout[0].story.heroFigure
    expect((await fetchFile(hero.url)).status).toBe(200)
    const revoked = await rest('PATCH', `/preview-links/${link.id}`, {
      body: { revoked: true },
      token: await loginAs('reviewer'),
    })
    expect(revoked.status).toBe(200)
    expect(revoked.body.doc.revokedAt).toEqual(expect.any(String))
    const response = await readPreview(link.token)
    expect(response.status).toBe(410)
    expect(JSON.stringify(response.body)).toContain('revoked')
    expect((await fetchFile(hero.url)).status).toBe(404)
    const back = await rest('PATCH', `/preview-links/${link.id}`, {
      body: { revoked: false },
      token: editorToken,
    })
    expect(back.status).toBe(400)
    expect(back.body.errors[0].data.errors[0].path).toBe('revoked')
  })

  it('keeps the expiry it was made with: no editor can extend it, over REST, GraphQL or the Local API', async () => {
    // Past the maximum a maker may ask for: an editor must not stretch a shared link beyond it.
    const later = new Date(Date.now() + 30 * 24 * 3600_000).toISOString()
    const attempts: Record<string, (id: ID, label: string) => Promise<unknown>> = {
      REST: (id, label) =>
        rest('PATCH', `/preview-links/${id}`, {
          body: { expiresAt: later, label },
          token: editorToken,
        }),
      GraphQL: (id, label) =>
        graphql(
          `
            mutation ($id: Int!, $at: String!, $label: String!) {
              updatePreviewLink(id: $id, data: { expiresAt: $at, label: $label }) {
                id
              }
            }
          `,
          { token: editorToken, variables: { at: later, id, label } },
        ),
      'Local API': async (id, label) =>
        payload.update({
          collection: 'preview-links',
          data: { expiresAt: later, label },
          id,
          overrideAccess: false,
          req: await actingAs('editor'),
        }),
    }
    const expected = []
    const stored = []
    for (const [api, attempt] of Object.entries(attempts)) {
      const link = await makeLink()
      const label = `Renamed over ${api}`
      await attempt(link.id, label)
      const after = await payload.findByID({ collection: 'preview-links', id: link.id })
      // The label is saved, so the request got through; only the expiry is left as made.
      stored.push({ api, expiresAt: after.expiresAt, label: after.label, token: after.token })
      expected.push({ api, expiresAt: link.expiresAt, label, token: link.token })
    }
    expect(stored).toEqual(expected)
  })

  it('opens only with the expiry its link has now: a token signed for another expiry answers 401', async () => {
    const link = await makeLink()
    const [id, issueID, expires] = JSON.parse(
      Buffer.from(link.token.split('.')[0], 'base64url').toString(),
    )
    // Correctly signed, within the maximum, but not the expiry the link was given.
    const longer = signPreviewToken(payload.secret, {
      expires: expires + 24 * 3600_000,
      issue: issueID,
      link: id,
    })
    expect((await readPreview(longer)).status).toBe(401)
    const graph = await graphql(issueQuery, {
      headers: { 'X-Forwarded-For': '203.0.113.22' },
      variables: { token: longer },
    })
    expect(graph.body.data).toBeNull()
    expect(graph.body.errors[0].message).toContain('not a valid preview link')

    // When the desk brings a link's expiry forward, the token handed out before must stop working.
    await payload.update({
      collection: 'preview-links',
      data: { expiresAt: new Date(Date.now() + 3600_000).toISOString() },
      id: link.id,
    })
    const shortened = await payload.findByID({ collection: 'preview-links', id: link.id })
    expect(shortened.token).not.toBe(link.token)
    expect((await readPreview(shortened.token as string)).status).toBe(200)
    expect((await readPreview(link.token)).status).toBe(401)
  })

  it('stops at once over GraphQL when revoked, even just after a read was served', async () => {
    const link = await makeLink()
    const headers = { 'X-Forwarded-For': '203.0.113.23' }
    const storyQuery = `query ($t: String!, $s: String!) { previewStory(token: $t, slug: $s) { headline } }`
    const readIssue = () => graphql(issueQuery, { headers, variables: { token: link.token } })
    const readStory = () =>
      graphql(storyQuery, { headers, variables: { s: draftStory.slug, t: link.token } })
    expect((await readIssue()).body.data.previewIssue.title).toBe(issue.title)
    expect((await readStory()).body.data.previewStory.headline).toBe(draftStory.headline)

    const revoked = await graphql(
      `
        mutation ($id: Int!) {
          updatePreviewLink(id: $id, data: { revoked: true }) {
            revoked
          }
        }
      `,
      { token: await loginAs('reviewer'), variables: { id: link.id } },
    )
    expect(revoked.body.data.updatePreviewLink.revoked).toBe(true)
    for (const read of [readIssue, readStory]) {
      const response = await read()
      expect(response.body.data).toBeNull()
      expect(response.body.errors[0].message).toContain('revoked')
    }
  })

  it('answers 401 for a forged or altered token', async () => {
    const link = await makeLink()
    const [body, signature] = link.token.split('.')
    const [id, issueID, expires] = JSON.parse(Buffer.from(body, 'base64url').toString())
    const longer = Buffer.from(
      JSON.stringify([id, issueID, expires + 3600_000 * 24 * 365]),
    ).toString('base64url')
    for (const token of [
      `${longer}.${signature}`,
      signPreviewToken('not the secret', { expires, issue: issueID, link: id }),
      'nonsense',
    ]) {
      const response = await readPreview(token)
      expect(response.status).toBe(401)
      expect(JSON.stringify(response.body)).toContain('token')
    }
  })

  it('goes with its issue when the issue is deleted', async () => {
    const doomed = await makeIssue('draft', [
      { blockType: 'story', story: draftStory.id as number },
    ])
    const response = await rest('POST', '/preview-links', {
      body: { issue: doomed.id },
      token: editorToken,
    })
    const deleted = await rest('DELETE', `/issues/${doomed.id}`, { token: await loginAs('admin') })
    expect(deleted.status).toBe(200)
    expect(
      (await payload.find({ collection: 'preview-links', where: { issue: { equals: doomed.id } } }))
        .totalDocs,
    ).toBe(0)
    expect((await readPreview(response.body.doc.token)).status).toBe(410)
  })
})

describe('a link opened in a browser', () => {
  const inBrowser = (token: string) =>
    rest('GET', `/site/preview/${encodeURIComponent(token)}`, {
      headers: { Accept: 'text/html,application/xhtml+xml,*/*;q=0.8' },
    })

  it('shows a readable page of the issue, its stories and sponsor, while programs still get JSON', async () => {
    const link = await makeLink()
    const page = await inBrowser(link.token)
    expect(page.status).toBe(200)
    expect(page.headers.get('content-type')).toMatch(/^text\/html/)
    expect(page.headers.get('cache-control')).toBe('private, no-store')
    const html = String(page.body)
    expect(html).toContain(`<h1>${issue.title}</h1>`)
    expect(html).toContain(`<h2>${draftStory.headline}</h2>`)
    expect(html).toContain(`<h2>${editedHeadline}</h2>`)
    expect(html).toContain(draftSponsor.name)
    expect(html).toMatch(/<section><h3>What&#39;s new<\/h3><p>/)
    expect(html.indexOf(draftStory.headline)).toBeLessThan(html.indexOf(editedHeadline))

    const data = await readPreview(link.token)
    expect(data.headers.get('content-type')).toMatch(/^application\/json/)
    expect(data.body.title).toBe(issue.title)
  })

  it('says why in a page of its own when the link is expired, revoked or not a link', async () => {
    const expired = await expiredLink()
    const revoked = await makeLink()
    await rest('PATCH', `/preview-links/${revoked.id}`, {
      body: { revoked: true },
      token: editorToken,
    })
    const answers = await Promise.all(
      [expired.token as string, revoked.token, `${revoked.token}x`].map(inBrowser),
    )
    expect(answers.map((answer) => answer.status)).toEqual([410, 410, 401])
    for (const answer of answers) expect(answer.headers.get('content-type')).toMatch(/^text\/html/)
    expect(answers.map((answer) => /<p>(.*?)<\/p>/.exec(String(answer.body))?.[1])).toEqual([
      'This preview link has expired; ask the desk for a new one.',
      'This preview link has been revoked.',
      'Not a valid preview link.',
    ])
    expect(String(answers[0].body)).not.toContain(issue.title)
  })
})
