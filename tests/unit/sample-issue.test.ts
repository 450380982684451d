import type { Config } from 'payload'

import { slugify } from '../../hooks/shared/slugFromField'
import { newsdesk } from '../../src'
import { defaultRuleOptions } from '../../hooks/rules/options'
import type { RuleOptions } from '../../hooks/rules/types'
import { optionsOf } from '../../src/options'
import { checkStory } from '../../hooks/rules'
import type { StoryContent } from '../../hooks/rules/types'
import { toSection } from '../../src/seed'
import { demoStories } from '../../src/seed/demoContent'
import { sampleStories, type SampleStory } from '../support/sampleIssue'

const asStory = (
  { dek, headline, heroAlt, sections }: SampleStory,
  index: number,
): StoryContent => ({
  dek,
  headline,
  heroFigure: { alt: heroAlt, filename: `${slugify(headline)}.jpg`, id: index + 1 },
  sections: sections.map(toSection),
})

const problemsOf = (options: RuleOptions) =>
  Object.fromEntries(
    sampleStories.map((sample, index) => [
      sample.headline,
      checkStory(asStory(sample, index), options).problems,
    ]),
  )

/** The app's config shape is irrelevant here: the plugin only adds to it. */
const hostConfig = { collections: [] } as unknown as Config

describe("the reference issue's five stories", () => {
  it('are transcribed in full: five stories, each opening with What’s new and closing with We’re thinking', () => {
    expect(sampleStories).toHaveLength(5)
    for (const { sections } of sampleStories) {
      expect(sections[0].kind).toBe('whatsNew')
      expect(sections.at(-1)?.kind).toBe('wereThinking')
    }
  })

  it('pass every section, headline, figure and link rule with the defaults; two research stories have two-sentence deks', () => {
    const problems = problemsOf(defaultRuleOptions)
    expect(problems['De-Facing ImageNet']).toEqual([])
    expect(problems['Would Your Doctor Take AI’s Advice?']).toEqual([])
    expect(problems['New Life for Old Songs']).toEqual([])
    // The sample opens these two with a two-sentence standfirst, longer than the default dek allows.
    expect(
      problems['Pretraining on Uncurated Data'].map(({ message, rule }) => [rule, message]),
    ).toEqual([
      ['checkDek', 'The dek has 2 sentences; keep it to one sentence.'],
      ['checkDek', 'The dek is 246 characters; keep it to 200 or fewer.'],
    ])
    expect(
      problems['Attention for Image Generation'].map(({ message, rule }) => [rule, message]),
    ).toEqual([['checkDek', 'The dek has 2 sentences; keep it to one sentence.']])
  })

  it('all pass, with no problem at all, under a newsroom that configures the plugin for two-sentence deks', () => {
    const config = newsdesk({ rules: { limits: { dek: 250, dekSentences: 2 } } })(hostConfig)
    const options = optionsOf(config).rules
    expect(options.limits).toEqual({ ...defaultRuleOptions.limits, dek: 250, dekSentences: 2 })
    for (const problems of Object.values(problemsOf(options))) expect(problems).toEqual([])
  })

  it('are all ready when the plugin turns the dek rule into a warning, which still lists the long deks', () => {
    const options = optionsOf(
      newsdesk({ rules: { severity: { checkDek: 'warning' } } })(hostConfig),
    ).rules
    const results = sampleStories.map((sample, index) =>
      checkStory(asStory(sample, index), options),
    )
    expect(results.every((result) => result.ready)).toBe(true)
    expect(results.flatMap((result) => result.problems).map((problem) => problem.severity)).toEqual(
      ['warning', 'warning', 'warning'],
    )
  })
})

describe('the plugin options', () => {
  it('default to the anatomy and are refused at config time when they name unknown kinds', () => {
    expect(optionsOf(newsdesk()(hostConfig)).rules).toEqual(defaultRuleOptions)
    expect(() =>
      newsdesk({ rules: { requiredSections: ['whatsNext' as 'whatsNew'] } })(hostConfig),
    ).toThrow(/whatsNext/)
  })
})

describe('the demo desk', () => {
  it('has stories that pass every default rule', () => {
    for (const [index, story] of demoStories.entries()) {
      const content = {
        ...story,
        heroFigure: { alt: story.hero.alt, id: index + 1 },
        sections: story.sections.map(toSection),
      }
      expect(checkStory(content, defaultRuleOptions)).toEqual({ problems: [], ready: true })
    }
  })
})
