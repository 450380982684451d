import { link, paragraph, richText } from '../../../src/shared/lexical'
import { graphql, loginAs, payload, rest } from '../../support/api'
import {
  act,
  actingAs,
  makeFigure,
  makeIssue,
  makeSponsor,
  makeStory,
  publishThroughReview,
} from '../../support/fixtures'
import { countDatabaseOperations } from '../../support/queryCounter'
import type { ID } from '../../../src/shared/ids'

afterAll(() => payload.destroy())

const issueQuery = `query ($n: Int!) { issueByNumber(number: $n) {
  title
  layout { kind story { headline heroFigure { alt } sections { html } } sponsor { name } }
} }`

const editionsOf = async (issue: ID) =>
  (
    await payload.find({
      collection: 'issue-editions',
      overrideAccess: true,
      pagination: false,
      where: { issue: { equals: String(issue) } },
    })
  ).docs

describe('editions: each published issue as the site reads it, remade whenever what it shows changes', () => {
  // Every read below goes to the stored edition, not to the cache in front of it.
  beforeAll(() => {
    process.env.NEWSDESK_SITE_CACHE = 'off'
  })
  afterAll(() => {
    delete process.env.NEWSDESK_SITE_CACHE
  })

  const read = async (number: number) =>
    (await graphql(issueQuery, { variables: { n: number } })).body.data.issueByNumber
  const headlines = (issue: any) =>
    issue.layout.filter((block: any) => block.story).map((block: any) => block.story.headline)

  it('publishing an issue makes its edition, and a site read of it is one database query', async () => {
    const story = await makeStory('published')
    const issue = await makeIssue('draft', [{ blockType: 'story', story: story.id as number }])
    expect(await editionsOf(issue.id)).toHaveLength(0)
    await publishThroughReview('issues', issue.id)
    expect(await editionsOf(issue.id)).toHaveLength(1)
    expect(headlines(await read(issue.number))).toEqual([story.headline])
    expect(await countDatabaseOperations(payload, () => read(issue.number))).toBe(1)
  })

  it('a story unpublished leaves the edition, and comes back when it is published again', async () => {
    const [first, second] = [await makeStory('published'), await makeStory('published')]
    const issue = await makeIssue('published', [
      { blockType: 'story', story: first.id as number },
      { blockType: 'story', story: second.id as number },
    ])
    expect(headlines(await read(issue.number))).toEqual([first.headline, second.headline])
    await act('reviewer', 'unpublish', 'stories', first.id)
    expect(headlines(await read(issue.number))).toEqual([second.headline])
    await publishThroughReview('stories', first.id)
    expect(headlines(await read(issue.number))).toEqual([first.headline, second.headline])
  })

  it('two stories of one issue unpublished at the same moment both leave its edition', async () => {
    for (let round = 0; round < 3; round++) {
      const stories = [
        await makeStory('published'),
        await makeStory('published'),
        await makeStory('published'),
      ]
      const issue = await makeIssue(
        'published',
        stories.map((story) => ({ blockType: 'story' as const, story: story.id as number })),
      )
      await Promise.all(
        stories.slice(0, 2).map((story) => act('reviewer', 'unpublish', 'stories', story.id)),
      )
      expect(headlines(await read(issue.number))).toEqual([stories[2].headline])
    }
  })

  it('a new draft of a published story leaves the edition showing the published version', async () => {
    const story = await makeStory('published')
    const issue = await makeIssue('published', [{ blockType: 'story', story: story.id as number }])
    await payload.update({
      collection: 'stories',
      data: { headline: `Unapproved ${story.headline}` },
      draft: true,
      id: story.id,
      req: await actingAs('editor'),
    })
    expect(headlines(await read(issue.number))).toEqual([story.headline])
  })

  it('a figure edited, a sponsor unpublished and a linked story published reach the edition', async () => {
    const figure = await makeFigure()
    const linked = await makeStory('draft')
    const linking = await makeStory('draft', undefined, figure.id, [
      {
        blockType: 'whatsNew',
        body: richText(
          paragraph({
            ...link('the other story', ''),
            fields: {
              doc: { relationTo: 'stories', value: linked.id },
              linkType: 'internal',
              newTab: false,
            },
          }),
        ),
      },
      { blockType: 'whyItMatters', body: richText(paragraph('It matters.')) },
      { blockType: 'wereThinking', body: richText(paragraph('We think so.')) },
    ])
    const sponsor = await makeSponsor('published')
    const issue = await makeIssue('draft', [
      { blockType: 'story', story: linking.id as number },
      { blockType: 'sponsor', sponsor: sponsor.id as number },
    ])
    // The story rules refuse links into the CMS, so an admin publishes the story and its issue with a stated override.
    const override = {
      overrideReason: 'Testing that publishing a linked story reaches the edition.',
    }
    for (const [collection, id] of [
      ['stories', linking.id],
      ['issues', issue.id],
    ] as const) {
      for (const action of ['submit', 'approve', 'publish'] as const)
        await act('admin', action, collection, id, override)
    }
    const storyOf = async () => (await read(issue.number)).layout[0].story

    const alt = `A new description of figure ${figure.id}, written after publishing`
    await payload.update({
      collection: 'figures',
      data: { alt },
      id: figure.id,
      req: await actingAs('editor'),
    })
    expect((await storyOf()).heroFigure.alt).toBe(alt)

    expect((await storyOf()).sections[0].html).toContain('<a href="#">the other story</a>')
    const published = await publishThroughReview('stories', linked.id)
    expect((await storyOf()).sections[0].html).toContain(`href="/stories/${published.slug}"`)

    await act('reviewer', 'unpublish', 'sponsors', sponsor.id)
    expect((await read(issue.number)).layout.map((block: any) => block.kind)).toEqual(['story'])
  })

  it('unpublishing or deleting an issue removes its edition: the site answers 404 and nothing is left behind', async () => {
    const unpublished = await makeIssue('published', [
      { blockType: 'story', story: (await makeStory('published')).id as number },
    ])
    await act('reviewer', 'unpublish', 'issues', unpublished.id)
    expect(await editionsOf(unpublished.id)).toHaveLength(0)
    expect((await rest('GET', `/site/issues/number/${unpublished.number}`)).status).toBe(404)

    const deleted = await makeIssue('published', [
      { blockType: 'story', story: (await makeStory('published')).id as number },
    ])
    expect(await editionsOf(deleted.id)).toHaveLength(1)
    const response = await rest('DELETE', `/issues/${deleted.id}`, {
      token: await loginAs('admin'),
    })
    expect(response.status).toBe(200)
    expect(await editionsOf(deleted.id)).toHaveLength(0)
    expect(await read(deleted.number)).toBeNull()
  })

  it('no caller reaches editions through Payload’s own API: the site queries are their only reader', async () => {
    await makeIssue('published', [
      { blockType: 'story', story: (await makeStory('published')).id as number },
    ])
    for (const token of [undefined, await loginAs('admin')]) {
      expect((await rest('GET', '/issue-editions', { token })).status).toBe(403)
      expect(
        (
          await rest('POST', '/issue-editions', {
            body: { content: {}, issue: '1', number: 1 },
            token,
          })
        ).status,
      ).toBe(403)
    }
    const query = await graphql('{ IssueEditions { docs { content } } }')
    expect(query.body.errors?.[0]?.message).toMatch(/Cannot query field "IssueEditions"/)
    await expect(
      payload.find({ collection: 'issue-editions', overrideAccess: false }),
    ).rejects.toMatchObject({ status: 403 })
  })
})
