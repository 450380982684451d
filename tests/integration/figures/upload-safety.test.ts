import fs from 'node:fs'

import { ValidationError } from 'payload'

import type { Figure } from '../../../payload-types'
import {
  graphql,
  loginAs,
  payload,
  rest,
  sendRaw,
  unique,
  upload,
  type UploadFile,
} from '../../support/api'
import { actingAs } from '../../support/fixtures'
import { photo } from '../../support/images'

afterAll(() => payload.destroy())

const figuresDir = process.env.FIGURES_DIR as string
const filesOnDisk = (): string[] => fs.readdirSync(figuresDir).sort()
const figureCount = async () => (await payload.count({ collection: 'figures' })).totalDocs

let editor: string
let admin: string
beforeAll(async () => {
  editor = await loginAs('editor')
  admin = await loginAs('admin')
})

const jpegFile = async (name: string): Promise<UploadFile> => ({
  data: await photo(400, 300),
  name,
  type: 'image/jpeg',
})

async function uploadFigure(file: UploadFile): Promise<Figure> {
  const response = await upload('POST', '/figures', {
    data: { alt: `Figure ${unique()}` },
    file,
    token: editor,
  })
  if (response.status !== 201)
    throw new Error(`upload failed with ${response.status}: ${JSON.stringify(response.body)}`)
  return response.body.doc
}

const deleteFigure = async (figure: Figure) =>
  expect((await rest('DELETE', `/figures/${figure.id}`, { token: admin })).status).toBe(200)

/** Runs `send` and checks that it stored nothing: no document and no file. */
async function storesNothing<T>(send: () => Promise<T>): Promise<T> {
  const [files, count] = [filesOnDisk(), await figureCount()]
  const result = await send()
  expect(filesOnDisk()).toEqual(files)
  expect(await figureCount()).toBe(count)
  return result
}

const notFromURL = [
  {
    message: expect.stringMatching(/No image file was uploaded.*not made from a `url`/),
    path: 'file',
  },
]

describe('figures are made from uploaded files only, never fetched from a URL', () => {
  // Loopback is refused by Payload's fetch; the other host does not resolve. Both were 500s.
  const urls = ['http://127.0.0.1:9/photo.jpg', 'https://images.example.invalid/photo.jpg']

  it.each(urls)('refuses a JSON create with a filename and the url %s with 400', async (url) => {
    const response = await storesNothing(() =>
      rest('POST', '/figures', {
        body: { alt: 'From a URL', filename: 'photo.jpg', url },
        token: editor,
      }),
    )
    expect(response.status).toBe(400)
    expect(response.body.errors[0].data.errors).toEqual(notFromURL)
  })

  it.each([
    {
      data: { alt: 'From a URL', filename: 'photo.jpg', url: urls[0] },
      name: 'a url and filename',
    },
    { data: { alt: 'From a URL', url: urls[0] }, name: 'a url alone' },
  ])('refuses multipart form data whose _payload has $name and no file', async ({ data }) => {
    const response = await storesNothing(() => upload('POST', '/figures', { data, token: editor }))
    expect(response.status).toBe(400)
    expect(response.body.errors[0].data.errors).toEqual(notFromURL)
  })

  it('refuses createFigure with a url through GraphQL', async () => {
    const { body } = await storesNothing(() =>
      graphql(
        `mutation { createFigure(data: { alt: "From a URL", filename: "photo.jpg", url: "${urls[0]}" }) { id } }`,
        { token: editor },
      ),
    )
    expect(body.data.createFigure).toBeNull()
    expect(body.errors[0].extensions).toMatchObject({
      data: { errors: notFromURL },
      statusCode: 400,
    })
  })

  it('refuses a url through the Local API as a user', async () => {
    const req = await actingAs('editor')
    const error = await storesNothing(() =>
      payload
        .create({
          collection: 'figures',
          data: { alt: 'From a URL', filename: 'photo.jpg', url: urls[0] },
          overrideAccess: false,
          req,
        })
        .catch((caught: unknown) => caught),
    )
    expect(error).toBeInstanceOf(ValidationError)
    expect((error as ValidationError).data.errors).toEqual(notFromURL)
  })

  it("offers no Paste URL in the admin's upload field", () => {
    // The admin's upload field shows its URL input unless the collection's pasteURL is false.
    expect(payload.collections.figures.config.upload.pasteURL).toBe(false)
  })

  it('still takes an uploaded file', async () => {
    const figure = await uploadFigure(await jpegFile(`photo-${unique()}.jpg`))
    expect(figure.sources?.length).toBeGreaterThan(0)
    await deleteFigure(figure)
  })
})

/** A multipart body built by hand, so a part's header can hold bytes that FormData would not send. */
function multipart(parts: { data: Buffer | string; header: string }[]) {
  const boundary = `newsdesk-${unique()}`
  const body = Buffer.concat([
    ...parts.flatMap(({ data, header }) => [
      Buffer.from(`--${boundary}\r\n${header}\r\n\r\n`),
      Buffer.from(data),
      Buffer.from('\r\n'),
    ]),
    Buffer.from(`--${boundary}--\r\n`),
  ])
  return { body, headers: { 'Content-Type': `multipart/form-data; boundary=${boundary}` } }
}

const unprintable = /[\p{C}\p{Zl}\p{Zp}]/u

describe('stored file names hold no control or bidirectional characters', () => {
  it.each([
    {
      expected: (n: number) => `probe${n}gnp.exe.jpg`,
      label: 'a right-to-left override',
      name: (n: number) => `probe${n}\u202egnp.exe.png`,
    },
    {
      expected: (n: number) => `zero width ${n}.jpg`,
      label: 'a zero-width space and a bidirectional isolate',
      name: (n: number) => `zero\u200b width\u2066 ${n}.jpg`,
    },
    {
      expected: () => /^figure(-\d+)?\.jpg$/,
      label: 'nothing but invisible characters',
      name: () => '\u202e\u200f.jpg',
    },
  ])('stores a name with $label cleaned, and its renditions too', async ({ expected, name }) => {
    const n = unique()
    const figure = await uploadFigure(await jpegFile(name(n)))
    const want = expected(n)
    if (typeof want === 'string') expect(figure.filename).toBe(want)
    else expect(figure.filename).toMatch(want)
    for (const source of figure.sources ?? []) expect(source.filename).not.toMatch(unprintable)
    expect(filesOnDisk().filter((file) => unprintable.test(file))).toEqual([])
    await deleteFigure(figure)
  })

  it('answers 400 to a NUL byte in the file name, and stores nothing', async () => {
    const { body, headers } = multipart([
      {
        data: await photo(400, 300),
        header:
          'Content-Disposition: form-data; name="file"; filename="photo\u0000.jpg"\r\nContent-Type: image/jpeg',
      },
      {
        data: JSON.stringify({ alt: 'NUL' }),
        header: 'Content-Disposition: form-data; name="_payload"',
      },
    ])
    const response = await storesNothing(() =>
      sendRaw('POST', '/figures', { body, headers, token: editor }),
    )
    expect(response.status).toBe(400)
    expect(response.body.errors[0].message).toMatch(
      /multipart form data could not be read.*control characters such as NUL/,
    )
  })

  it('answers 400 to a _payload that is not JSON, and stores nothing', async () => {
    const { body, headers } = multipart([
      {
        data: await photo(400, 300),
        header:
          'Content-Disposition: form-data; name="file"; filename="photo.jpg"\r\nContent-Type: image/jpeg',
      },
      { data: '{"alt": ', header: 'Content-Disposition: form-data; name="_payload"' },
    ])
    const response = await storesNothing(() =>
      sendRaw('POST', '/figures', { body, headers, token: editor }),
    )
    expect(response.status).toBe(400)
    expect(response.body.errors[0].message).toMatch(/`_payload`/)
  })
})

describe('served figure files cannot be sniffed or run as a page', () => {
  let figure: Figure
  beforeAll(async () => {
    figure = await uploadFigure(await jpegFile(`served-${unique()}.jpg`))
  })
  afterAll(() => deleteFigure(figure))

  const expectLockedDown = (headers: Headers) => {
    expect(headers.get('X-Content-Type-Options')).toBe('nosniff')
    expect(headers.get('Content-Security-Policy')).toBe(
      "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox",
    )
  }

  it('sends nosniff and a sandboxing policy with the original and every rendition', async () => {
    const files = [figure.filename!, ...(figure.sources ?? []).map((source) => source.filename)]
    for (const file of files) {
      const { headers, status } = await rest('GET', `/figures/file/${encodeURIComponent(file)}`, {
        token: editor,
      })
      expect(status).toBe(200)
      expect(headers.get('Content-Type')).toMatch(/^image\//)
      expectLockedDown(headers)
    }
  })

  it('sends them with a part of a file too', async () => {
    const { headers, status } = await sendRaw(
      'GET',
      `/figures/file/${encodeURIComponent(figure.filename!)}`,
      { headers: { Range: 'bytes=0-9' }, token: editor },
    )
    expect(status).toBe(206)
    expectLockedDown(headers)
  })
})
