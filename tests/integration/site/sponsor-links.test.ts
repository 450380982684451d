/**
 * A sponsor's `url` and `ctaUrl` are links readers click on the site and in their inbox: only
 * absolute http(s) URLs are saved, through every API, drafts included, and the site's reads never
 * give out any other, even one stored before the rule.
 */
import { ValidationError } from 'payload'

import { graphql, loginAs, payload, rest, unique } from '../../support/api'
import { actingAs, makeIssue, makeSponsor, makeStory } from '../../support/fixtures'

afterAll(() => payload.destroy())

let editor: string
beforeAll(async () => {
  editor = await loginAs('editor')
})

const sponsorCount = async () => (await payload.count({ collection: 'sponsors' })).totalDocs

const refused = (path: string, value: string) => [
  expect.objectContaining({
    message: `${path} must be an absolute http(s) URL, such as https://example.com/; "${value}" is not.`,
    path,
  }),
]

describe('saving a sponsor', () => {
  it.each([
    { field: 'url', value: 'javascript:alert(document.cookie)' },
    { field: 'url', value: 'JavaScript:alert(1)' },
    { field: 'ctaUrl', value: 'data:text/html,<script>alert(1)</script>' },
    { field: 'ctaUrl', value: 'vbscript:msgbox(1)' },
    { field: 'url', value: '/relative/page' },
    { field: 'ctaUrl', value: 'https://' },
  ])('refuses $field "$value" with a 400 naming the field', async ({ field, value }) => {
    const before = await sponsorCount()

    const response = await rest('POST', '/sponsors?draft=true', {
      body: { disclosure: 'Sponsored', name: `Sponsor ${unique()}`, [field]: value },
      token: editor,
    })

    expect(response.status).toBe(400)
    expect(response.body.errors[0].data.errors).toEqual(refused(field, value))
    expect(await sponsorCount()).toBe(before)
  })

  it('refuses an edit to a javascript: link and keeps the stored one', async () => {
    const sponsor = await makeSponsor('draft')
    await rest('PATCH', `/sponsors/${sponsor.id}?draft=true`, {
      body: { url: 'https://sponsor.example/' },
      token: editor,
    })

    const response = await rest('PATCH', `/sponsors/${sponsor.id}?draft=true`, {
      body: { ctaUrl: 'javascript:alert(1)' },
      token: editor,
    })

    expect(response.status).toBe(400)
    expect(response.body.errors[0].data.errors).toEqual(refused('ctaUrl', 'javascript:alert(1)'))
    const stored = await payload.findByID({ collection: 'sponsors', draft: true, id: sponsor.id })
    expect({ ctaUrl: stored.ctaUrl, url: stored.url }).toEqual({
      ctaUrl: null,
      url: 'https://sponsor.example/',
    })
  })

  it('refuses it through GraphQL and the Local API too', async () => {
    const { body } = await graphql(
      `mutation { createSponsor(draft: true, data: { name: "Sponsor ${unique()}", disclosure: "Sponsored", url: "javascript:alert(1)" }) { id } }`,
      { token: editor },
    )
    expect(body.errors[0].extensions).toMatchObject({
      data: { errors: refused('url', 'javascript:alert(1)') },
      statusCode: 400,
    })

    const error = await payload
      .create({
        collection: 'sponsors',
        data: { disclosure: 'Sponsored', name: 'Local', url: 'javascript:alert(1)' },
        draft: true,
        req: await actingAs('editor'),
      })
      .catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(ValidationError)
  })

  it('keeps http(s) links, trimmed, and empty ones', async () => {
    const response = await rest('POST', '/sponsors?draft=true', {
      body: {
        ctaUrl: '',
        disclosure: 'Sponsored',
        name: `Sponsor ${unique()}`,
        url: '  https://sponsor.example/home?ref=newsletter  ',
      },
      token: editor,
    })
    expect(response.status).toBe(201)
    expect(response.body.doc).toMatchObject({
      ctaUrl: '',
      url: 'https://sponsor.example/home?ref=newsletter',
    })
  })
})

describe("the site's reads", () => {
  it('give no sponsor link that is not http(s), even one stored before the rule', async () => {
    const sponsor = await makeSponsor('published')
    // As a sponsor saved before links were checked: straight to the database, past every hook.
    await payload.db.updateOne({
      collection: 'sponsors',
      data: { ctaUrl: 'https://sponsor.example/offer', url: 'javascript:alert(document.cookie)' },
      id: sponsor.id,
    })
    const story = await makeStory('published')
    const issue = await makeIssue('published', [
      { blockType: 'story', story: story.id as number },
      { blockType: 'sponsor', sponsor: sponsor.id as number },
    ])

    const graph = await graphql(
      `
        query ($n: Int!) {
          issueByNumber(number: $n) {
            layout {
              sponsor {
                url
                ctaUrl
              }
            }
          }
        }
      `,
      { variables: { n: issue.number } },
    )
    const read = await rest('GET', `/site/issues/number/${issue.number}`)

    const links = { ctaUrl: 'https://sponsor.example/offer', url: null }
    expect(graph.body.data.issueByNumber.layout[1].sponsor).toEqual(links)
    expect(read.body.layout[1].sponsor).toMatchObject(links)
  })
})
