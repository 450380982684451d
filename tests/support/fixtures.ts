import { demoImage } from '../../src/seed/demoImage'
import { bold, paragraph, richText } from '../../src/lexical'
import { payload, unique } from './api'

type ID = number | string

/** A figure stored through the Local API, with a real image file. */
export async function makeFigure(alt = `Test figure ${unique()}, a photograph of a test bench`) {
  const data = await demoImage(['#123456', '#abcdef'], 320, 180)
  return payload.create({
    collection: 'figures',
    data: { alt },
    file: { data, mimetype: 'image/jpeg', name: `figure-${unique()}.jpg`, size: data.length },
  })
}

type Status = 'draft' | 'published'

/** The sections a story needs to pass the default rules, each with a line of text. */
export const completeSections = (headline: string) => [
  { blockType: 'whatsNew' as const, body: richText(paragraph(`${headline}: what is new.`)) },
  { blockType: 'whyItMatters' as const, body: richText(paragraph(`${headline}: why it matters.`)) },
  { blockType: 'wereThinking' as const, body: richText(paragraph(`${headline}: what we think.`)) },
]

/** A story that passes every default rule, so it may be published; a hero figure is made when none is given. */
export async function makeStory(status: Status, headline = `Story ${unique()}`, heroFigure?: ID) {
  return payload.create({
    collection: 'stories',
    data: {
      _status: status,
      dek: `The one sentence under ${headline}.`,
      headline,
      heroFigure: (heroFigure ?? (await makeFigure()).id) as number,
      sections: completeSections(headline),
    },
    draft: status === 'draft',
  })
}

/** An editor's letter that passes the issue rules: greeting, body, sign-off. */
export const readyLetter = () =>
  richText(
    paragraph('Dear friends,'),
    paragraph('This week we look at what changed and why it matters to the people who build with it.'),
    paragraph(bold('Keep learning!')),
  )

export async function makeSponsor(status: Status, name = `Sponsor ${unique()}`) {
  return payload.create({
    collection: 'sponsors',
    data: { _status: status, disclosure: 'Sponsored', name },
    draft: status === 'draft',
  })
}
