import { bulletList, link, paragraph, richText, text } from '../../../src/shared/lexical'
import { maxPageSize } from '../../../src/access/pageSize'
import { graphql, payload, rest, unique } from '../../support/api'
import { makeFigure, makeIssue, makeSponsor, makeStory } from '../../support/fixtures'
import type { ID } from '../../../src/shared/ids'

afterAll(() => payload.destroy())

const issueFields = `id number title slug letterHtml layout {
  kind copy
  story { id slug headline dek heroFigure { id url alt caption credit width height srcset { format type srcset } crops { variant format width height url } placeholder { color dataURL } } sections { kind heading body html } }
  sponsor { id name disclosure logo { url } }
}`

let issue: { id: ID; number: number; slug?: string | null; title: string }
let draftIssue: { number: number; slug?: string | null }
let lead: { headline: string; id: ID; slug?: string | null }
let second: { headline: string; id: ID; slug?: string | null }
let sponsor: { id: ID; name: string }
let figure: { id: ID; url?: string | null }

beforeAll(async () => {
  const tag = unique()
  figure = await makeFigure(`Hero ${tag}`)
  lead = await makeStory('published', `Lead ${tag}`, figure.id, [
    {
      blockType: 'whatsNew',
      body: richText(
        paragraph('Read ', link('the paper', 'https://example.com/paper'), '.'),
        bulletList(['first point', 'second point']),
        paragraph(text('<script>alert("x")</script>')),
      ),
    },
    { blockType: 'section', heading: 'A heading of our own', body: richText(paragraph('More.')) },
    { blockType: 'whyItMatters', body: richText(paragraph('It matters.')) },
    { blockType: 'wereThinking', body: richText(paragraph('We think so.')) },
  ])
  sponsor = await makeSponsor('published', `Sponsor ${tag}`)
  second = await makeStory('published', `Second ${tag}`)
  issue = await makeIssue('published', [
    { blockType: 'story', story: lead.id as number },
    { blockType: 'sponsor', sponsor: sponsor.id as number, copy: 'This week only.' },
    { blockType: 'story', story: second.id as number },
  ])
  draftIssue = await makeIssue('draft', [{ blockType: 'story', story: lead.id as number }])
})

/** The figure of a 320 x 180 upload: WebP and JPEG widths for srcset (AVIF comes later, from a queued task), crops, placeholder. */
const checkResponsiveFigure = (hero: any) => {
  expect(hero.srcset.map((set: { format: string }) => set.format)).toEqual(['webp', 'jpeg'])
  expect(hero.srcset[0]).toEqual({
    format: 'webp',
    srcset: expect.stringMatching(/^\S*\/api\/figures\/file\/\S+\.webp 320w$/),
    type: 'image/webp',
  })
  expect(hero.crops.map((crop: { variant: string }) => crop.variant).sort()).toEqual([
    'card',
    'card',
    'thumbnail',
    'thumbnail',
  ])
  expect(hero.placeholder.color).toMatch(/^#[0-9a-f]{6}$/)
  expect(hero.placeholder.dataURL).toMatch(/^data:image\/webp;base64,/)
}

const checkIssue = (read: any) => {
  expect(read.number).toBe(issue.number)
  // The editor's letter as fixtures' readyLetter() writes it, rendered on the server.
  expect(read.letterHtml).toMatch(/<p[^>]*>Dear friends,<\/p>/)
  expect(read.letterHtml).toMatch(/<strong[^>]*>Keep learning!<\/strong>/)
  expect(read.layout.map((block: { kind: string }) => block.kind)).toEqual([
    'story',
    'sponsor',
    'story',
  ])
  const [first, sponsorBlock, last] = read.layout
  expect(first.story.headline).toBe(lead.headline)
  expect(first.story.heroFigure).toMatchObject({
    id: String(figure.id),
    url: figure.url,
    width: 320,
    height: 180,
  })
  checkResponsiveFigure(first.story.heroFigure)
  expect(sponsorBlock).toMatchObject({
    copy: 'This week only.',
    sponsor: { name: sponsor.name, disclosure: 'Sponsored' },
  })
  expect(last.story.headline).toBe(second.headline)
  const [whatsNew, own] = first.story.sections
  expect(whatsNew.kind).toBe('whatsNew')
  expect(whatsNew.heading).toBe("What's new")
  expect(whatsNew.body.root.children).toHaveLength(3)
  expect(own).toMatchObject({ heading: 'A heading of our own', kind: 'section' })
}

describe('site queries over GraphQL', () => {
  it('latestIssue, issueByNumber and issueBySlug return the layout in order, with sections as JSON and HTML', async () => {
    for (const [query, variables] of [
      [`{ latestIssue { ${issueFields} } }`, {}],
      [`query ($n: Int!) { issueByNumber(number: $n) { ${issueFields} } }`, { n: issue.number }],
      [`query ($s: String!) { issueBySlug(slug: $s) { ${issueFields} } }`, { s: issue.slug }],
    ] as const) {
      const response = await graphql(query, { variables })
      expect(response.body.errors).toBeUndefined()
      checkIssue(Object.values(response.body.data)[0])
    }
  })

  it('renders section HTML with links and lists and nothing unsafe', async () => {
    const response = await graphql(
      `
        query ($s: String!) {
          storyBySlug(slug: $s) {
            headline
            sections {
              html
            }
          }
        }
      `,
      {
        variables: { s: lead.slug },
      },
    )
    const html: string = response.body.data.storyBySlug.sections[0].html
    expect(html).toContain('<a href="https://example.com/paper">the paper</a>')
    expect(html).toMatch(
      /<ul[^>]*>\s*<li[^>]*>first point<\/li>\s*<li[^>]*>second point<\/li>\s*<\/ul>/,
    )
    expect(html).not.toContain('javascript:')
    expect(html).not.toContain('<script>')
    expect(html).toContain('&lt;script&gt;')
  })

  it('answers null for an issue or story that is not published', async () => {
    const byNumber = await graphql(
      `
        query ($n: Int!) {
          issueByNumber(number: $n) {
            id
          }
        }
      `,
      { variables: { n: draftIssue.number } },
    )
    expect(byNumber.body.data.issueByNumber).toBeNull()
    const draft = await makeStory('draft')
    const story = await graphql(
      `
        query ($s: String!) {
          storyBySlug(slug: $s) {
            id
          }
        }
      `,
      { variables: { s: draft.slug } },
    )
    expect(story.body.data.storyBySlug).toBeNull()
  })

  it('pages the archive newest first with each issue’s lead story, and refuses pages over the maximum', async () => {
    const response = await graphql(`
      {
        issueArchive(limit: 5) {
          page
          limit
          totalDocs
          hasNextPage
          docs {
            number
            title
            publishDate
            leadStory {
              headline
              slug
            }
          }
        }
      }
    `)
    const archive = response.body.data.issueArchive
    expect(archive.limit).toBe(5)
    expect(archive.docs.length).toBeLessThanOrEqual(5)
    const numbers = archive.docs.map((doc: { number: number }) => doc.number)
    expect(numbers).toEqual([...numbers].sort((a, b) => b - a))
    expect(numbers).not.toContain(draftIssue.number)
    const ours = archive.docs.find((doc: { number: number }) => doc.number === issue.number)
    expect(ours).toMatchObject({
      leadStory: { headline: lead.headline, slug: lead.slug },
      title: issue.title,
    })

    const tooMany = await graphql(`
      {
        issueArchive(limit: 10000) {
          totalDocs
        }
      }
    `)
    expect(tooMany.body.errors[0].message).toContain(
      `limit must be a whole number from 1 to ${maxPageSize}`,
    )
  })

  it('gives page 2 of the archive: the issues after page 1, in the same order', async () => {
    // Enough published issues for two pages of two, whatever else this run has published.
    for (let index = 0; index < 3; index++)
      await makeIssue('published', [{ blockType: 'story', story: second.id as number }])
    const archivePage = async (page: number, limit: number) => {
      const response = await graphql(
        `
          query ($page: Int, $limit: Int) {
            issueArchive(page: $page, limit: $limit) {
              page
              totalPages
              hasNextPage
              docs {
                number
                title
              }
            }
          }
        `,
        { variables: { limit, page } },
      )
      expect(response.body.errors).toBeUndefined()
      return response.body.data.issueArchive
    }
    const [first, page2, both] = [
      await archivePage(1, 2),
      await archivePage(2, 2),
      await archivePage(1, 4),
    ]
    expect(page2).toMatchObject({ page: 2, totalPages: first.totalPages })
    expect(page2.docs.length).toBeGreaterThan(0)
    expect([...first.docs, ...page2.docs]).toEqual(both.docs)

    const overREST = await rest('GET', '/site/issues?page=2&limit=2')
    expect(overREST.status).toBe(200)
    expect(overREST.body).toMatchObject({ page: 2 })
    expect(
      overREST.body.docs.map(({ number, title }: { number: number; title: string }) => ({
        number,
        title,
      })),
    ).toEqual(page2.docs)
  })

  it('reads the Newsletter global', async () => {
    const response = await graphql(`
      {
        siteNewsletter {
          name
          tagline
        }
      }
    `)
    expect(response.body.data.siteNewsletter.name).toEqual(expect.any(String))
  })
})

describe('site reads over REST', () => {
  it('gives the same answers as GraphQL', async () => {
    const graph = await graphql(`
      {
        latestIssue {
          id
          number
          title
        }
      }
    `)
    const latest = await rest('GET', '/site/issues/latest')
    expect(latest.status).toBe(200)
    expect(latest.body).toMatchObject(graph.body.data.latestIssue)
    checkIssue((await rest('GET', `/site/issues/number/${issue.number}`)).body)
    checkIssue((await rest('GET', `/site/issues/slug/${issue.slug}`)).body)
    const story = await rest('GET', `/site/stories/${lead.slug}`)
    expect(story.body.sections[0].html).toContain('https://example.com/paper')
    const archive = await rest('GET', '/site/issues?limit=2&page=1')
    expect(archive.body.docs).toHaveLength(2)
    expect((await rest('GET', '/site/newsletter')).status).toBe(200)
  })

  it('answers 404 for what is not published and 400 for bad input, naming the field', async () => {
    expect((await rest('GET', `/site/issues/number/${draftIssue.number}`)).status).toBe(404)
    expect((await rest('GET', `/site/issues/slug/${draftIssue.slug}`)).status).toBe(404)
    const badNumber = await rest('GET', '/site/issues/number/twelve')
    expect(badNumber.status).toBe(400)
    expect(JSON.stringify(badNumber.body)).toContain('number')
    const tooMany = await rest('GET', '/site/issues?limit=10000')
    expect(tooMany.status).toBe(400)
    expect(JSON.stringify(tooMany.body)).toContain('limit')
    expect((await rest('GET', '/site/issues?page=0')).status).toBe(400)
  })
})

describe('figures in the site’s reads', () => {
  it('list AVIF first once it is made, then WebP, then JPEG, over GraphQL and REST', async () => {
    const avifFigure = await makeFigure()
    const story = await makeStory('published', undefined, avifFigure.id)
    const avifIssue = await makeIssue('published', [
      { blockType: 'story', story: story.id as number },
    ])
    // The AVIF widths come from the figures queue, which the test database does not run by itself.
    await payload.jobs.run({ limit: 100, queue: 'figures' })

    const formats = (hero: any) =>
      hero.srcset.map(({ format, type }: { format: string; type: string }) => `${format} ${type}`)
    const best = ['avif image/avif', 'webp image/webp', 'jpeg image/jpeg']
    const graph = await graphql(
      `
        query ($n: Int!) {
          issueByNumber(number: $n) {
            layout {
              story {
                heroFigure {
                  srcset {
                    format
                    type
                    srcset
                  }
                }
              }
            }
          }
        }
      `,
      { variables: { n: avifIssue.number } },
    )
    const hero = graph.body.data.issueByNumber.layout[0].story.heroFigure
    expect(formats(hero)).toEqual(best)
    expect(hero.srcset[0].srcset).toMatch(/^\S*\/api\/figures\/file\/\S+\.avif 320w$/)
    const overREST = await rest('GET', `/site/issues/number/${avifIssue.number}`)
    expect(formats(overREST.body.layout[0].story.heroFigure)).toEqual(best)
    const bySlug = await rest('GET', `/site/stories/${story.slug}`)
    expect(formats(bySlug.body.heroFigure)).toEqual(best)
  })
})
