/**
 * A write whose body gives no document (text/plain, nothing at all, a JSON array) or cannot be
 * read answers 400 saying what to send, never a 500, and writes nothing.
 */
import { loginAs, payload, sendRaw, unique } from '../../support/api'
import { makeIssue, makeStory } from '../../support/fixtures'

afterAll(() => payload.destroy())

let editor: string
beforeAll(async () => {
  editor = await loginAs('editor')
})

const noDocument = /request body must be a JSON object of the document's fields.*application\/json/

const bodies = [
  {
    body: JSON.stringify({ headline: `Sent as text ${unique()}` }),
    label: 'JSON sent as text/plain',
    type: 'text/plain',
  },
  { body: 'headline=Hello', label: 'a text/plain body', type: 'text/plain' },
  { body: undefined, label: 'no body and no Content-Type', type: undefined },
  { body: '', label: 'an empty text/plain body', type: 'text/plain' },
  { body: '[{"headline":"A list"}]', label: 'a JSON array', type: 'application/json' },
]

const send = (method: 'PATCH' | 'POST', path: string, body?: string, type?: string) =>
  sendRaw(method, path, {
    body: body === undefined ? undefined : new TextEncoder().encode(body),
    headers: type ? { 'Content-Type': type } : {},
    token: editor,
  })

describe.each(['stories', 'preview-links'] as const)('POST /api/%s', (collection) => {
  it.each(bodies)('answers 400 to $label, and creates nothing', async ({ body, type }) => {
    const before = (await payload.count({ collection })).totalDocs

    const response = await send('POST', `/${collection}`, body, type)

    expect(response.status).toBe(400)
    expect(response.body.errors[0].message).toMatch(noDocument)
    expect((await payload.count({ collection })).totalDocs).toBe(before)
  })
})

it('answers 400 to an update of a story sent as text/plain, and keeps the story', async () => {
  const story = await makeStory('draft')

  const response = await send(
    'PATCH',
    `/stories/${story.id}?draft=true`,
    JSON.stringify({ headline: 'Changed' }),
    'text/plain',
  )

  expect(response.status).toBe(400)
  expect(response.body.errors[0].message).toMatch(noDocument)
  const stored = await payload.findByID({ collection: 'stories', draft: true, id: story.id })
  expect(stored.headline).toBe(story.headline)
})

it('answers 400 to multipart form data whose _payload is not JSON', async () => {
  const issue = await makeIssue('draft')
  const boundary = `newsdesk-${unique()}`
  const body = new TextEncoder().encode(
    `--${boundary}\r\nContent-Disposition: form-data; name="_payload"\r\n\r\n{"issue": ${issue.id},\r\n--${boundary}--\r\n`,
  )
  const before = (await payload.count({ collection: 'preview-links' })).totalDocs

  const response = await sendRaw('POST', '/preview-links', {
    body,
    headers: { 'Content-Type': `multipart/form-data; boundary=${boundary}` },
    token: editor,
  })

  expect(response.status).toBe(400)
  expect(response.body.errors[0].message).toMatch(/multipart form data could not be read/)
  expect((await payload.count({ collection: 'preview-links' })).totalDocs).toBe(before)
})

it('still answers a JSON body with no fields by naming the fields it needs', async () => {
  const response = await send('POST', '/stories', '', 'application/json')
  expect(response.status).toBe(400)
  expect(response.body.errors[0].data.errors).toContainEqual(
    expect.objectContaining({ path: 'headline' }),
  )
})
