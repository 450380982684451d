import { link, paragraph, richText } from '../../../src/shared/lexical'
import { graphql, loginAs, payload, rest, unique } from '../../support/api'
import {
  act,
  actingAs,
  completeSections,
  makeFigure,
  makeStory,
  readyLetter,
} from '../../support/fixtures'
import type { ID } from '../../../src/shared/ids'

afterAll(() => payload.destroy())

/** A draft that breaks most story rules at once. */
const brokenStory = (headline: string) => ({
  _status: 'draft' as const,
  dek: 'First sentence. Second sentence.',
  headline,
  sections: [
    {
      blockType: 'howItWorks' as const,
      body: richText(paragraph('See ', link('the paper', '/papers/42'), '.')),
    },
    { blockType: 'whatsNew' as const, body: richText(paragraph(), paragraph('   ')) },
  ],
})

const brokenPaths = [
  'dek',
  'heroFigure',
  'sections',
  'sections',
  'sections',
  'sections.1.blockType',
  'sections.1.body',
  'sections.0.body',
]

const sorted = (paths: string[]) => [...paths].sort()

const readinessQuery = `query ($id: Int!) { StoryReadiness(id: $id) { ready problems { rule path message severity } } }`
const issueReadinessQuery = `query ($id: Int!) { IssueReadiness(id: $id) { ready problems { rule path message } } }`

describe('story readiness through the API', () => {
  let editor: string
  let broken: { headline: string; id: ID }
  let ready: { id: ID }

  beforeAll(async () => {
    editor = await loginAs('editor')
    broken = await payload.create({
      collection: 'stories',
      data: brokenStory(`Unready draft ${unique()}`),
      draft: true,
    })
    ready = await makeStory('draft')
  })

  it('REST gives staff every problem of the latest draft, with rule, path and message', async () => {
    const response = await rest('GET', `/stories/${broken.id}/readiness`, { token: editor })
    expect(response.status).toBe(200)
    expect(response.body.ready).toBe(false)
    expect(sorted(response.body.problems.map((problem: { path: string }) => problem.path))).toEqual(
      sorted(brokenPaths),
    )
    expect(response.body.problems).toContainEqual({
      message: 'The link "the paper" goes to "/papers/42", which is not an absolute http(s) URL.',
      path: 'sections.0.body',
      rule: 'requireAbsoluteLinks',
      severity: 'error',
    })

    const fine = await rest('GET', `/stories/${ready.id}/readiness`, { token: editor })
    expect(fine.body).toEqual({ problems: [], ready: true })
  })

  it('reflects the latest draft saved over a published story', async () => {
    const story = await makeStory('published')
    await payload.update({ collection: 'stories', data: { dek: null }, draft: true, id: story.id })
    const response = await rest('GET', `/stories/${story.id}/readiness`, { token: editor })
    expect(response.body.problems.map((problem: { rule: string }) => problem.rule)).toEqual([
      'checkDek',
    ])
  })

  it('REST refuses the public without showing the draft, and answers 404 for an unknown story', async () => {
    const anonymous = await rest('GET', `/stories/${broken.id}/readiness`)
    expect(anonymous.status).toBe(403)
    expect(JSON.stringify(anonymous.body)).not.toContain(broken.headline)
    expect(JSON.stringify(anonymous.body)).not.toContain('papers/42')
    expect((await rest('GET', '/stories/987654321/readiness', { token: editor })).status).toBe(404)
  })

  it('GraphQL answers the same for staff and nothing for the public', async () => {
    const queried = await graphql(readinessQuery, {
      token: editor,
      variables: { id: Number(broken.id) },
    })
    const rested = await rest('GET', `/stories/${broken.id}/readiness`, { token: editor })
    expect(queried.body.data.StoryReadiness).toEqual(rested.body)

    const anonymous = await graphql(readinessQuery, { variables: { id: Number(broken.id) } })
    expect(anonymous.body.data).toBeNull()
    expect(anonymous.body.errors[0].message).toMatch(/not allowed/i)
    expect(JSON.stringify(anonymous.body)).not.toContain('papers/42')
  })
})

describe('publishing a story', () => {
  let editor: string
  beforeAll(async () => {
    editor = await loginAs('editor')
  })

  it('never blocks a draft save, however incomplete', async () => {
    const created = await rest('POST', '/stories?draft=true', {
      body: brokenStory(`Half-written ${unique()}`),
      token: editor,
    })
    expect(created.status).toBe(201)
    const emptied = await rest('PATCH', `/stories/${created.body.doc.id}?draft=true`, {
      body: { dek: '', sections: [] },
      token: editor,
    })
    expect(emptied.status).toBe(200)

    const published = await makeStory('published')
    const draftOverPublished = await payload.update({
      collection: 'stories',
      data: { sections: [] },
      draft: true,
      id: published.id,
    })
    expect(draftOverPublished.sections).toEqual([])
  })

  it('refuses to submit an unready story with a 400 listing every problem and its path, writing nothing', async () => {
    const story = await payload.create({
      collection: 'stories',
      data: brokenStory(`Refused ${unique()}`),
      draft: true,
    })
    const response = await rest('POST', `/stories/${story.id}/workflow/submit`, { token: editor })
    expect(response.status).toBe(400)
    const [error] = response.body.errors
    expect(sorted(error.data.errors.map((problem: { path: string }) => problem.path))).toEqual(
      sorted(brokenPaths),
    )
    expect(error.data.errors).toContainEqual({
      message: 'The story needs a hero figure.',
      path: 'heroFigure',
      rule: 'requireHeroFigureWithAlt',
    })

    const latest = await payload.findByID({ collection: 'stories', draft: true, id: story.id })
    expect([latest.stage, latest._status]).toEqual(['draft', 'draft'])
  })

  it('says why in the checklist’s words, each problem once, not as a list of field paths', async () => {
    const story = await payload.create({
      collection: 'stories',
      data: brokenStory(`Refused in words ${unique()}`),
      draft: true,
    })
    const response = await rest('POST', `/stories/${story.id}/workflow/submit`, { token: editor })
    const [error] = response.body.errors
    const messages = [
      ...new Set(error.data.errors.map((problem: { message: string }) => problem.message)),
    ]
    expect(error.message).toBe(`Not ready: ${messages.join(' ')}`)
    expect(error.message).toContain('The story needs a hero figure.')
    expect(error.message).not.toMatch(/heroFigure|sections\.0/)
  })

  it('refuses through the Local API and GraphQL too', async () => {
    const story = await payload.create({
      collection: 'stories',
      data: brokenStory(`Local refusal ${unique()}`),
      draft: true,
    })
    await expect(act('editor', 'submit', 'stories', story.id)).rejects.toMatchObject({
      data: { errors: expect.arrayContaining([expect.objectContaining({ path: 'heroFigure' })]) },
      status: 400,
    })
    const queried = await graphql(
      `
        mutation ($id: ID!) {
          submit(collection: stories, id: $id) {
            stage
          }
        }
      `,
      {
        token: editor,
        variables: { id: String(story.id) },
      },
    )
    expect(queried.body.errors[0].extensions.statusCode).toBe(400)
  })

  it('lets an edit that breaks a published story be saved, but not approved, while readers keep the published version', async () => {
    const story = await makeStory('published')
    const edited = await payload.update({
      collection: 'stories',
      data: { dek: 'Now two. Sentences.' },
      draft: true,
      id: story.id,
      req: await actingAs('editor'),
    })
    expect(edited.stage).toBe('in_review')
    await expect(act('reviewer', 'approve', 'stories', story.id)).rejects.toMatchObject({
      data: {
        errors: [
          {
            message: 'The dek has 2 sentences; keep it to one sentence.',
            path: 'dek',
            rule: 'checkDek',
          },
        ],
      },
      status: 400,
    })
    expect((await payload.findByID({ collection: 'stories', id: story.id })).dek).toBe(story.dek)
  })

  it('refuses a hero figure whose alt text is a file name, and accepts the story once fixed', async () => {
    const fileNamed = await makeFigure('IMG_2041.jpg')
    const headline = `Fixed up ${unique()}`
    const story = await payload.create({
      collection: 'stories',
      data: {
        dek: 'One sentence.',
        headline,
        heroFigure: fileNamed.id,
        sections: completeSections(headline),
      },
      draft: true,
    })
    const refused = await rest('POST', `/stories/${story.id}/workflow/submit`, { token: editor })
    expect(refused.status).toBe(400)
    expect(refused.body.errors[0].data.errors).toEqual([
      {
        message: `The hero figure's alt text "IMG_2041.jpg" is a file name; describe the image instead.`,
        path: 'heroFigure',
        rule: 'requireHeroFigureWithAlt',
      },
    ])

    await payload.update({
      collection: 'figures',
      data: { alt: 'A lighthouse on a rocky point at dusk' },
      id: fileNamed.id,
    })
    const submitted = await rest('POST', `/stories/${story.id}/workflow/submit`, { token: editor })
    expect(submitted.status).toBe(200)
    expect(submitted.body.doc.stage).toBe('in_review')
  })
})

describe('issue readiness', () => {
  let editor: string
  beforeAll(async () => {
    editor = await loginAs('editor')
  })

  it('rolls up its stories, naming each one with problems, and needs a letter', async () => {
    const fine = await makeStory('draft')
    const unready = await payload.create({
      collection: 'stories',
      data: brokenStory(`Rolled up ${unique()}`),
      draft: true,
    })
    const issue = await payload.create({
      collection: 'issues',
      data: {
        layout: [
          { blockType: 'story', story: fine.id },
          { blockType: 'story', story: unready.id },
        ],
        number: unique(),
        title: 'Roll-up',
      },
      draft: true,
    })

    const response = await rest('GET', `/issues/${issue.id}/readiness`, { token: editor })
    expect(response.status).toBe(200)
    expect(response.body.ready).toBe(false)
    expect(
      response.body.problems.map((problem: { path: string; rule: string }) => [
        problem.rule,
        problem.path,
      ]),
    ).toEqual([
      ['requireLetterGreetingAndSignOff', 'letter'],
      ['requireReadyStories', 'layout.1.story'],
      ['notePublishDate', 'publishDate'],
    ])
    expect(response.body.problems[1].message).toMatch(
      new RegExp(`^Story "${unready.headline}" has 8 problems: `),
    )

    const queried = await graphql(issueReadinessQuery, {
      token: editor,
      variables: { id: Number(issue.id) },
    })
    expect(queried.body.data.IssueReadiness.problems).toEqual(
      response.body.problems.map(({ message, path, rule }: Record<string, string>) => ({
        message,
        path,
        rule,
      })),
    )
    expect((await rest('GET', `/issues/${issue.id}/readiness`)).status).toBe(403)
  })

  it('judges a layout as the form holds it, unsaved, for the live checklist, and only for staff', async () => {
    const fine = await makeStory('draft')
    const unready = await payload.create({
      collection: 'stories',
      data: brokenStory(`Placed, not saved ${unique()}`),
      draft: true,
    })
    const unsaved = (layout: unknown[], token?: string) =>
      rest('POST', '/issues/readiness', { body: { layout, title: 'Unsaved' }, token })

    const withUnready = await unsaved(
      [
        { blockType: 'story', story: fine.id },
        { blockType: 'story', story: unready.id },
      ],
      editor,
    )
    expect(withUnready.status).toBe(200)
    expect(withUnready.body.problems).toContainEqual(
      expect.objectContaining({ path: 'layout.1.story', rule: 'requireReadyStories' }),
    )
    const withoutIt = await unsaved([{ blockType: 'story', story: fine.id }], editor)
    expect(withoutIt.body.problems.map((problem: { rule: string }) => problem.rule)).not.toContain(
      'requireReadyStories',
    )

    expect((await unsaved([{ blockType: 'story', story: unready.id }])).status).toBe(403)
    const notADocument = await rest('POST', '/issues/readiness', { body: [1, 2], token: editor })
    expect(notADocument.status).toBe(400)
    expect(notADocument.body.errors[0].message).toMatch(/^body: /)
  })

  it('refuses to submit until every story is ready and the letter has a greeting and sign-off', async () => {
    const unready = await payload.create({
      collection: 'stories',
      data: brokenStory(`Blocks the issue ${unique()}`),
      draft: true,
    })
    const issue = await payload.create({
      collection: 'issues',
      data: {
        layout: [{ blockType: 'story', story: unready.id }],
        number: unique(),
        title: 'Blocked',
      },
      draft: true,
    })
    const refused = await rest('POST', `/issues/${issue.id}/workflow/submit`, { token: editor })
    expect(refused.status).toBe(400)
    expect(
      refused.body.errors[0].data.errors.map((problem: { path: string }) => problem.path),
    ).toEqual(['letter', 'layout.0.story'])

    const hero = await makeFigure()
    await payload.update({
      collection: 'stories',
      data: {
        dek: 'One sentence.',
        heroFigure: hero.id,
        sections: completeSections(unready.headline),
      },
      draft: true,
      id: unready.id,
    })
    await payload.update({
      collection: 'issues',
      data: { letter: readyLetter() },
      draft: true,
      id: issue.id,
    })
    const submitted = await rest('POST', `/issues/${issue.id}/workflow/submit`, { token: editor })
    expect(submitted.status).toBe(200)
  })
})
