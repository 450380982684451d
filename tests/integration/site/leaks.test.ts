/**
 * The leak suite: an anonymous caller tries every path to unpublished content, and any draft
 * text, draft ID, embargoed file or user data in any response fails it.
 */
import { link, paragraph, richText } from '../../../src/shared/lexical'
import { graphql, loginAs, payload, rest, unique, userOf } from '../../support/api'
import {
  act,
  actingAs,
  makeFigure,
  makeIssue,
  makeSponsor,
  makeStory,
  publishThroughReview,
} from '../../support/fixtures'
import type { ID } from '../../../src/shared/ids'

afterAll(() => payload.destroy())

/** Everything that must never reach the public, checked against the whole response text. */
const secrets: string[] = []
const draftIDs: { collection: string; id: ID }[] = []

const leakIn = (response: unknown): string | undefined => {
  const text = JSON.stringify(response)
  return secrets.find((secret) => text.includes(secret))
}

const relationKeys: Record<string, string> = {
  figuresUsed: 'figures',
  heroFigure: 'figures',
  logo: 'figures',
  sponsor: 'sponsors',
  story: 'stories',
}
const typenames: Record<string, string> = {
  Figure: 'figures',
  Issue: 'issues',
  Sponsor: 'sponsors',
  Story: 'stories',
}

const isDraftID = (collection: string | undefined, value: unknown): boolean =>
  draftIDs.some((draft) => draft.collection === collection && String(draft.id) === String(value))

/**
 * A draft ID anywhere in a response: as a relationship value, as the ID of a document of a known
 * collection (REST documents of `collection`, GraphQL objects by their __typename), or as a
 * version's parent.
 */
const draftIDIn = (body: unknown, collection?: string): string | undefined => {
  let found: string | undefined
  const visit = (node: unknown, owner: string | undefined): void => {
    if (found || !node || typeof node !== 'object') return
    if (Array.isArray(node)) return node.forEach((item) => visit(item, owner))
    const record = node as Record<string, unknown>
    const type = typenames[record.__typename as string] ?? owner
    if (typeof record.relationTo === 'string' && isDraftID(record.relationTo, record.value))
      found = `${record.relationTo} ${String(record.value)}`
    if ('id' in record && isDraftID(type, record.id)) found = `${type} ${String(record.id)}`
    for (const [key, value] of Object.entries(record)) {
      const related = relationKeys[key]
      if (related) {
        for (const item of Array.isArray(value) ? value : [value]) {
          if (item !== null && typeof item !== 'object' && isDraftID(related, item))
            found = `${related} ${String(item)}`
          else visit(item, related)
        }
      } else if (key === 'docs' || key === 'doc') visit(value, type)
      else if (
        key === 'parent' &&
        value !== null &&
        typeof value !== 'object' &&
        draftIDs.some((draft) => String(draft.id) === String(value) && draft.collection === type)
      )
        found = `parent ${String(value)}`
      else visit(value, undefined)
    }
  }
  visit(body, collection)
  return found
}

const expectClean = (response: { body: unknown; status: number }, collection?: string) => {
  expect(response.status).toBeLessThan(500)
  expect(leakIn(response.body)).toBeUndefined()
  expect(draftIDIn(response.body, collection)).toBeUndefined()
}

let publishedIssue: { id: ID; number: number; slug?: string | null }
let publishedStory: { id: ID; slug?: string | null }
let withdrawnStory: { id: ID; slug?: string | null }
let revisedStory: { id: ID; slug?: string | null; headline: string }
let draftStory: { id: ID; slug?: string | null }
let linkingStory: { id: ID; slug?: string | null }
let draftIssue: { id: ID; number: number; slug?: string | null }
let draftSponsor: { id: ID }
let embargoed: { filename?: string | null; id: ID; url?: string | null }
let publicFigure: { filename?: string | null; id: ID }

beforeAll(async () => {
  const tag = unique()
  publicFigure = await makeFigure(`Public figure ${tag}`)
  publishedStory = await makeStory('published', `Public headline ${tag}`, publicFigure.id)

  // Published with the issue, then withdrawn: the issue still points at it.
  const withdrawnHeadline = `Withdrawn secret ${tag}`
  const withdrawn = await makeStory('published', withdrawnHeadline)
  const sponsor = await makeSponsor('published', `Withdrawn sponsor secret ${tag}`)
  publishedIssue = await makeIssue('published', [
    { blockType: 'story', story: publishedStory.id as number },
    { blockType: 'story', story: withdrawn.id as number },
    { blockType: 'sponsor', sponsor: sponsor.id as number },
  ])
  withdrawnStory = await act('reviewer', 'unpublish', 'stories', withdrawn.id)
  draftSponsor = await act('reviewer', 'unpublish', 'sponsors', sponsor.id)
  secrets.push(withdrawnHeadline, `Withdrawn sponsor secret ${tag}`)

  // Published, then a newer draft goes into review.
  const revisedHeadline = `Revised public headline ${tag}`
  revisedStory = await makeStory('published', revisedHeadline)
  await payload.update({
    collection: 'stories',
    data: {
      headline: `Revision secret ${tag}`,
      sections: [
        { blockType: 'whatsNew', body: richText(paragraph(`Revision body secret ${tag}`)) },
      ],
    },
    draft: true,
    id: revisedStory.id,
    req: await actingAs('editor'),
  })
  // Editing a published story sends the edit to review; a reviewer's note stays with the staff.
  await act('reviewer', 'requestChanges', 'stories', revisedStory.id, {
    note: `Review note secret ${tag}`,
  })
  secrets.push(`Revision secret ${tag}`, `Revision body secret ${tag}`, `Review note secret ${tag}`)

  embargoed = await makeFigure(`Embargoed figure secret ${tag}`)
  draftStory = await makeStory('draft', `Draft story secret ${tag}`, embargoed.id)
  // A published story whose text links to the draft story: the link must not reveal it. The story
  // rules refuse links into the CMS, so an admin publishes it with a stated override.
  const linking = await makeStory('draft', `Linking story ${tag}`, undefined, [
    {
      blockType: 'whatsNew',
      body: richText(
        paragraph({
          ...link('a story still in draft', ''),
          fields: {
            doc: { relationTo: 'stories', value: draftStory.id },
            linkType: 'internal',
            newTab: false,
          },
        }),
      ),
    },
    { blockType: 'whyItMatters', body: richText(paragraph('It matters.')) },
    { blockType: 'wereThinking', body: richText(paragraph('We think so.')) },
  ])
  const override = { overrideReason: 'Checking that a link into the CMS reveals no draft.' }
  for (const action of ['submit', 'approve', 'publish'] as const)
    linkingStory = await act('admin', action, 'stories', linking.id, override)
  draftIssue = await makeIssue(
    'draft',
    [{ blockType: 'story', story: draftStory.id as number }],
    `Draft issue secret ${tag}`,
  )
  secrets.push(
    `Draft story secret ${tag}`,
    `Draft issue secret ${tag}`,
    `Embargoed figure secret ${tag}`,
    embargoed.filename!,
    draftStory.slug!,
  )

  for (const role of ['admin', 'editor', 'reviewer'] as const)
    secrets.push((await userOf(role)).email)
  draftIDs.push(
    { collection: 'stories', id: withdrawnStory.id },
    { collection: 'stories', id: draftStory.id },
    { collection: 'issues', id: draftIssue.id },
    { collection: 'sponsors', id: draftSponsor.id },
    { collection: 'figures', id: embargoed.id },
  )
})

describe('REST, anonymous', () => {
  const collections = ['issues', 'stories', 'sponsors', 'figures'] as const

  it('lists, at every depth, with and without draft=true', async () => {
    for (const collection of collections) {
      for (const query of [
        '',
        '?depth=0',
        '?depth=3',
        '?draft=true&depth=2',
        '?limit=0',
        '?pagination=false',
      ]) {
        expectClean(await rest('GET', `/${collection}${query}`), collection)
      }
    }
  })

  it('by id and by slug, with and without draft=true', async () => {
    const paths = [
      `/issues/${draftIssue.id}`,
      `/issues/${publishedIssue.id}`,
      `/stories/${draftStory.id}`,
      `/stories/${withdrawnStory.id}`,
      `/stories/${revisedStory.id}`,
      `/sponsors/${draftSponsor.id}`,
      `/figures/${embargoed.id}`,
      `/stories?where[slug][equals]=${draftStory.slug}`,
      `/issues?where[slug][equals]=${draftIssue.slug}`,
      `/stories?where[slug][equals]=${revisedStory.slug}`,
    ]
    for (const path of paths) {
      for (const suffix of [
        '',
        path.includes('?') ? '&draft=true' : '?draft=true',
        path.includes('?') ? '&depth=3' : '?depth=3',
      ]) {
        expectClean(await rest('GET', `${path}${suffix}`), path.split(/[/?]/)[1])
      }
    }
    expect([403, 404]).toContain((await rest('GET', `/stories/${draftStory.id}?draft=true`)).status)
  })

  it('shows the published version of a story whose newer draft is in review', async () => {
    for (const suffix of ['', '?draft=true']) {
      const response = await rest('GET', `/stories/${revisedStory.id}${suffix}`)
      expect(response.status).toBe(200)
      expect(response.body.headline).toBe(revisedStory.headline)
      expectClean(response)
    }
  })

  it('versions: list, by id, with where', async () => {
    for (const collection of ['issues', 'stories', 'sponsors']) {
      const list = await rest('GET', `/${collection}/versions?depth=2`)
      expect([401, 403]).toContain(list.status)
      expectClean(list)
      expectClean(
        await rest('GET', `/${collection}/versions?where[parent][equals]=${revisedStory.id}`),
      )
    }
    const staffToken = await loginAs('editor')
    const staffList = await rest(
      'GET',
      `/stories/versions?where[parent][equals]=${revisedStory.id}`,
      { token: staffToken },
    )
    const versionID = staffList.body.docs[0].id
    expectClean(await rest('GET', `/stories/versions/${versionID}`))
  })

  it('where and sort on any field, draft-only fields included', async () => {
    const probes = [
      'where[headline][like]=secret',
      'where[stage][equals]=review',
      'where[_status][equals]=draft',
      'where[reviewLog.note][like]=secret',
      'where[createdBy.email][like]=newsdesk',
      'where[submittedBy][exists]=true',
      'where[or][0][_status][equals]=draft&where[or][1][_status][equals]=published',
      'sort=stage',
      'sort=-reviewLog.note',
      'sort=createdBy',
      'where[layout.story.headline][like]=secret',
    ]
    for (const collection of ['issues', 'stories', 'sponsors']) {
      for (const probe of probes) {
        const response = await rest('GET', `/${collection}?${probe}&draft=true&depth=2`)
        expectClean(response, collection)
        if (response.status === 200) {
          for (const doc of response.body.docs) expect(doc._status).toBe('published')
        }
      }
    }
  })

  it('a published issue shows a withdrawn story or sponsor as absent, not as an ID', async () => {
    for (const depth of [0, 1, 2]) {
      const response = await rest('GET', `/issues/${publishedIssue.id}?depth=${depth}`)
      expect(response.status).toBe(200)
      expectClean(response, 'issues')
      expect(response.body.layout).toHaveLength(1)
    }
  })

  it('figure files used only by unpublished documents answer 404', async () => {
    expect((await rest('GET', `/figures/file/${embargoed.filename}`)).status).toBe(404)
    expect((await rest('GET', `/figures/file/${publicFigure.filename}`)).status).toBe(200)
  })

  it('no users, emails, roles, preferences or locks', async () => {
    for (const path of [
      '/users',
      '/users?depth=0',
      '/users/me',
      '/payload-preferences',
      '/payload-locked-documents',
      '/payload-jobs',
    ]) {
      const response = await rest('GET', path)
      expectClean(response)
      expect(JSON.stringify(response.body)).not.toMatch(/roles|@newsdesk\.test/)
    }
    const admin = await userOf('admin')
    expect([403, 404]).toContain((await rest('GET', `/users/${admin.id}`)).status)
  })
})

describe('GraphQL, anonymous', () => {
  /**
   * Asks with __typename beside every id, so the leak check knows which collection an ID is of.
   * The query must run: one refused for its cost would show nothing. A list costs what it returns,
   * so pages are as small as shows this file's documents, the newest.
   */
  const ask = async (query: string, options?: Parameters<typeof graphql>[1]) => {
    const response = await graphql(query.replace(/\{ id\b/g, '{ __typename id'), options)
    expect(response.status).toBe(200)
    return response
  }

  const storyFields = `id headline slug dek _status sections { __typename ... on WhatsNewSection { body } } heroFigure { id url filename alt }`
  const issueFields = `id number title slug _status layout { __typename
    ... on IssueStoryBlock { story { ${storyFields} } }
    ... on IssueSponsorBlock { sponsor { id name headline logo { id url } } } }`

  it('lists, with draft: true, and by id', async () => {
    const queries = [
      `{ Issues(limit: 10) { docs { ${issueFields} } } }`,
      `{ Issues(limit: 10, draft: true) { docs { ${issueFields} } } }`,
      `{ Stories(limit: 10, draft: true) { docs { ${storyFields} } } }`,
      `{ Stories(limit: 10) { docs { ${storyFields} } } }`,
      `{ Sponsors(draft: true) { docs { id name } } }`,
      `{ Figures(limit: 50) { docs { id alt filename url } } }`,
      `{ Issue(id: ${draftIssue.id}) { ${issueFields} } }`,
      `{ Issue(id: ${draftIssue.id}, draft: true) { ${issueFields} } }`,
      `{ Issue(id: ${publishedIssue.id}, draft: true) { ${issueFields} } }`,
      `{ Story(id: ${draftStory.id}, draft: true) { ${storyFields} } }`,
      `{ Story(id: ${revisedStory.id}, draft: true) { ${storyFields} } }`,
      `{ Sponsor(id: ${draftSponsor.id}) { id name } }`,
      `{ Figure(id: ${embargoed.id}) { id alt url } }`,
      `{ Stories(limit: 10, where: { slug: { equals: "${draftStory.slug}" } }, draft: true) { docs { ${storyFields} } } }`,
      `{ Stories(where: { headline: { like: "secret" } }, draft: true) { docs { id headline } } }`,
      `{ countStories(where: { headline: { like: "secret" } }, draft: true) { totalDocs } }`,
    ]
    for (const query of queries) expectClean(await ask(query))
  })

  it('version queries', async () => {
    const staffToken = await loginAs('editor')
    const staff = await ask(
      `{ versionsStories(where: { parent: { equals: ${revisedStory.id} } }) { docs { id } } }`,
      { token: staffToken },
    )
    const versionID = staff.body.data.versionsStories.docs[0].id
    // Each story of this file has several versions: five pages reach back past the revised one's.
    const storyVersionPages = [1, 2, 3, 4, 5].map(
      (page) =>
        `{ versionsStories(limit: 20, page: ${page}) { docs { id parent { id } version { headline } } } }`,
    )
    for (const query of [
      ...storyVersionPages,
      `{ versionsIssues(limit: 50) { docs { id version { title } } } }`,
      `{ versionsSponsors(limit: 50) { docs { id version { name } } } }`,
      `{ versionStory(id: ${JSON.stringify(versionID)}) { id version { headline sections { __typename } } } }`,
    ]) {
      expectClean(await ask(query))
    }
  })

  it('a published issue drops the withdrawn story and sponsor, nested relationships included', async () => {
    const response = await ask(`{ Issue(id: ${publishedIssue.id}) { ${issueFields} } }`)
    expectClean(response)
    expect(response.body.data.Issue.layout).toHaveLength(1)
    expect(response.body.data.Issue.layout[0].story.heroFigure.id).toBe(publicFigure.id)
  })

  it('a published story whose newer draft is in review shows the published version', async () => {
    const response = await ask(`{ Story(id: ${revisedStory.id}) { headline } }`)
    expect(response.body.data.Story.headline).toBe(revisedStory.headline)
    expectClean(response)
  })

  it('no users, emails or roles, directly or through a relationship', async () => {
    for (const query of [
      '{ Users { docs { id email roles } } }',
      '{ meUser { user { email roles } } }',
      `{ Stories(limit: 10) { docs { createdBy { email roles } submittedBy { email } reviewLog { note by { email } } } } }`,
      `{ Issues(limit: 10) { docs { scheduledBy { email } publishAt } } }`,
    ]) {
      const response = await ask(query)
      expectClean(response)
      expect(JSON.stringify(response.body)).not.toMatch(/"roles":\s*\[|@newsdesk\.test/)
    }
  })
})

describe('the site reads, after staff have read them', () => {
  it('answer the public exactly as if no staff member had asked first', async () => {
    const queries = [
      `{ storyBySlug(slug: "${linkingStory.slug}") { headline sections { body html } } }`,
      `{ issueByNumber(number: ${publishedIssue.number}) { layout { story { headline sections { html } } sponsor { name } } } }`,
      '{ issueArchive(limit: 50) { docs { number title leadStory { headline slug } } } }',
    ]
    const token = await loginAs('admin')
    for (const query of queries) {
      await graphql(query, { token })
      expectClean(await graphql(query))
    }
    await rest('GET', `/site/stories/${linkingStory.slug}`, { token })
    expectClean(await rest('GET', `/site/stories/${linkingStory.slug}`))
  })
})

describe('once published', () => {
  it('the embargoed figure and the draft story become public together', async () => {
    expect((await rest('GET', `/figures/file/${embargoed.filename}`)).status).toBe(404)
    await publishThroughReview('stories', draftStory.id)
    expect((await rest('GET', `/figures/file/${embargoed.filename}`)).status).toBe(200)
    expect((await rest('GET', `/stories/${draftStory.id}`)).status).toBe(200)
  })
})
