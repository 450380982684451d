import { checkDek } from '../../hooks/rules/story/checkDek'
import { checkHeadline } from '../../hooks/rules/story/checkHeadline'
import { checkSectionOrder } from '../../hooks/rules/story/checkSectionOrder'
import { rejectEmptySections } from '../../hooks/rules/story/rejectEmptySections'
import { rejectRepeatedSections } from '../../hooks/rules/story/rejectRepeatedSections'
import { requireAbsoluteLinks } from '../../hooks/rules/story/requireAbsoluteLinks'
import { requireHeroFigureWithAlt } from '../../hooks/rules/story/requireHeroFigureWithAlt'
import { requireLetterGreetingAndSignOff } from '../../hooks/rules/issue/requireLetterGreetingAndSignOff'
import { requireReadyStories } from '../../hooks/rules/issue/requireReadyStories'
import { requireSections } from '../../hooks/rules/story/requireSections'
import {
  bold,
  bulletList,
  figure,
  link,
  paragraph,
  richText,
  text,
  type LexicalNode,
} from '../../src/shared/lexical'
import { defaultRuleOptions, resolveRuleOptions } from '../../hooks/rules/options'
import { hasVisibleText } from '../../src/shared/richText'
import { checkIssue, checkStory } from '../../hooks/rules'
import type { Readiness, SectionContent, StoryContent } from '../../hooks/rules/types'
import { labelOfKind } from '../../src/shared/sections'

const options = defaultRuleOptions
const body = (...nodes: LexicalNode[]) => richText(...nodes)
const section = (blockType: string, words = `Text of ${blockType}.`): SectionContent => ({
  blockType,
  body: body(paragraph(words)),
})
const sectionsOf = (...kinds: string[]) => kinds.map((kind) => section(kind))

const readyStory = (): StoryContent => ({
  dek: 'A compact model learned to reason in fewer words.',
  headline: 'Reasoning in Shorthand',
  heroFigure: { alt: 'Two columns of notes, one long and one short', filename: 'notes.jpg', id: 1 },
  sections: sectionsOf(
    'whatsNew',
    'keyInsight',
    'howItWorks',
    'results',
    'whyItMatters',
    'wereThinking',
  ),
})

describe('each story rule', () => {
  it('passes the complete story', () => {
    expect(checkStory(readyStory(), options)).toEqual({ problems: [], ready: true })
  })

  it.each<[string, StoryContent]>([
    ['no fields at all', {}],
    ['every field cleared', { dek: null, headline: null, heroFigure: null, sections: null }],
  ])('names each missing field of a story with %s', (_case, story) => {
    expect(checkStory(story, options).problems.map(({ message, path }) => [path, message])).toEqual(
      [
        ['headline', 'The story needs a headline.'],
        ['dek', 'The story needs a dek, a sentence under the headline.'],
        ['heroFigure', 'The story needs a hero figure.'],
        ['sections', "What's new is missing."],
        ['sections', 'Why it matters is missing.'],
        ['sections', "We're thinking is missing."],
      ],
    )
  })

  it('requireSections names each missing kind, and counts a section without text as missing', () => {
    expect(requireSections.check(readyStory(), options)).toEqual([])
    const story = {
      sections: [section('whatsNew'), { blockType: 'whyItMatters', body: body(paragraph('  ')) }],
    }
    expect(requireSections.check(story, options)).toEqual([
      { message: 'Why it matters is missing: the one there has no text.', path: 'sections' },
      { message: "We're thinking is missing.", path: 'sections' },
    ])
  })

  it('rejectRepeatedSections flags a named kind used twice, not the generic section', () => {
    const fine = {
      sections: sectionsOf('whatsNew', 'section', 'section', 'whyItMatters', 'wereThinking'),
    }
    expect(rejectRepeatedSections.check(fine, options)).toEqual([])
    const twice = {
      sections: sectionsOf('whatsNew', 'results', 'results', 'whyItMatters', 'wereThinking'),
    }
    expect(rejectRepeatedSections.check(twice, options)).toEqual([
      {
        message: 'Results appears more than once; merge the sections.',
        path: 'sections.2.blockType',
      },
    ])
  })

  it('rejectEmptySections points at the empty body and at a generic section without heading', () => {
    expect(rejectEmptySections.check(readyStory(), options)).toEqual([])
    const story = {
      sections: [
        section('whatsNew'),
        { blockType: 'section', body: body(paragraph('Text.')), heading: ' ' },
        { blockType: 'results', body: body(paragraph()) },
      ],
    }
    expect(rejectEmptySections.check(story, options)).toEqual([
      { message: 'Section (section 2) has no heading.', path: 'sections.1.heading' },
      { message: 'Results (section 3) has no text.', path: 'sections.2.body' },
    ])
    expect(
      rejectEmptySections.check(
        { sections: [{ blockType: 'section', body: body(paragraph('Text.')) }] },
        options,
      ),
    ).toEqual([{ message: 'Section (section 1) has no heading.', path: 'sections.0.heading' }])
  })

  it('checkHeadline wants a headline of at most 90 characters', () => {
    expect(checkHeadline.check({ headline: 'x'.repeat(90) }, options)).toEqual([])
    expect(checkHeadline.check({ headline: '   ' }, options)).toEqual([
      { message: 'The story needs a headline.', path: 'headline' },
    ])
    expect(checkHeadline.check({ headline: 'x'.repeat(91) }, options)).toEqual([
      { message: 'The headline is 91 characters; keep it to 90 or fewer.', path: 'headline' },
    ])
    expect(checkHeadline.check({ headline: `  ${'x'.repeat(90)}\n` }, options)).toEqual([])
  })

  it('checkDek wants one sentence of at most 200 characters', () => {
    expect(
      checkDek.check(
        { dek: 'A 3.5-billion-parameter model beat U.S. benchmarks by 2 points.' },
        options,
      ),
    ).toEqual([])
    expect(checkDek.check({ dek: null }, options)).toEqual([
      { message: 'The story needs a dek, a sentence under the headline.', path: 'dek' },
    ])
    expect(checkDek.check({ dek: 'It is small. It is fast.' }, options)).toEqual([
      { message: 'The dek has 2 sentences; keep it to one sentence.', path: 'dek' },
    ])
    expect(checkDek.check({ dek: `${'word '.repeat(40).trim()}.` }, options)).toEqual([])
    expect(checkDek.check({ dek: `${'word '.repeat(41).trim()}.` }, options)).toEqual([
      { message: 'The dek is 205 characters; keep it to 200 or fewer.', path: 'dek' },
    ])
    expect(checkDek.check({ dek: ' \n ' }, options)).toEqual([
      { message: 'The story needs a dek, a sentence under the headline.', path: 'dek' },
    ])
    // Spaces around the dek are not printed, so they do not count against the limit.
    expect(checkDek.check({ dek: `  ${'word '.repeat(40).trim()}.  ` }, options)).toEqual([])
  })

  it('checkDek names a configured number of sentences', () => {
    const twoSentences = resolveRuleOptions({ limits: { dekSentences: 2 } })
    expect(checkDek.check({ dek: 'It is small. It is fast.' }, twoSentences)).toEqual([])
    expect(checkDek.check({ dek: 'It is small. It is fast. It is cheap.' }, twoSentences)).toEqual([
      { message: 'The dek has 3 sentences; keep it to 2 sentences.', path: 'dek' },
    ])
  })

  it('requireHeroFigureWithAlt wants a figure whose alt text describes it', () => {
    expect(requireHeroFigureWithAlt.check(readyStory(), options)).toEqual([])
    expect(requireHeroFigureWithAlt.check({ heroFigure: null }, options)).toEqual([
      { message: 'The story needs a hero figure.', path: 'heroFigure' },
    ])
    expect(requireHeroFigureWithAlt.check({ heroFigure: 12 }, options)).toEqual([
      { message: 'The hero figure no longer exists; choose another.', path: 'heroFigure' },
    ])
    expect(requireHeroFigureWithAlt.check({ heroFigure: { alt: ' ', id: 1 } }, options)).toEqual([
      { message: 'The hero figure has no alt text.', path: 'heroFigure' },
    ])
    expect(requireHeroFigureWithAlt.check({ heroFigure: { id: 1 } }, options)).toEqual([
      { message: 'The hero figure has no alt text.', path: 'heroFigure' },
    ])
    // A cleared relationship field arrives as an empty string from the admin form.
    expect(requireHeroFigureWithAlt.check({ heroFigure: '' }, options)).toEqual([
      { message: 'The story needs a hero figure.', path: 'heroFigure' },
    ])
  })

  it.each([
    ['IMG_2041.jpg', null],
    ['The Batch (1)-1', null],
    ['photo (2)', null],
    ['DSC 0042', null],
    ['Screenshot 2026-03-01 at 10.22.31', null],
    ['hero_final-v2', null],
    ['untitled', null],
    ['harbour at dawn', 'harbour at dawn.png'],
  ])('treats alt text %j as a file name', (alt, filename) => {
    expect(
      requireHeroFigureWithAlt.check({ heroFigure: { alt, filename, id: 1 } }, options),
    ).toEqual([
      {
        message: `The hero figure's alt text "${alt}" is a file name; describe the image instead.`,
        path: 'heroFigure',
      },
    ])
  })

  it.each([
    'Blurred human faces in different pictures',
    'Data related to SElf-supERvised (SEER), an image classifier pretrained on uncurated, unlabeled images',
    'Chart of accuracy by year (2024), with GPT-4 highlighted',
    'Screenshot of the dashboard showing three alerts',
  ])('accepts the description %j', (alt) => {
    expect(
      requireHeroFigureWithAlt.check(
        { heroFigure: { alt, filename: 'upload-1.jpg', id: 1 } },
        options,
      ),
    ).toEqual([])
  })

  it('requireAbsoluteLinks accepts http(s) URLs and names every other link with its section', () => {
    const linked = (...links: LexicalNode[]) => ({
      sections: [{ blockType: 'whatsNew', body: body(paragraph('See ', ...links)) }],
    })
    expect(
      requireAbsoluteLinks.check(
        linked(link('paper', 'https://example.com/p'), link('site', 'http://example.org')),
        options,
      ),
    ).toEqual([])
    const internal = {
      ...link('our story', ''),
      fields: { doc: { relationTo: 'stories', value: 3 }, linkType: 'internal' },
    }
    const nested = {
      sections: [
        section('whatsNew'),
        {
          blockType: 'results',
          body: body(bulletList([paragraph(link('list', 'www.example.com'))])),
        },
      ],
    }
    expect(
      requireAbsoluteLinks.check(
        linked(link('pricing', '/pricing'), link('mail', 'mailto:a@example.com'), internal),
        options,
      ),
    ).toEqual([
      {
        message: 'The link "pricing" goes to "/pricing", which is not an absolute http(s) URL.',
        path: 'sections.0.body',
      },
      {
        message:
          'The link "mail" goes to "mailto:a@example.com", which is not an absolute http(s) URL.',
        path: 'sections.0.body',
      },
      {
        message: `The link "our story" points to a document inside Newsdesk; give it the page's absolute http(s) URL.`,
        path: 'sections.0.body',
      },
    ])
    expect(requireAbsoluteLinks.check(nested, options)).toEqual([
      {
        message: 'The link "list" goes to "www.example.com", which is not an absolute http(s) URL.',
        path: 'sections.1.body',
      },
    ])
  })

  it('requireAbsoluteLinks reads a link as the reader gets it', () => {
    const linked = (node: LexicalNode) => ({
      sections: [{ blockType: 'whatsNew', body: body(paragraph('See ', node)) }],
    })
    // Pasted URLs often carry spaces, no-break ones too; the site trims them off the href.
    for (const padded of ['  https://example.com/p ', '\u00a0https://example.com/p\u00a0'])
      expect(requireAbsoluteLinks.check(linked(link('paper', padded)), options)).toEqual([])
    // Switching a link to "internal" in the editor keeps the URL typed before, but the link now
    // goes to the document.
    const switched = {
      ...link('our story', 'https://example.com/story'),
      fields: {
        doc: { relationTo: 'stories', value: 3 },
        linkType: 'internal',
        url: 'https://example.com/story',
      },
    }
    expect(requireAbsoluteLinks.check(linked(switched), options)).toEqual([
      {
        message: `The link "our story" points to a document inside Newsdesk; give it the page's absolute http(s) URL.`,
        path: 'sections.0.body',
      },
    ])
  })
})

describe('empty-body detection', () => {
  const listItem = (...children: LexicalNode[]) => ({
    ...bulletList(['x']),
    children: [{ ...(bulletList(['x']).children as LexicalNode[])[0], children }],
  })

  it.each<[string, unknown]>([
    ['no document', null],
    ['a root without children', richText()],
    ['an empty paragraph', richText(paragraph())],
    ['several empty paragraphs', richText(paragraph(), paragraph(), paragraph())],
    ['a whitespace text node', richText(paragraph('   \t  '))],
    ['no-break and zero-width spaces', richText(paragraph('\u00a0\u200b\u2060\ufeff'))],
    ['a list with an empty item', richText(listItem())],
    ['a list item holding only spaces', richText(listItem(text('  ')))],
    ['only an inline figure', richText(figure(3))],
    ['a link without text', richText(paragraph(link('', 'https://example.com')))],
  ])('sees no text in %s', (_case, document) => {
    expect(hasVisibleText(document)).toBe(false)
    expect(
      rejectEmptySections.check({ sections: [{ blockType: 'whatsNew', body: document }] }, options),
    ).toHaveLength(1)
  })

  it.each<[string, unknown]>([
    ['a paragraph', richText(paragraph('Hello.'))],
    ['text after empty paragraphs', richText(paragraph(), paragraph(' '), paragraph('Hello.'))],
    ['a list item with text', richText(bulletList(['', 'One point']))],
    ['bold text only', richText(paragraph(bold('Yes')))],
    ['a link with text', richText(paragraph(link('the paper', 'https://example.com')))],
  ])('sees text in %s', (_case, document) => {
    expect(hasVisibleText(document)).toBe(true)
  })
})

describe('section order', () => {
  const permutations = <T>(items: T[]): T[][] =>
    items.length <= 1
      ? [items]
      : items.flatMap((item, index) =>
          permutations([...items.slice(0, index), ...items.slice(index + 1)]).map((rest) => [
            item,
            ...rest,
          ]),
        )

  it("over every order of six kinds, accepts exactly What's new first, Why it matters then We're thinking last, Key insight before How it works", () => {
    const kinds = [
      'whatsNew',
      'keyInsight',
      'howItWorks',
      'results',
      'whyItMatters',
      'wereThinking',
    ]
    const accepted = permutations(kinds).filter(
      (order) => checkSectionOrder.check({ sections: sectionsOf(...order) }, options).length === 0,
    )
    expect(accepted).toEqual([
      ['whatsNew', 'keyInsight', 'howItWorks', 'results', 'whyItMatters', 'wereThinking'],
      ['whatsNew', 'keyInsight', 'results', 'howItWorks', 'whyItMatters', 'wereThinking'],
      ['whatsNew', 'results', 'keyInsight', 'howItWorks', 'whyItMatters', 'wereThinking'],
    ])
  })

  it('lets the optional and generic sections sit anywhere between the opening and the closing', () => {
    const middles = permutations(['howItWorks', 'results', 'behindTheNews', 'section'])
    for (const middle of middles) {
      const order = ['whatsNew', ...middle, 'whyItMatters', 'wereThinking']
      expect(checkSectionOrder.check({ sections: sectionsOf(...order) }, options)).toEqual([])
    }
  })

  it('in every rejected order, each problem points at the section it names', () => {
    const kinds = ['whatsNew', 'keyInsight', 'howItWorks', 'whyItMatters', 'wereThinking']
    for (const order of permutations(kinds)) {
      for (const { message, path } of checkSectionOrder.check(
        { sections: sectionsOf(...order) },
        options,
      )) {
        const index = Number(/^sections\.(\d)\.blockType$/.exec(path)?.[1])
        expect(message.startsWith(labelOfKind(order[index]))).toBe(true)
      }
    }
  })

  it('says what is out of place', () => {
    const story = {
      sections: sectionsOf('howItWorks', 'whatsNew', 'wereThinking', 'keyInsight', 'whyItMatters'),
    }
    expect(checkSectionOrder.check(story, options)).toEqual([
      { message: "What's new must be the first section.", path: 'sections.1.blockType' },
      {
        message: "Why it matters must come right before We're thinking.",
        path: 'sections.4.blockType',
      },
      { message: "We're thinking must be the last section.", path: 'sections.2.blockType' },
      { message: 'Key insight must come before How it works.', path: 'sections.3.blockType' },
    ])
  })

  it('checks only the kinds a story has; a missing one is for requireSections', () => {
    expect(
      checkSectionOrder.check({ sections: sectionsOf('howItWorks', 'wereThinking') }, options),
    ).toEqual([])
    expect(
      checkSectionOrder.check(
        { sections: sectionsOf('whatsNew', 'keyInsight', 'whyItMatters', 'wereThinking') },
        options,
      ),
    ).toEqual([])
    expect(checkSectionOrder.check({ sections: null }, options)).toEqual([])
  })
})

describe('running all rules', () => {
  it('reports every broken rule at once, each with its path', () => {
    const broken: StoryContent = {
      dek: 'First. Second.',
      headline: '',
      heroFigure: { alt: 'IMG_2041.jpg', id: 4 },
      sections: [
        section('howItWorks'),
        { blockType: 'whatsNew', body: body(paragraph(link('here', '/relative'))) },
        { blockType: 'results', body: body(paragraph('')) },
        section('results'),
      ],
    }
    const { problems, ready } = checkStory(broken, options)
    expect(ready).toBe(false)
    expect(problems.map(({ path, rule }) => [rule, path])).toEqual([
      ['checkHeadline', 'headline'],
      ['checkDek', 'dek'],
      ['requireHeroFigureWithAlt', 'heroFigure'],
      ['requireSections', 'sections'],
      ['requireSections', 'sections'],
      ['checkSectionOrder', 'sections.1.blockType'],
      ['rejectRepeatedSections', 'sections.3.blockType'],
      ['rejectEmptySections', 'sections.2.body'],
      ['requireAbsoluteLinks', 'sections.1.body'],
    ])
    expect(
      problems.every((problem) => problem.severity === 'error' && problem.message.length > 0),
    ).toBe(true)
  })
})

describe('configured rules', () => {
  it('names the kind a configured opening section must follow', () => {
    const custom = resolveRuleOptions({ sectionOrder: { opening: ['whatsNew', 'keyInsight'] } })
    const story = {
      sections: sectionsOf('whatsNew', 'results', 'keyInsight', 'whyItMatters', 'wereThinking'),
    }
    expect(checkSectionOrder.check(story, custom)).toEqual([
      { message: "Key insight must come right after What's new.", path: 'sections.2.blockType' },
    ])
  })

  it('reports a section that breaks two configured orders once', () => {
    const custom = resolveRuleOptions({ sectionOrder: { before: [['whatsNew', 'results']] } })
    const story = { sections: sectionsOf('results', 'whatsNew', 'whyItMatters', 'wereThinking') }
    expect(checkSectionOrder.check(story, custom)).toEqual([
      { message: "What's new must be the first section.", path: 'sections.1.blockType' },
    ])
  })

  it('uses a different required list and order', () => {
    const custom = resolveRuleOptions({
      requiredSections: ['whatsNew', 'howItWorks'],
      sectionOrder: { closing: ['wereThinking', 'whyItMatters'] },
    })
    const story: StoryContent = {
      ...readyStory(),
      sections: sectionsOf('whatsNew', 'howItWorks', 'wereThinking', 'whyItMatters'),
    }
    expect(checkStory(story, options).problems.map((problem) => problem.rule)).toEqual([
      'checkSectionOrder',
      'checkSectionOrder',
    ])
    expect(checkStory(story, custom)).toEqual({ problems: [], ready: true })
    const noHow: StoryContent = {
      ...readyStory(),
      sections: sectionsOf('whatsNew', 'wereThinking'),
    }
    expect(checkStory(noHow, custom).problems).toEqual([
      {
        message: 'How it works is missing.',
        path: 'sections',
        rule: 'requireSections',
        severity: 'error',
      },
    ])
  })

  it('turns a rule into a warning that never blocks, or off', () => {
    const story = { ...readyStory(), dek: 'One. Two.' }
    expect(checkStory(story, options).ready).toBe(false)
    const warned = checkStory(story, resolveRuleOptions({ severity: { checkDek: 'warning' } }))
    expect(warned).toEqual({
      problems: [
        {
          message: 'The dek has 2 sentences; keep it to one sentence.',
          path: 'dek',
          rule: 'checkDek',
          severity: 'warning',
        },
      ],
      ready: true,
    })
    expect(checkStory(story, resolveRuleOptions({ severity: { checkDek: 'off' } }))).toEqual({
      problems: [],
      ready: true,
    })
  })

  it('changes the limits', () => {
    const story = { ...readyStory(), headline: 'A headline of exactly forty characters!!' }
    expect(checkStory(story, resolveRuleOptions({ limits: { headline: 30 } })).problems).toEqual([
      {
        message: 'The headline is 40 characters; keep it to 30 or fewer.',
        path: 'headline',
        rule: 'checkHeadline',
        severity: 'error',
      },
    ])
  })

  it('refuses unknown section kinds and rules at start-up, naming them', () => {
    expect(() =>
      resolveRuleOptions({ requiredSections: ['whatsNew', 'summary' as 'whatsNew'] }),
    ).toThrow(/requiredSections.*summary/)
    expect(() =>
      resolveRuleOptions({ sectionOrder: { opening: ['section' as 'whatsNew'] } }),
    ).toThrow(/generic section/)
    expect(() => resolveRuleOptions({ severity: { checkDeck: 'warning' } })).toThrow(
      /unknown rule checkDeck/,
    )
    expect(() => resolveRuleOptions({ severity: { checkDek: 'loud' as 'warning' } })).toThrow(
      /checkDek is "loud"/,
    )
  })

  it('says in full what is wrong and what is known', () => {
    const kinds =
      'known: whatsNew, keyInsight, howItWorks, results, behindTheNews, whyItMatters, wereThinking'
    const unknown = (input: Parameters<typeof resolveRuleOptions>[0]) => () =>
      resolveRuleOptions(input)
    expect(unknown({ requiredSections: ['summary', 'lede'] as unknown as ['whatsNew'] })).toThrow(
      `newsdesk: rules.requiredSections names unknown section kinds summary, lede; ${kinds}`,
    )
    expect(unknown({ sectionOrder: { opening: ['section' as 'whatsNew'] } })).toThrow(
      `newsdesk: rules.sectionOrder.opening names unknown section kinds section (the generic section cannot be required or ordered); ${kinds}`,
    )
    expect(unknown({ sectionOrder: { closing: ['outro' as 'whatsNew'] } })).toThrow(
      `newsdesk: rules.sectionOrder.closing names unknown section kinds outro; ${kinds}`,
    )
    expect(unknown({ sectionOrder: { before: [['whatsNew', 'intro' as 'whatsNew']] } })).toThrow(
      `newsdesk: rules.sectionOrder.before names unknown section kinds intro; ${kinds}`,
    )
    expect(unknown({ severity: { checkDeck: 'warning' } })).toThrow(
      'newsdesk: rules.severity names unknown rule checkDeck; known: checkHeadline, checkDek, requireHeroFigureWithAlt, requireSections, checkSectionOrder, rejectRepeatedSections, rejectEmptySections, requireAbsoluteLinks, requireLetterGreetingAndSignOff, requireReadyStories, notePublishDate',
    )
    expect(unknown({ severity: { checkDek: 'loud' as 'warning' } })).toThrow(
      'newsdesk: rules.severity.checkDek is "loud"; use error, warning, off',
    )
  })
})

describe('issue rules', () => {
  const letter = (...lines: string[]) => richText(...lines.map((line) => paragraph(line)))
  const body =
    'This week we look at what changed, and why it matters to the people who build with it.'

  it('requireLetterGreetingAndSignOff wants a greeting, a body and a sign-off', () => {
    const check = (value: unknown) =>
      requireLetterGreetingAndSignOff.check({ letter: value, stories: [] }, options)
    expect(
      check(
        richText(paragraph('Dear friends,'), paragraph(body), paragraph(bold('Keep learning!'))),
      ),
    ).toEqual([])
    expect(check(richText(paragraph(), paragraph(' ')))).toEqual([
      { message: 'The issue needs a letter from the editor.', path: 'letter' },
    ])
    expect(check(letter(body, body, 'Keep learning!'))).toEqual([
      {
        message: 'The letter must open with a greeting line, such as "Dear friends,".',
        path: 'letter',
      },
    ])
    expect(check(letter('Dear friends,', body, body))).toEqual([
      {
        message:
          'The letter must close with a sign-off line after its body, such as "Keep learning!".',
        path: 'letter',
      },
    ])
    expect(check(letter('Dear friends,', 'Keep learning!'))).toHaveLength(1)
  })

  it('requireLetterGreetingAndSignOff tells a greeting from other opening lines', () => {
    const opening = (first: LexicalNode) =>
      requireLetterGreetingAndSignOff.check(
        { letter: richText(first, paragraph(body), paragraph('Keep learning!')), stories: [] },
        options,
      )
    const noGreeting = [
      {
        message: 'The letter must open with a greeting line, such as "Dear friends,".',
        path: 'letter',
      },
    ]
    expect(opening(paragraph('Dear Dr. Ng,'))).toEqual([])
    const longest = `Dear ${'x'.repeat(options.limits.letterLine - 6)},`
    expect(opening(paragraph(longest))).toEqual([])
    expect(opening(paragraph(`${longest}x`))).toEqual(noGreeting)
    expect(opening(paragraph('How was your week?'))).toEqual(noGreeting)
    expect(opening(paragraph('We shipped it.'))).toEqual(noGreeting)
    expect(opening({ ...paragraph('Dear friends,'), tag: 'h2', type: 'heading' })).toEqual(
      noGreeting,
    )
  })

  it('requireReadyStories names each story with problems and what they are', () => {
    const ready: Readiness = { problems: [], ready: true }
    const warned: Readiness = {
      problems: [{ message: 'Dek long.', path: 'dek', rule: 'checkDek', severity: 'warning' }],
      ready: true,
    }
    const broken: Readiness = {
      problems: [
        {
          message: 'The story needs a dek, a sentence under the headline.',
          path: 'dek',
          rule: 'checkDek',
          severity: 'error',
        },
        {
          message: "We're thinking is missing.",
          path: 'sections',
          rule: 'requireSections',
          severity: 'error',
        },
      ],
      ready: false,
    }
    const stories = [
      { headline: 'Fine', path: 'layout.0.story', readiness: ready },
      { headline: 'Warned', path: 'layout.1.story', readiness: warned },
      { headline: 'Broken', path: 'layout.3.story', readiness: broken },
      { headline: 'Story 5', path: 'layout.4.story', readiness: null },
    ]
    expect(requireReadyStories.check({ stories: stories.slice(0, 2) }, options)).toEqual([])
    expect(requireReadyStories.check({ stories }, options)).toEqual([
      {
        message: `Story "Broken" has 2 problems: The story needs a dek, a sentence under the headline. We're thinking is missing.`,
        path: 'layout.3.story',
      },
      {
        message: 'Story "Story 5" no longer exists; remove it or choose another.',
        path: 'layout.4.story',
      },
    ])
    expect(requireReadyStories.check({ stories: [] }, options)).toEqual([
      { message: 'The issue has no stories.', path: 'layout' },
    ])
    const oneError: Readiness = { problems: broken.problems.slice(1), ready: false }
    expect(
      requireReadyStories.check(
        { stories: [{ headline: 'Nearly', path: 'layout.0.story', readiness: oneError }] },
        options,
      ),
    ).toEqual([
      {
        message: `Story "Nearly" has 1 problem: We're thinking is missing.`,
        path: 'layout.0.story',
      },
    ])
  })

  it('checkIssue runs them all', () => {
    const result = checkIssue({ letter: null, stories: [] }, options)
    expect(result.ready).toBe(false)
    expect(result.problems.map((problem) => problem.rule)).toEqual([
      'requireLetterGreetingAndSignOff',
      'requireReadyStories',
      'notePublishDate',
    ])
  })

  it('notes a missing publish date as a warning that never blocks, unless made an error', () => {
    const story = {
      headline: 'Fine',
      path: 'layout.0.story',
      readiness: { problems: [], ready: true },
    }
    const letter = richText(
      ...['Dear friends,', 'The week.', 'Keep learning!'].map((line) => paragraph(line)),
    )
    const undated = { letter, stories: [story] }
    const notice = {
      message: 'No publish date: it will be set at publish.',
      path: 'publishDate',
      rule: 'notePublishDate',
      severity: 'warning',
    }
    expect(checkIssue(undated, options)).toEqual({ problems: [notice], ready: true })
    expect(checkIssue({ ...undated, publishDate: '2026-12-04T09:00:00.000Z' }, options)).toEqual({
      problems: [],
      ready: true,
    })
    const strict = resolveRuleOptions({ severity: { notePublishDate: 'error' } })
    expect(checkIssue(undated, strict)).toEqual({
      problems: [{ ...notice, severity: 'error' }],
      ready: false,
    })
    const keptDefault = resolveRuleOptions({ severity: { checkDek: 'warning' } })
    expect(keptDefault.severity).toEqual({ checkDek: 'warning', notePublishDate: 'warning' })
  })
})
