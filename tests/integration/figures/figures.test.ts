import fs from 'node:fs'
import path from 'node:path'

import sharp from 'sharp'

import type { Figure } from '../../../payload-types'
import {
  fetchFile,
  graphql,
  loginAs,
  payload,
  rest,
  unique,
  upload,
  type UploadFile,
} from '../../support/api'
import { makeStory } from '../../support/fixtures'
import {
  bands,
  cmykJpeg,
  displayP3Png,
  hugePng,
  htmlPage,
  oversized,
  p3Colour,
  pdfDocument,
  photo,
  pixelAt,
  privateTexts,
  sidewaysPhoto,
  sixteenBitPng,
  svgImage,
  truncatedJpeg,
} from '../../support/images'

afterAll(() => payload.destroy())

const figuresDir = process.env.FIGURES_DIR as string
const filesOnDisk = (): string[] => fs.readdirSync(figuresDir).sort()
const onDisk = (filename: string): Buffer => fs.readFileSync(path.join(figuresDir, filename))
const runFigureQueue = () => payload.jobs.run({ limit: 100, queue: 'figures' })

/** No stored file keeps a photo's EXIF, XMP or IPTC block, nor any text of them. */
async function expectNoPrivateData(filenames: string[]): Promise<void> {
  expect(filenames.length).toBeGreaterThan(0)
  for (const filename of filenames) {
    const data = onDisk(filename)
    const { exif, iptc, xmp } = await sharp(data).metadata()
    expect({ filename, exif, iptc, xmp }).toEqual({
      filename,
      exif: undefined,
      iptc: undefined,
      xmp: undefined,
    })
    expect({ filename, kept: privateTexts.filter((text) => data.includes(text)) }).toEqual({
      filename,
      kept: [],
    })
  }
}

let editor: string
let admin: string
beforeAll(async () => {
  editor = await loginAs('editor')
  admin = await loginAs('admin')
})

const jpegFile = (data: Buffer, name = `photo-${unique()}.jpg`): UploadFile => ({
  data,
  name,
  type: 'image/jpeg',
})

async function uploadFigure(file: UploadFile, data: Record<string, unknown> = {}) {
  const response = await upload('POST', '/figures', {
    data: { alt: `Figure ${unique()}`, ...data },
    file,
    token: editor,
  })
  if (response.status !== 201)
    throw new Error(`upload failed with ${response.status}: ${JSON.stringify(response.body)}`)
  return response.body.doc as Figure
}

const sourcesOf = (figure: Figure) => figure.sources ?? []
const source = (figure: Figure, variant: string, format: string) =>
  sourcesOf(figure).find((item) => item.variant === variant && item.format === format)

const deleteFigure = async (figure: Figure) =>
  expect((await rest('DELETE', `/figures/${figure.id}`, { token: admin })).status).toBe(200)

describe('bad files are refused and leave nothing behind', () => {
  const cases: {
    expected: RegExp
    file: () => Promise<UploadFile> | UploadFile
    name: string
    status: number
  }[] = [
    {
      name: 'an empty file',
      expected: /The file is empty/,
      file: () => jpegFile(Buffer.alloc(0)),
      status: 400,
    },
    {
      name: 'a truncated JPEG',
      expected: /damaged or incomplete/,
      file: async () => jpegFile(await truncatedJpeg()),
      status: 400,
    },
    {
      name: 'an HTML page renamed .jpg',
      expected: /HTML page, not an image/,
      file: () => jpegFile(htmlPage(), 'holiday.jpg'),
      status: 400,
    },
    {
      name: 'a PDF',
      expected: /PDF document, not an image/,
      file: () => ({ data: pdfDocument(), name: 'report.pdf', type: 'application/pdf' }),
      status: 400,
    },
    {
      name: 'an SVG',
      expected: /SVG images are not accepted/,
      file: () => ({ data: svgImage(), name: 'logo.svg', type: 'image/svg+xml' }),
      status: 400,
    },
    {
      name: 'a file over the byte limit',
      expected: /larger than the upload limit of 25 MB/,
      file: () => jpegFile(oversized(26 * 1024 * 1024)),
      status: 413,
    },
  ]

  it.each(cases)('refuses $name with $status', async ({ expected, file, status }) => {
    const before = filesOnDisk()
    const { totalDocs } = await payload.count({ collection: 'figures' })
    const alt = `Refused ${unique()}`

    const response = await upload('POST', '/figures', {
      data: { alt },
      file: await file(),
      token: editor,
    })

    expect(response.status).toBe(status)
    const [error] = response.body.errors
    if (status === 400)
      expect(error.data.errors).toEqual([
        { message: expect.stringMatching(expected), path: 'file' },
      ])
    else expect(error.message).toMatch(expected)
    expect(filesOnDisk()).toEqual(before)
    expect((await payload.count({ collection: 'figures' })).totalDocs).toBe(totalDocs)
    expect(
      (await payload.count({ collection: 'figures', where: { alt: { equals: alt } } })).totalDocs,
    ).toBe(0)

    const next = await uploadFigure(jpegFile(await photo(400, 300)))
    expect(next.width).toBe(400)
    await deleteFigure(next)
  })

  it('answers 403 to a caller who may not upload, before looking at the file', async () => {
    const before = filesOnDisk()
    for (const file of [jpegFile(await photo(400, 300)), jpegFile(htmlPage())]) {
      const response = await upload('POST', '/figures', { data: { alt: 'Anonymous' }, file })
      expect(response.status).toBe(403)
    }
    expect(filesOnDisk()).toEqual(before)
  })

  it('refuses a 20000 x 20000 PNG from its header, without decoding its 400 megapixels', async () => {
    const png = await hugePng()
    const before = filesOnDisk()
    const { totalDocs } = await payload.count({ collection: 'figures' })
    const baseline = process.memoryUsage().rss
    let peak = baseline
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5)
    const started = performance.now()

    const response = await upload('POST', '/figures', {
      data: { alt: 'Huge' },
      file: { data: png, name: 'huge.png', type: 'image/png' },
      token: editor,
    })

    const elapsed = performance.now() - started
    clearInterval(sampler)
    expect(response.status).toBe(400)
    expect(response.body.errors[0].data.errors).toEqual([
      {
        message:
          'The image is 20000 x 20000 pixels (400 megapixels); figures can have at most 50 megapixels.',
        path: 'file',
      },
    ])
    // Decoding it would take 1.2 GB of pixels and seconds; reading the header takes neither.
    expect(peak - baseline).toBeLessThan(150 * 1024 * 1024)
    expect(elapsed).toBeLessThan(2000)
    expect(filesOnDisk()).toEqual(before)
    expect((await payload.count({ collection: 'figures' })).totalDocs).toBe(totalDocs)

    const next = await uploadFigure(jpegFile(await photo(400, 300)))
    await deleteFigure(next)
  })
})

describe('colour: CMYK, 16-bit and ICC-profiled images are accepted and stored as 8-bit sRGB', () => {
  it.each([
    {
      expected: [255, 0, 0],
      file: async () => jpegFile(await cmykJpeg()),
      name: 'a CMYK JPEG',
      tolerance: 40,
    },
    {
      expected: [255, 0, 0],
      file: async () => ({ data: await sixteenBitPng(), name: 'deep.png', type: 'image/png' }),
      name: 'a 16-bit PNG',
      tolerance: 2,
    },
    {
      expected: p3Colour,
      file: async () => ({ data: await displayP3Png(), name: 'wide.png', type: 'image/png' }),
      name: 'a Display P3 PNG',
      tolerance: 3,
    },
  ])('$name', async ({ expected, file, tolerance }) => {
    const figure = await uploadFigure(await file())
    for (const filename of [figure.filename!, ...sourcesOf(figure).map((item) => item.filename)]) {
      const data = onDisk(filename)
      const metadata = await sharp(data).metadata()
      expect({ depth: metadata.depth, icc: metadata.icc, space: metadata.space }).toEqual({
        depth: 'uchar',
        icc: undefined,
        space: 'srgb',
      })
      const [r, g, b] = await pixelAt(data, 5, 5)
      expect(
        Math.max(Math.abs(r - expected[0]), Math.abs(g - expected[1]), Math.abs(b - expected[2])),
      ).toBeLessThanOrEqual(tolerance)
    }
    await deleteFigure(figure)
  })
})

describe('the files every figure gets', () => {
  let figure: Figure

  beforeAll(async () => {
    figure = await uploadFigure(jpegFile(await photo(1800, 1200), 'street scene.jpg'))
  })

  it('stores a cleaned original with its size and aspect ratio', async () => {
    expect(figure).toMatchObject({
      aspectRatio: 1.5,
      height: 1200,
      mimeType: 'image/jpeg',
      width: 1800,
    })
    expect(figure.filename).toMatch(/^street scene.*\.jpg$/)
  })

  it('makes every width in WebP, JPEGs for email and both crops, with the sizes it reports', async () => {
    const made = sourcesOf(figure).map(
      ({ format, height, variant, width }) => `${variant} ${format} ${width}x${height}`,
    )
    expect(made.sort()).toEqual(
      [
        'card jpeg 1200x675',
        'card webp 1200x675',
        'thumbnail jpeg 400x400',
        'thumbnail webp 400x400',
        'w1024 jpeg 1024x683',
        'w1024 webp 1024x683',
        'w1600 webp 1600x1067',
        'w320 webp 320x213',
        'w640 jpeg 640x427',
        'w640 webp 640x427',
      ].sort(),
    )
    for (const item of sourcesOf(figure)) {
      const data = onDisk(item.filename)
      const metadata = await sharp(data).metadata()
      expect({
        format: metadata.format,
        height: metadata.height,
        size: data.length,
        width: metadata.width,
      }).toEqual({
        format: item.format,
        height: item.height,
        size: item.filesize,
        width: item.width,
      })
    }
    expect(figure.formatsReady).toEqual(['jpeg', 'webp'])
  })

  it('strips camera, owner and GPS data (EXIF, XMP, IPTC) from the original and every rendition', async () => {
    const uploaded = await photo(1800, 1200)
    const sent = await sharp(uploaded).metadata()
    expect({ exif: !!sent.exif, iptc: !!sent.iptc, xmp: !!sent.xmp }).toEqual({
      exif: true,
      iptc: true,
      xmp: true,
    })
    expect(privateTexts.filter((text) => uploaded.includes(text))).toEqual(privateTexts)
    await expectNoPrivateData([figure.filename!, ...sourcesOf(figure).map((item) => item.filename)])
  })

  it('gives a placeholder: a tiny blurred image and the dominant colour', async () => {
    const { dataURL } = figure.placeholder ?? {}
    expect(dataURL).toMatch(/^data:image\/webp;base64,/)
    const tiny = await sharp(Buffer.from(dataURL!.split(',')[1], 'base64')).metadata()
    expect(Math.max(tiny.width!, tiny.height!)).toBeLessThanOrEqual(24)
    expect(dataURL!.length).toBeLessThan(1000)

    const blue = await uploadFigure(
      jpegFile(
        await sharp({ create: { background: '#1040d0', channels: 3, height: 300, width: 400 } })
          .jpeg()
          .toBuffer(),
      ),
    )
    const hex = blue.placeholder!.color!
    expect(hex).toMatch(/^#[0-9a-f]{6}$/)
    const [r, g, b] = [1, 3, 5].map((start) => parseInt(hex.slice(start, start + 2), 16))
    expect(
      Math.max(Math.abs(r - 0x10), Math.abs(g - 0x40), Math.abs(b - 0xd0)),
    ).toBeLessThanOrEqual(12)
    await deleteFigure(blue)
  })

  it('lists srcset-ready sources and the placeholder through GraphQL, and their URLs serve the files', async () => {
    const { body } = await graphql(
      `
        query ($id: Int!) {
          Figure(id: $id) {
            width
            height
            aspectRatio
            formatsReady
            placeholder {
              color
              dataURL
            }
            sources {
              variant
              format
              width
              height
              url
            }
          }
        }
      `,
      { token: editor, variables: { id: Number(figure.id) } },
    )
    const queried = body.data.Figure
    expect(queried).toMatchObject({
      aspectRatio: 1.5,
      formatsReady: ['jpeg', 'webp'],
      height: 1200,
      placeholder: figure.placeholder,
      width: 1800,
    })
    expect(queried.sources).toHaveLength(sourcesOf(figure).length)
    const w640 = queried.sources.find(
      (item: { format: string; variant: string }) =>
        item.variant === 'w640' && item.format === 'webp',
    )
    expect(w640).toMatchObject({
      height: 427,
      url: expect.stringMatching(/^\/api\/figures\/file\/street%20scene.*-w640\.webp$/),
      width: 640,
    })
    const file = await fetchFile(w640.url, { token: editor })
    expect(file.status).toBe(200)
    expect(file.type).toBe('image/webp')
    expect((await sharp(file.data).metadata()).width).toBe(640)
  })

  it('lists the same sources through REST', async () => {
    const { body, status } = await rest('GET', `/figures/${figure.id}`, { token: editor })
    expect(status).toBe(200)
    expect(body.sources.map((item: { url: string }) => item.url)).toEqual(
      sourcesOf(figure).map((item) => `/api/figures/file/${encodeURIComponent(item.filename)}`),
    )
  })

  it('adds AVIF once the queue has run, with every width and crop', async () => {
    await runFigureQueue()
    const { body } = await rest('GET', `/figures/${figure.id}`, { token: editor })
    expect(body.formatsReady).toEqual(['avif', 'jpeg', 'webp'])
    const avif = body.sources.filter((item: { format: string }) => item.format === 'avif')
    expect(
      avif
        .map(
          ({ height, variant, width }: { height: number; variant: string; width: number }) =>
            `${variant} ${width}x${height}`,
        )
        .sort(),
    ).toEqual(
      [
        'card 1200x675',
        'thumbnail 400x400',
        'w1024 1024x683',
        'w1600 1600x1067',
        'w320 320x213',
        'w640 640x427',
      ].sort(),
    )
    for (const item of avif) {
      const metadata = await sharp(onDisk(item.filename)).metadata()
      expect({ format: metadata.format, height: metadata.height, width: metadata.width }).toEqual({
        format: 'heif',
        height: item.height,
        width: item.width,
      })
      expect(metadata.compression).toBe('av1')
    }
    await expectNoPrivateData(avif.map((item: { filename: string }) => item.filename))
  })

  it('deletes the original and every rendition with the figure', async () => {
    const { body } = await rest('GET', `/figures/${figure.id}`, { token: editor })
    const filenames = [
      body.filename,
      ...body.sources.map((item: { filename: string }) => item.filename),
    ]
    expect(filenames.every((filename) => filesOnDisk().includes(filename))).toBe(true)
    await deleteFigure(figure)
    expect(filenames.filter((filename) => filesOnDisk().includes(filename))).toEqual([])
  })
})

describe('sizes are never upscaled', () => {
  it('gives a small image only the widths below its own, plus its own', async () => {
    const small = await uploadFigure(jpegFile(await photo(500, 300)))
    const made = sourcesOf(small).map(
      ({ format, height, variant, width }) => `${variant} ${format} ${width}x${height}`,
    )
    expect(made.sort()).toEqual(
      [
        'card jpeg 500x281',
        'card webp 500x281',
        'thumbnail jpeg 300x300',
        'thumbnail webp 300x300',
        'w320 webp 320x192',
        'w500 jpeg 500x300',
        'w500 webp 500x300',
      ].sort(),
    )
    await deleteFigure(small)
  })

  it('caps the original at 3200 px on its long side', async () => {
    const large = await uploadFigure(jpegFile(await photo(4000, 2000)))
    expect({ height: large.height, width: large.width }).toEqual({ height: 1600, width: 3200 })
    const metadata = await sharp(onDisk(large.filename!)).metadata()
    expect({ height: metadata.height, width: metadata.width }).toEqual({
      height: 1600,
      width: 3200,
    })
    await deleteFigure(large)
  })
})

describe('orientation', () => {
  it('turns a sideways phone photo upright in the original and every rendition', async () => {
    const figure = await uploadFigure(jpegFile(await sidewaysPhoto(1200, 800)))
    expect({ height: figure.height, width: figure.width }).toEqual({ height: 800, width: 1200 })
    for (const filename of [
      figure.filename!,
      source(figure, 'w320', 'webp')!.filename,
      source(figure, 'w640', 'jpeg')!.filename,
    ]) {
      const data = onDisk(filename)
      const { height, orientation, width } = await sharp(data).metadata()
      expect(orientation).toBeUndefined()
      expect(width! > height!).toBe(true)
      // Top-left red, bottom-right yellow: the way the photographer held it.
      const [r, g, b] = await pixelAt(data, 3, 3)
      expect(r).toBeGreaterThan(200)
      expect(g + b).toBeLessThan(60)
      const [r2, g2, b2] = await pixelAt(data, width! - 4, height! - 4)
      expect(r2 + g2).toBeGreaterThan(400)
      expect(b2).toBeLessThan(60)
    }
    await deleteFigure(figure)
  })
})

describe('focal-point crops', () => {
  const centreColour = async (filename: string) => {
    const data = onDisk(filename)
    const { height, width } = await sharp(data).metadata()
    return pixelAt(data, Math.floor(width! / 2), Math.floor(height! / 2))
  }
  const red = [255, 0, 0]
  const yellow = [255, 255, 0]
  const near = (actual: number[], expected: number[]) =>
    actual.every((value, index) => Math.abs(value - expected[index]) < 40)

  it('centres the crops on the focal point, and re-makes them when it moves', async () => {
    const figure = await uploadFigure(jpegFile(await bands(3000, 1000)), { focalX: 15, focalY: 50 })
    expect({ x: figure.focalX, y: figure.focalY }).toEqual({ x: 15, y: 50 })
    const thumbnail = source(figure, 'thumbnail', 'webp')!
    expect(near(await centreColour(thumbnail.filename), red)).toBe(true)
    const card = source(figure, 'card', 'jpeg')!
    expect(near(await centreColour(card.filename), red)).toBe(true)

    const moved = await rest('PATCH', `/figures/${figure.id}`, {
      body: { focalX: 85, focalY: 50 },
      token: editor,
    })
    expect(moved.status).toBe(200)
    const after = moved.body.doc as Figure
    const newThumbnail = source(after, 'thumbnail', 'webp')!
    expect(newThumbnail.filename).not.toBe(thumbnail.filename)
    expect(near(await centreColour(newThumbnail.filename), yellow)).toBe(true)
    expect(near(await centreColour(source(after, 'card', 'jpeg')!.filename), yellow)).toBe(true)
    // The old crops are gone; the widths, which do not depend on the focal point, are kept.
    expect(filesOnDisk()).not.toContain(thumbnail.filename)
    expect(filesOnDisk()).not.toContain(card.filename)
    expect(source(after, 'w640', 'webp')!.filename).toBe(source(figure, 'w640', 'webp')!.filename)

    await runFigureQueue()
    const withAvif = (await payload.findByID({ collection: 'figures', id: figure.id })) as Figure
    expect(near(await centreColour(source(withAvif, 'thumbnail', 'avif')!.filename), yellow)).toBe(
      true,
    )
    await deleteFigure(withAvif)
  })

  it('keeps the stored renditions when a save sends its own', async () => {
    const figure = await uploadFigure(jpegFile(await photo(800, 600)))
    const forged = await rest('PATCH', `/figures/${figure.id}`, {
      body: {
        caption: 'New caption',
        placeholder: { color: '#000000' },
        sources: [
          {
            filename: '../../etc/passwd',
            format: 'jpeg',
            filesize: 1,
            height: 1,
            variant: 'w1',
            width: 1,
          },
        ],
      },
      token: editor,
    })
    expect(forged.status).toBe(200)
    expect(forged.body.doc.caption).toBe('New caption')
    expect(forged.body.doc.sources.map((item: { filename: string }) => item.filename)).toEqual(
      sourcesOf(figure).map((item) => item.filename),
    )
    expect(forged.body.doc.placeholder).toEqual(figure.placeholder)
    await deleteFigure(figure)
  })
})

describe('replacing the file', () => {
  it('makes new renditions and removes the old ones', async () => {
    const figure = await uploadFigure(jpegFile(await photo(1200, 800)))
    const old = sourcesOf(figure).map((item) => item.filename)
    const replaced = await upload('PATCH', `/figures/${figure.id}`, {
      file: jpegFile(await photo(900, 900), 'square.jpg'),
      token: editor,
    })
    expect(replaced.status).toBe(200)
    const after = replaced.body.doc as Figure
    expect({ height: after.height, width: after.width }).toEqual({ height: 900, width: 900 })
    expect(source(after, 'w640', 'webp')).toMatchObject({ height: 640, width: 640 })
    expect(old.filter((filename) => filesOnDisk().includes(filename))).toEqual([])
    expect(sourcesOf(after).every((item) => filesOnDisk().includes(item.filename))).toBe(true)
    await expectNoPrivateData([after.filename!, ...sourcesOf(after).map((item) => item.filename)])
    await deleteFigure(after)
  })
})

describe('renditions are under the same embargo as the figure', () => {
  it('serves a rendition to the public only once a published document uses the figure', async () => {
    const figure = await uploadFigure(jpegFile(await photo(800, 600)))
    await makeStory('draft', `Draft using a figure ${unique()}`, figure.id)
    const url = source(figure, 'w640', 'webp')!.url!

    const anonymous = await fetchFile(url)
    expect([403, 404]).toContain(anonymous.status)
    expect(anonymous.type).not.toBe('image/webp')
    expect((await fetchFile(url, { token: editor })).status).toBe(200)

    await makeStory('published', `Published using a figure ${unique()}`, figure.id)
    const released = await fetchFile(url)
    expect(released.status).toBe(200)
    expect(released.type).toBe('image/webp')
  })
})

describe('the AVIF task', () => {
  it('is retried after a failure and never leaves a half-written figure', async () => {
    const figure = await uploadFigure(jpegFile(await photo(1200, 800)))
    const stem = figure.filename!.replace(/\.jpg$/, '')
    const avifFiles = () =>
      filesOnDisk().filter((name) => name.startsWith(stem) && name.endsWith('.avif'))
    // With its original gone for a moment, the task fails; it must leave the figure as it was.
    const original = path.join(figuresDir, figure.filename!)
    fs.renameSync(original, `${original}.away`)
    try {
      await runFigureQueue()
      const failed = (await payload.findByID({ collection: 'figures', id: figure.id })) as Figure
      expect(failed.formatsReady).toEqual(['jpeg', 'webp'])
      expect(sourcesOf(failed)).toEqual(sourcesOf(figure))
      expect(avifFiles()).toEqual([])
    } finally {
      fs.renameSync(`${original}.away`, original)
    }

    await runFigureQueue()
    const done = (await payload.findByID({ collection: 'figures', id: figure.id })) as Figure
    expect(done.formatsReady).toEqual(['avif', 'jpeg', 'webp'])
    expect(avifFiles().sort()).toEqual(
      sourcesOf(done)
        .filter((item) => item.format === 'avif')
        .map((item) => item.filename)
        .sort(),
    )
    expect(avifFiles()).toHaveLength(6)
    await deleteFigure(done)
  })
})
