import type { CollectionAfterChangeHook, CollectionBeforeChangeHook } from 'payload'

import type { ID } from '../../../src/shared/ids'
import {
  fromAnotherReader,
  graphql,
  payload,
  rest,
  unique,
  type ApiResponse,
} from '../../support/api'
import {
  act,
  actingAs,
  makeFigure,
  makeIssue,
  makeSponsor,
  makeStory,
} from '../../support/fixtures'

afterAll(() => payload.destroy())

const idsOf = (layout: unknown[] | null | undefined) =>
  (layout ?? []).map((block) => {
    const { blockType, sponsor, story } = block as {
      blockType: string
      sponsor?: unknown
      story?: unknown
    }
    const related = (blockType === 'story' ? story : sponsor) as { id: unknown } | number | string
    return `${blockType}:${typeof related === 'object' ? related.id : related}`
  })

describe('an issue layout', () => {
  it('keeps story and sponsor order through save, reorder and reload', async () => {
    const [first, second, third] = await Promise.all([1, 2, 3].map(() => makeStory('published')))
    const sponsor = await makeSponsor('published')
    const layout = [
      { blockType: 'story' as const, story: first.id },
      {
        blockType: 'sponsor' as const,
        sponsor: sponsor.id,
        copy: 'Placement copy for this issue.',
      },
      { blockType: 'story' as const, story: second.id },
      { blockType: 'story' as const, story: third.id },
    ]
    const issue = await makeIssue('draft', layout)
    const saved = await payload.findByID({
      collection: 'issues',
      depth: 0,
      draft: true,
      id: issue.id,
    })
    expect(idsOf(saved.layout)).toEqual([
      `story:${first.id}`,
      `sponsor:${sponsor.id}`,
      `story:${second.id}`,
      `story:${third.id}`,
    ])
    expect(saved.layout?.[1]).toMatchObject({ copy: 'Placement copy for this issue.' })

    const reordered = [saved.layout![3], saved.layout![0], saved.layout![2], saved.layout![1]]
    await payload.update({
      collection: 'issues',
      data: { layout: reordered },
      draft: true,
      id: issue.id,
      req: await actingAs('editor'),
    })
    const reloaded = await payload.findByID({
      collection: 'issues',
      depth: 0,
      draft: true,
      id: issue.id,
    })
    expect(idsOf(reloaded.layout)).toEqual([
      `story:${third.id}`,
      `story:${first.id}`,
      `story:${second.id}`,
      `sponsor:${sponsor.id}`,
    ])
  })

  it('resolves stories, their figures and sponsors at depth', async () => {
    const hero = await makeFigure('A harbour at dawn with cranes unloading containers')
    const story = await makeStory('published', `Deep story ${unique()}`, hero.id)
    const sponsor = await makeSponsor('published')
    const issue = await makeIssue('published', [
      { blockType: 'story', story: story.id as number },
      { blockType: 'sponsor', sponsor: sponsor.id as number },
    ])
    const read = await payload.findByID({ collection: 'issues', depth: 2, id: issue.id })
    const [storyBlock, sponsorBlock] = read.layout ?? []
    if (storyBlock?.blockType !== 'story' || typeof storyBlock.story !== 'object')
      throw new Error('story not populated')
    expect(storyBlock.story.headline).toBe(story.headline)
    const populatedHero = storyBlock.story.heroFigure
    if (typeof populatedHero !== 'object' || !populatedHero) throw new Error('hero not populated')
    expect(populatedHero.alt).toBe('A harbour at dawn with cranes unloading containers')
    expect(populatedHero.url).toMatch(/^\/api\/figures\/file\//)
    if (sponsorBlock?.blockType !== 'sponsor' || typeof sponsorBlock.sponsor !== 'object')
      throw new Error('sponsor not populated')
    expect(sponsorBlock.sponsor.name).toBe(sponsor.name)
  })

  it('refuses a second issue with the same number, naming the field', async () => {
    const number = unique()
    await payload.create({ collection: 'issues', data: { number, title: 'First' }, draft: true })
    await expect(
      payload.create({ collection: 'issues', data: { number, title: 'Second' }, draft: true }),
    ).rejects.toMatchObject({
      data: { errors: [expect.objectContaining({ path: 'number' })] },
      status: 400,
    })
  })

  it('makes a slug from the title when none is given', async () => {
    const issue = await payload.create({
      collection: 'issues',
      data: { number: unique(), title: 'Trust, Earned Slowly' },
      draft: true,
    })
    expect(issue.slug).toBe('trust-earned-slowly')
  })
})

type Placed = { headline: string; id: ID; slug?: string | null }

/** Stories an editor wrote and a reviewer approved, not yet published. */
async function approvedStories(count: number): Promise<Placed[]> {
  const stories = []
  for (let i = 0; i < count; i++) {
    const story = await makeStory('draft')
    await act('editor', 'submit', 'stories', story.id)
    await act('reviewer', 'approve', 'stories', story.id)
    stories.push(story)
  }
  return stories
}

async function approvedIssue(stories: Placed[]) {
  const issue = await makeIssue(
    'draft',
    stories.map((story) => ({ blockType: 'story' as const, story: story.id as number })),
  )
  await act('editor', 'submit', 'issues', issue.id)
  await act('reviewer', 'approve', 'issues', issue.id)
  return issue
}

const siteQuery = `query ($n: Int!, $s: String!) {
  latestIssue { number title layout { story { headline } } }
  issueByNumber(number: $n) { number title layout { story { headline } } }
  storyBySlug(slug: $s) { headline }
}`

/**
 * What an anonymous reader of the site finds of an issue and its stories, over REST and GraphQL:
 * the latest issue, the issue by number, each story's headline by slug; a status where REST found nothing.
 */
async function publicSite(issue: { number: number }, stories: Placed[]) {
  const read = async (path: string) => {
    const response = await rest('GET', path)
    return response.status === 200 ? response.body : response.status
  }
  const site = {
    graphql: {
      issueByNumber: [] as ApiResponse['body'][],
      latestIssue: [] as ApiResponse['body'][],
      storyBySlug: [] as ApiResponse['body'][],
    },
    rest: {
      issueByNumber: await read(`/site/issues/number/${issue.number}`),
      latestIssue: await read('/site/issues/latest'),
      storyBySlug: [] as ApiResponse['body'][],
    },
  }
  for (const story of stories) {
    const found = await read(`/site/stories/${story.slug}`)
    site.rest.storyBySlug.push(typeof found === 'number' ? found : found.headline)
    const graph = await graphql(siteQuery, {
      headers: fromAnotherReader(),
      variables: { n: issue.number, s: story.slug },
    })
    expect(graph.body.errors).toBeUndefined()
    site.graphql.issueByNumber.push(graph.body.data.issueByNumber)
    site.graphql.latestIssue.push(graph.body.data.latestIssue)
    site.graphql.storyBySlug.push(graph.body.data.storyBySlug?.headline ?? null)
  }
  return site
}

function expectNothingOf(
  site: Awaited<ReturnType<typeof publicSite>>,
  issue: { number: number; title: string },
  stories: Placed[],
) {
  expect(site.rest.issueByNumber).toBe(404)
  expect(site.rest.storyBySlug).toEqual(stories.map(() => 404))
  expect(site.graphql.issueByNumber).toEqual(stories.map(() => null))
  expect(site.graphql.storyBySlug).toEqual(stories.map(() => null))
  // The latest issue is another one, or none: not this one, nor anything of its stories.
  const text = JSON.stringify(site)
  for (const shown of [issue.title, ...stories.map((story) => story.headline)])
    expect(text).not.toContain(shown)
}

/** Publishes the issue with a hook that throws at one point of the publish; the publish must fail. */
async function publishFailing<Hook>(issueID: ID, hooks: Hook[], failure: Hook) {
  hooks.push(failure)
  try {
    await expect(act('reviewer', 'publish', 'issues', issueID)).rejects.toThrow(/Injected failure/)
  } finally {
    hooks.splice(hooks.indexOf(failure), 1)
  }
}

describe('a failed issue publish, as the public site sees it', () => {
  it('shows nothing of the issue or its stories when publishing the last story fails', async () => {
    const stories = await approvedStories(3)
    const issue = await approvedIssue(stories)
    const last = stories[2].id
    const failOnLastStory: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
      if (originalDoc?.id === last && data._status === 'published')
        throw new Error('Injected failure while publishing the last story')
      return data
    }
    await publishFailing(
      issue.id,
      payload.collections.stories.config.hooks.beforeChange,
      failOnLastStory,
    )
    expectNothingOf(await publicSite(issue, stories), issue, stories)
  })

  // The last step of a publish: its stories, the issue and the issue's edition are all written by then.
  it('shows nothing of them when the publish fails after the issue itself was saved, and can be retried whole', async () => {
    const stories = await approvedStories(2)
    const issue = await approvedIssue(stories)
    const failAfterIssueSaved: CollectionAfterChangeHook = ({ doc }) => {
      if (doc.id === issue.id && doc._status === 'published')
        throw new Error('Injected failure after the issue was saved')
      return doc
    }
    await publishFailing(
      issue.id,
      payload.collections.issues.config.hooks.afterChange,
      failAfterIssueSaved,
    )
    expectNothingOf(await publicSite(issue, stories), issue, stories)
    const after = await payload.findByID({ collection: 'issues', draft: true, id: issue.id })
    expect([after.stage, after._status]).toEqual(['approved', 'draft'])

    await act('reviewer', 'publish', 'issues', issue.id)
    const site = await publicSite(issue, stories)
    expect(site.rest.issueByNumber).toMatchObject({ number: issue.number, title: issue.title })
    expect(site.graphql.issueByNumber[0]).toMatchObject({
      number: issue.number,
      title: issue.title,
    })
    expect(site.rest.storyBySlug).toEqual(stories.map((story) => story.headline))
  })
})

describe('a story edited back to review after its issue was approved', () => {
  it('holds the issue back: publishing it is refused, naming the story, and nothing goes public', async () => {
    const stories = await approvedStories(2)
    const issue = await approvedIssue(stories)
    const revised = `Revised after approval ${unique()}`
    const edited = await payload.update({
      collection: 'stories',
      data: { headline: revised },
      draft: true,
      id: stories[0].id,
      req: await actingAs('editor'),
    })
    expect(edited.stage).toBe('in_review')

    await expect(act('reviewer', 'publish', 'issues', issue.id)).rejects.toMatchObject({
      message: expect.stringContaining(`story "${revised}" (In review)`),
      status: 409,
    })
    const states = await Promise.all(
      stories.map((story) =>
        payload.findByID({ collection: 'stories', draft: true, id: story.id }),
      ),
    )
    // All or nothing: the story still approved was not published on its own either.
    expect(states.map((story) => [story.stage, story._status])).toEqual([
      ['in_review', 'draft'],
      ['approved', 'draft'],
    ])
    expect(
      (await payload.findByID({ collection: 'issues', draft: true, id: issue.id })).stage,
    ).toBe('approved')
    expectNothingOf(await publicSite(issue, stories), issue, [
      { ...stories[0], headline: revised },
      stories[1],
    ])

    // Once the revision is approved, the issue publishes with it as revised.
    await act('reviewer', 'approve', 'stories', stories[0].id)
    await act('reviewer', 'publish', 'issues', issue.id)
    const site = await publicSite(issue, stories)
    expect(
      site.rest.issueByNumber.layout.map((block: { story: Placed }) => block.story.headline),
    ).toEqual([revised, stories[1].headline])
    expect(site.rest.storyBySlug).toEqual([revised, stories[1].headline])
  })

  it('of a story already published: the issue publishes, and readers get the published version until the revision is', async () => {
    const story = await makeStory('published')
    const issue = await approvedIssue([story])
    const revised = `Revised after publication ${unique()}`
    await payload.update({
      collection: 'stories',
      data: { headline: revised },
      draft: true,
      id: story.id,
      req: await actingAs('editor'),
    })

    const published = await act('reviewer', 'publish', 'issues', issue.id)
    expect(published._status).toBe('published')
    const latest = await payload.findByID({ collection: 'stories', draft: true, id: story.id })
    expect([latest.stage, latest.headline]).toEqual(['in_review', revised])
    const site = await publicSite(issue, [story])
    expect(site.rest.issueByNumber.layout[0].story.headline).toBe(story.headline)
    expect(site.graphql.issueByNumber[0].layout[0].story.headline).toBe(story.headline)
    expect(site.rest.storyBySlug).toEqual([story.headline])
    expect(site.graphql.storyBySlug).toEqual([story.headline])
    expect(JSON.stringify(site)).not.toContain(revised)
  })
})
