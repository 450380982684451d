import fs from 'node:fs'
import path from 'node:path'

import { demoIssue, demoStories, demoSponsor } from '../../../src/seed/demoContent'
import { demoLogins } from '../../../src/seed'
import { loginAs, payload } from '../../support/api'

afterAll(() => payload.destroy())

describe('the demo seed', () => {
  it('creates one user per role, each able to log in with the printed password', async () => {
    for (const { email, role } of demoLogins) {
      const { docs } = await payload.find({
        collection: 'users',
        where: { email: { equals: email } },
      })
      expect(docs).toHaveLength(1)
      expect(docs[0].roles).toEqual([role])
      await expect(loginAs(role)).resolves.toEqual(expect.any(String))
    }
  })

  it('publishes the demo issue with its letter, five stories in order and a sponsor after the third', async () => {
    const { docs } = await payload.find({
      collection: 'issues',
      depth: 2,
      where: { number: { equals: demoIssue.number } },
    })
    expect(docs).toHaveLength(1)
    const issue = docs[0]
    expect(issue._status).toBe('published')
    expect(issue.title).toBe(demoIssue.title)

    const kinds = (issue.layout ?? []).map((block) => block.blockType)
    expect(kinds).toEqual(['story', 'story', 'story', 'sponsor', 'story', 'story'])
    const headlines = (issue.layout ?? []).flatMap((block) =>
      block.blockType === 'story' && typeof block.story === 'object' ? [block.story.headline] : [],
    )
    expect(headlines).toEqual(demoStories.map((story) => story.headline))
    const sponsorBlock = issue.layout?.[3]
    expect(
      sponsorBlock?.blockType === 'sponsor' &&
        typeof sponsorBlock.sponsor === 'object' &&
        sponsorBlock.sponsor.name,
    ).toBe(demoSponsor.name)

    const letter = JSON.stringify(issue.letter)
    expect(letter).toContain('Dear friends,')
    expect(letter).toContain('Keep learning!')
    expect(issue.letter?.root.children.some((node) => node.type === 'upload')).toBe(true)
  })

  it('writes every story with its required sections and a hero figure whose file exists', async () => {
    const { docs } = await payload.find({
      collection: 'stories',
      depth: 1,
      pagination: false,
      where: { headline: { in: demoStories.map((story) => story.headline) } },
    })
    for (const demo of demoStories) {
      const story = docs.find((doc) => doc.headline === demo.headline)
      expect(story?._status).toBe('published')
      const kinds = (story?.sections ?? []).map((section) => section.blockType)
      expect(kinds[0]).toBe('whatsNew')
      expect(kinds.slice(-2)).toEqual(['whyItMatters', 'wereThinking'])
      const hero = story?.heroFigure
      expect(typeof hero === 'object' && hero?.alt).toBe(demo.hero.alt)
      if (typeof hero !== 'object' || !hero?.filename) throw new Error('hero figure not populated')
      expect(fs.existsSync(path.join(process.env.FIGURES_DIR!, hero.filename))).toBe(true)
      expect(hero.width).toBeGreaterThan(0)
    }
  })

  it('fills in the newsletter settings', async () => {
    const newsletter = await payload.findGlobal({ slug: 'newsletter' })
    expect(newsletter.name).toBeTruthy()
    expect(newsletter.subscribeUrl).toMatch(/^https:\/\//)
  })
})
