import { link, paragraph, richText, text } from '../../src/lexical'
import { richTextHTML } from '../../src/site/html'

describe('section HTML for the site', () => {
  it('keeps safe links and drops script URLs and markup', () => {
    const html = richTextHTML(
      richText(paragraph(link('the paper', 'https://example.com/paper'), ' and ', link('this', 'javascript:alert(1)')), paragraph(text('<script>alert("x")</script>'))),
    )
    expect(html).toContain('<a href="https://example.com/paper">the paper</a>')
    expect(html).not.toContain('javascript:')
    expect(html).not.toContain('<script>')
  })
})
