import { figure, link, paragraph, richText, text } from '../../src/shared/lexical'
import { richTextHTML } from '../../src/site/html'

describe('section HTML for the site', () => {
  it('keeps safe links and drops script URLs and markup', () => {
    const html = richTextHTML(
      richText(
        paragraph(
          link('the paper', 'https://example.com/paper'),
          ' and ',
          link('this', 'javascript:alert(1)'),
        ),
        paragraph(text('<script>alert("x")</script>')),
      ),
    )
    expect(html).toContain('<a href="https://example.com/paper">the paper</a>')
    expect(html).not.toContain('javascript:')
    expect(html).not.toContain('<script>')
  })
})

describe('figures placed in rich text', () => {
  const populated = (value: unknown) => {
    const document = richText(figure(7))
    ;(document.root.children[0] as unknown as { value: unknown }).value = value
    return document
  }
  const placed = {
    alt: 'A "robot" <arm> sorting parcels',
    caption: 'Sorting at night',
    credit: 'Photo: Ada',
    height: 1000,
    id: 7,
    sources: [
      {
        filename: 'arm-w640.webp',
        format: 'webp',
        height: 400,
        url: '/api/figures/file/arm-w640.webp',
        variant: 'w640',
        width: 640,
      },
      {
        filename: 'arm-w320.webp',
        format: 'webp',
        height: 200,
        url: '/api/figures/file/arm-w320.webp',
        variant: 'w320',
        width: 320,
      },
      {
        filename: 'arm-w640.avif',
        format: 'avif',
        height: 400,
        url: '/api/figures/file/arm-w640.avif',
        variant: 'w640',
        width: 640,
      },
      {
        filename: 'arm-w640.jpeg',
        format: 'jpeg',
        height: 400,
        url: '/api/figures/file/arm-w640.jpeg',
        variant: 'w640',
        width: 640,
      },
      {
        filename: 'arm-card.webp',
        format: 'webp',
        height: 360,
        url: '/api/figures/file/arm-card.webp',
        variant: 'card',
        width: 640,
      },
    ],
    url: '/api/figures/file/arm.jpg',
    width: 1600,
  }

  it('become a <picture> with each ready format best first, the JPEG widths as fallback, and the caption', () => {
    const html = richTextHTML(populated(placed))
    expect(html).toContain(
      '<picture><source type="image/avif" srcset="/api/figures/file/arm-w640.avif 640w" sizes="100vw">' +
        '<source type="image/webp" srcset="/api/figures/file/arm-w320.webp 320w, /api/figures/file/arm-w640.webp 640w" sizes="100vw">' +
        '<img src="/api/figures/file/arm.jpg" srcset="/api/figures/file/arm-w640.jpeg 640w" sizes="100vw" alt="A &quot;robot&quot; &lt;arm&gt; sorting parcels" width="1600" height="1000" loading="lazy" decoding="async"></picture>',
    )
    expect(html).toContain('<figcaption>Sorting at night — Photo: Ada</figcaption>')
    expect(html).not.toContain('arm-card')
  })

  it('carry a preview token in every file URL when rendered for a preview', () => {
    const html = richTextHTML(populated(placed), (url) => `${url}?preview=t0k`)
    const urls = [...html.matchAll(/\/api\/figures\/file\/[^\s"]+/g)].map(([url]) => url)
    expect(urls.length).toBe(5)
    for (const url of urls) expect(url).toMatch(/\?preview=t0k$/)
  })

  it('leave out a figure the reader may not see (it arrives as a bare ID)', () => {
    expect(richTextHTML(populated(7))).not.toContain('<img')
  })
})
