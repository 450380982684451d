import { payload, unique } from '../../support/api'
import { actingAs, makeFigure, makeIssue, makeSponsor, makeStory } from '../../support/fixtures'

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
