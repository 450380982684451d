import { demoImage } from '../../src/seed/demoImage'
import { paragraph, richText } from '../../src/lexical'
import { payload, unique } from './api'

/** A figure stored through the Local API, with a real image file. */
export async function makeFigure(alt = `Test figure ${unique()}`) {
  const data = await demoImage(['#123456', '#abcdef'], 320, 180)
  return payload.create({
    collection: 'figures',
    data: { alt },
    file: { data, mimetype: 'image/jpeg', name: `figure-${unique()}.jpg`, size: data.length },
  })
}

type Status = 'draft' | 'published'

export async function makeStory(status: Status, headline = `Story ${unique()}`, heroFigure?: number | string) {
  return payload.create({
    collection: 'stories',
    data: {
      _status: status,
      headline,
      heroFigure: heroFigure as number | undefined,
      sections: [{ blockType: 'whatsNew', body: richText(paragraph(`${headline}: what is new.`)) }],
    },
    draft: status === 'draft',
  })
}

export async function makeSponsor(status: Status, name = `Sponsor ${unique()}`) {
  return payload.create({
    collection: 'sponsors',
    data: { _status: status, disclosure: 'Sponsored', name },
    draft: status === 'draft',
  })
}
