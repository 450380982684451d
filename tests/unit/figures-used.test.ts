import { figureIdsIn } from '../../src/figures/used'
import { figure, paragraph, richText } from '../../src/shared/lexical'

describe('figureIdsIn', () => {
  it('finds figures in upload fields and inline in nested rich text, once each', () => {
    const data = {
      heroFigure: { alt: 'populated', id: 7 },
      sections: [
        { blockType: 'whatsNew', body: richText(paragraph('text'), figure(9)) },
        { blockType: 'results', body: richText(figure(7), figure('a1b2')) },
      ],
    }
    expect(figureIdsIn(data, ['heroFigure']).sort()).toEqual([7, 9, 'a1b2'].sort())
  })

  it('ignores uploads of other collections and empty fields', () => {
    const data = { heroFigure: null, letter: richText(figure(3, 'documents')) }
    expect(figureIdsIn(data, ['heroFigure'])).toEqual([])
  })
})
