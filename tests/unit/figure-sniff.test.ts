/**
 * What an upload is, told from its first bytes. Real images made by sharp are sniffed in
 * figure-pipeline.test.ts; here the headers are written out byte by byte, so the edge cases
 * (brands inside an ISO media box, truncated files, look-alike containers) stay small and fast.
 */
import { sniffImage } from '../../src/figures/sniff'

const refusal = (data: Buffer): string | undefined => {
  const sniffed = sniffImage(data)
  return 'refused' in sniffed ? sniffed.refused : undefined
}
const notAnImage = 'Its content is not a JPEG, PNG, WebP, AVIF, GIF or TIFF image.'
const textFile = 'It is a text file, not an image.'
const htmlPage = 'It is an HTML page, not an image.'
const svgRefusal =
  'SVG images are not accepted: they can carry scripts. Export the figure as PNG or JPEG.'

/** An ISO media `ftyp` box: size, type, major brand, minor version, compatible brands. */
const ftyp = (major: string, ...compatible: string[]): Buffer => {
  const box = Buffer.alloc(16 + 4 * compatible.length)
  box.writeUInt32BE(box.length, 0)
  box.write('ftyp', 4, 'latin1')
  box.write(major, 8, 'latin1')
  compatible.forEach((brand, index) => box.write(brand, 16 + 4 * index, 'latin1'))
  return box
}

/** A box of another type, e.g. the `meta` box that follows `ftyp` in a HEIF file. */
const box = (type: string, content: string): Buffer => {
  const data = Buffer.alloc(8 + content.length)
  data.writeUInt32BE(data.length, 0)
  data.write(type, 4, 'latin1')
  data.write(content, 8, 'latin1')
  return data
}

describe('AVIF is told by the brands of its ftyp box', () => {
  it.each([
    ['as the major brand', ftyp('avif', 'mif1', 'miaf')],
    ['as the major brand of the shortest ftyp box', ftyp('avif')],
    ['as a compatible brand', ftyp('mif1', 'miaf', 'avif')],
    ['for an image sequence (animated AVIF)', ftyp('avis', 'msf1')],
    ['for an image sequence named as compatible brand', ftyp('msf1', 'avis')],
  ])('accepts AVIF %s', (_case, header) => {
    expect(sniffImage(header)).toEqual({ accepted: 'heif' })
  })

  it("refuses HEIC, the iPhone's format, which shares the container but not the brand", () => {
    expect(refusal(Buffer.concat([ftyp('heic', 'mif1', 'heic'), box('meta', 'pict')]))).toBe(
      notAnImage,
    )
  })

  it('reads brands from the ftyp box only, not from the boxes after it', () => {
    const heic = Buffer.concat([ftyp('heic', 'mif1'), box('meta', 'avifavisavifavis')])
    expect(refusal(heic)).toBe(notAnImage)
  })

  it('does not read brands past the end of a truncated file', () => {
    const declaredLong = ftyp('heic', 'mif1')
    declaredLong.writeUInt32BE(64, 0)
    expect(refusal(declaredLong)).toBe(notAnImage)
  })

  it('refuses a file cut off inside its ftyp box', () => {
    expect(refusal(ftyp('avif').subarray(0, 12))).toBe(notAnImage)
  })

  it('wants the ftyp box type, not just an AVIF brand at the same place', () => {
    const header = ftyp('avif', 'mif1')
    header.write('moov', 4, 'latin1')
    expect(refusal(header)).toBe(notAnImage)
  })
})

describe('the other image signatures', () => {
  it.each([
    ['GIF87a', Buffer.from('GIF87a\x10\x00\x10\x00\x80\x00\x00', 'latin1'), 'gif'],
    ['GIF89a', Buffer.from('GIF89a\x10\x00\x10\x00\x80\x00\x00', 'latin1'), 'gif'],
    ['little-endian TIFF', Buffer.from([0x49, 0x49, 0x2a, 0x00, 8, 0, 0, 0]), 'tiff'],
    ['big-endian TIFF', Buffer.from([0x4d, 0x4d, 0x00, 0x2a, 0, 0, 0, 8]), 'tiff'],
    ['WebP', Buffer.from('RIFF\x24\x00\x00\x00WEBPVP8 ', 'latin1'), 'webp'],
    ['JPEG', Buffer.from('\xff\xd8\xff\xe0\x00\x10JFIF\x00', 'latin1'), 'jpeg'],
  ])('accepts %s', (_case, data, type) => {
    expect(sniffImage(data)).toEqual({ accepted: type })
  })

  it('refuses a WAV recording: a RIFF file, but not WebP', () => {
    expect(refusal(Buffer.from('RIFF\x24\x00\x00\x00WAVEfmt \x10\x00\x00\x00', 'latin1'))).toBe(
      notAnImage,
    )
  })

  it('refuses a file shorter than the signature it starts like', () => {
    for (const start of [
      [0xff, 0xd8],
      [0x89, 0x50, 0x4e, 0x47, 0x0d],
      [0x49, 0x49, 0x2a],
    ])
      expect(sniffImage(Buffer.from(start))).not.toHaveProperty('accepted')
  })
})

describe('text that is not an image is named for what it is', () => {
  it('takes a text mentioning an image format for a text file', () => {
    expect(refusal(Buffer.from('convert WEBP files to PNG before upload'))).toBe(textFile)
  })

  it.each([
    ['with leading blank lines', '\n\n  <!DOCTYPE html>\n<html></html>'],
    ['after a byte-order mark', '\uFEFF<!doctype html><html></html>'],
    ['that starts at its html element', '<html lang="en"><head></head></html>'],
    ['that starts with a paragraph', '<p>Hello</p>'],
  ])('an HTML page %s', (_case, page) => {
    expect(refusal(Buffer.from(page))).toBe(htmlPage)
  })

  it.each([
    ['whose root has a namespace prefix', '<?xml version="1.0"?><svg:svg xmlns:svg="x"/>'],
    ['after leading whitespace', '\n  <svg xmlns="http://www.w3.org/2000/svg"/>'],
  ])('an SVG %s', (_case, image) => {
    expect(refusal(Buffer.from(image))).toBe(svgRefusal)
  })

  it.each([
    ['an XML feed', '<?xml version="1.0"?><rss version="2.0"><channel/></rss>'],
    ['notes that mention tags', 'Mark paragraphs with <p> and icons with <svg/> tags.'],
  ])('%s is a text file', (_case, text) => {
    expect(refusal(Buffer.from(text))).toBe(textFile)
  })
})
