import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import sharp from 'sharp'

import { writeAllOrNone } from '../../src/figures/files'
import { limitConcurrency } from '../../src/figures/limit'
import {
  centre,
  cropBox,
  decodeImage,
  decodeWidthFor,
  planRenditions,
  processUpload,
  renderStored,
  widthsFor,
} from '../../src/figures/pipeline'
import { figureSettings } from '../../src/figures/settings'
import { sniffImage } from '../../src/figures/sniff'
import { htmlPage, pdfDocument, photo, pixelAt, svgImage } from '../support/images'

const settings = figureSettings()
const square = (format: 'avif' | 'gif' | 'jpeg' | 'png' | 'tiff' | 'webp') =>
  sharp({ create: { background: '#336699', channels: 3, height: 64, width: 96 } })
    .toFormat(format)
    .toBuffer()

describe('sniffImage tells the type from the bytes', () => {
  it.each([
    ['jpeg', 'jpeg'],
    ['png', 'png'],
    ['webp', 'webp'],
    ['avif', 'heif'],
    ['gif', 'gif'],
    ['tiff', 'tiff'],
  ] as const)('accepts %s', async (format, named) => {
    expect(sniffImage(await square(format))).toEqual({ accepted: named })
  })

  it.each([
    ['a PDF', pdfDocument(), /PDF document/],
    ['an HTML page', htmlPage(), /HTML page/],
    ['an SVG', svgImage(), /SVG images are not accepted/],
    [
      'an SVG with an XML declaration',
      Buffer.from('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"/>'),
      /SVG/,
    ],
    ['plain text', Buffer.from('just some notes'), /text file/],
    [
      'unknown binary',
      Buffer.from([0, 1, 2, 3, 4, 5, 6, 7]),
      /not a JPEG, PNG, WebP, AVIF, GIF or TIFF/,
    ],
  ])('refuses %s', (_name, data, message) => {
    const sniffed = sniffImage(data)
    expect('refused' in sniffed && sniffed.refused).toMatch(message)
  })
})

describe('limits', () => {
  it('refuses a file over the byte limit with 413 before reading it as an image', async () => {
    const small = figureSettings({ maxBytes: 1024 })
    await expect(processUpload(await photo(400, 300), small)).rejects.toMatchObject({
      message: expect.stringMatching(/^The file is \d+ KB; figures can be at most 1 KB\.$/),
      status: 413,
    })
  })

  it('refuses an image over the pixel limit from its header', async () => {
    await expect(
      processUpload(await photo(1000, 800), figureSettings({ maxPixels: 500_000 })),
    ).rejects.toMatchObject({
      message:
        'The image is 1000 x 800 pixels (0.8 megapixels); figures can have at most 0.5 megapixels.',
      status: 400,
    })
  })
})

describe('every accepted type goes through the upload path', () => {
  it.each(['jpeg', 'png', 'webp', 'avif', 'gif', 'tiff'] as const)('%s', async (format) => {
    const upload = await processUpload(await square(format), settings)
    expect({ height: upload.height, width: upload.width }).toEqual({ height: 64, width: 96 })
    expect(upload.original.format).toBe(format === 'png' || format === 'gif' ? 'png' : 'jpeg')
    expect(upload.renditions.map((item) => `${item.variant} ${item.format}`).sort()).toEqual([
      'w96 jpeg',
      'w96 webp',
    ])
  })

  it('keeps only the first frame of an animated GIF', async () => {
    const frames = await Promise.all(
      ['#ff0000', '#00ff00', '#0000ff'].map((background) =>
        sharp({ create: { background, channels: 3, height: 40, width: 40 } })
          .png()
          .toBuffer(),
      ),
    )
    const animated = await sharp(frames, { join: { animated: true } })
      .gif()
      .toBuffer()
    expect((await sharp(animated).metadata()).pages).toBe(3)
    const upload = await processUpload(animated, settings)
    const original = await sharp(upload.original.data).metadata()
    expect({ height: original.height, pages: original.pages, width: original.width }).toEqual({
      height: 40,
      pages: undefined,
      width: 40,
    })
    expect(await pixelAt(upload.original.data, 20, 20)).toEqual([255, 0, 0])
  })
})

describe('sizes and crops', () => {
  it('never upscales: widths stop at the image, which gets its own width when narrower than the largest', () => {
    expect(widthsFor(5000, [320, 640, 1024, 1600])).toEqual([320, 640, 1024, 1600])
    expect(widthsFor(1600, [320, 640, 1024, 1600])).toEqual([320, 640, 1024, 1600])
    expect(widthsFor(700, [320, 640, 1024, 1600])).toEqual([320, 640, 700])
    expect(widthsFor(200, [320, 640, 1024, 1600])).toEqual([200])
  })

  it('centres the crop box on the focal point and keeps it inside the image', () => {
    const image = { height: 1000, width: 3000 }
    const card = { height: 675, width: 1200 }
    expect(cropBox(image, card, centre)).toEqual({ height: 1000, left: 611, top: 0, width: 1778 })
    expect(cropBox(image, card, { x: 0, y: 0 })).toMatchObject({ left: 0, top: 0 })
    expect(cropBox(image, card, { x: 100, y: 100 })).toMatchObject({ left: 3000 - 1778, top: 0 })
    expect(
      cropBox({ height: 2000, width: 1000 }, { height: 400, width: 400 }, { x: 50, y: 90 }),
    ).toEqual({ height: 1000, left: 0, top: 1000, width: 1000 })
  })

  it('decodes a stored original no larger than its renditions need, with the same plan as the whole image', async () => {
    expect(decodeWidthFor({ height: 2400, width: 3200 }, settings)).toBe(1600)
    expect(decodeWidthFor({ height: 800, width: 1000 }, settings)).toBe(1000)
    // A panorama's square crop needs its full height, so it is decoded whole.
    expect(decodeWidthFor({ height: 400, width: 3200 }, settings)).toBe(3200)

    const original = await photo(3200, 2400)
    const whole = await decodeImage(original, settings)
    const avif = (item: { format: string }) => item.format === 'avif'
    const plan = planRenditions(whole, settings)
      .filter(avif)
      .map((item) => item.variant)
    const made = await renderStored(original, settings, centre, avif)
    expect(made.map((item) => item.variant).sort()).toEqual(plan.sort())
    expect(
      made.map(({ height, variant, width }) => `${variant} ${width}x${height}`).sort(),
    ).toEqual(
      [
        'card 1200x675',
        'thumbnail 400x400',
        'w1024 1024x768',
        'w1600 1600x1200',
        'w320 320x240',
        'w640 640x480',
      ].sort(),
    )
  })
})

describe('limitConcurrency', () => {
  it('runs at most the limit at once, in arrival order, and frees the slot when work fails', async () => {
    const limit = limitConcurrency(2)
    let running = 0
    let most = 0
    const started: number[] = []
    const work = (index: number) =>
      limit(async () => {
        started.push(index)
        most = Math.max(most, ++running)
        await new Promise((resolve) => setTimeout(resolve, 5))
        running--
        if (index === 1) throw new Error('fails')
        return index
      })
    const results = await Promise.allSettled([0, 1, 2, 3, 4, 5].map(work))
    expect(most).toBe(2)
    expect(started).toEqual([0, 1, 2, 3, 4, 5])
    expect(results.map((result) => result.status)).toEqual([
      'fulfilled',
      'rejected',
      'fulfilled',
      'fulfilled',
      'fulfilled',
      'fulfilled',
    ])
  })
})

describe('writeAllOrNone', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'figure-files-'))
  afterAll(() => fs.rmSync(dir, { force: true, recursive: true }))

  it('removes what it wrote when one write fails, and never overwrites a file that is there', async () => {
    fs.writeFileSync(path.join(dir, 'taken.webp'), 'another figure')
    const files = ['a.webp', 'b.webp', 'taken.webp', 'c.webp'].map((filename) => ({
      data: Buffer.from(filename),
      filename,
    }))
    await expect(writeAllOrNone(dir, files)).rejects.toThrow(/EEXIST/)
    expect(fs.readdirSync(dir)).toEqual(['taken.webp'])
    expect(fs.readFileSync(path.join(dir, 'taken.webp'), 'utf8')).toBe('another figure')

    await writeAllOrNone(
      dir,
      files.filter((file) => file.filename !== 'taken.webp'),
    )
    expect(fs.readdirSync(dir).sort()).toEqual(['a.webp', 'b.webp', 'c.webp', 'taken.webp'])
  })
})
