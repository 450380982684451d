import config from '@payload-config'
import { REST_DELETE, REST_GET, REST_PATCH, REST_POST } from '@payloadcms/next/routes'
import { getPayload, type Payload } from 'payload'

import { POST as graphqlHandler } from '../../src/app/(payload)/api/graphql/route'
import { demoLogins } from '../../src/seed'
import type { Role } from '../../src/shared/roles'

/** The Payload instance of this test file, on the database its project names. */
export const payload: Payload = await getPayload({ config })

const handlers = {
  DELETE: REST_DELETE(config),
  GET: REST_GET(config),
  PATCH: REST_PATCH(config),
  POST: REST_POST(config),
}

export interface ApiResponse<T = any> {
  body: T
  headers: Headers
  status: number
}

const origin = 'http://localhost:3000'

const headersFor = (token?: string, json = true): Headers => {
  const headers = new Headers()
  if (json) headers.set('Content-Type', 'application/json')
  if (token) headers.set('Authorization', `JWT ${token}`)
  return headers
}

const read = async (response: Response): Promise<ApiResponse> => {
  const text = await response.text()
  let body: unknown = text
  try {
    body = JSON.parse(text)
  } catch {
    // Not JSON (a file, an HTML page): the raw text is what the caller asserts on.
  }
  return { body, headers: response.headers, status: response.status }
}

/** Hands a request to the route handler Next.js mounts at /api, with the path segments it would pass. */
const dispatch = (method: keyof typeof handlers, request: Request): Promise<Response> => {
  const slug = new URL(request.url).pathname
    .replace(/^\/api\//, '')
    .split('/')
    .map(decodeURIComponent)
  return handlers[method](request, { params: Promise.resolve({ slug }) })
}

/**
 * Calls the REST API through the same route handlers the Next.js server mounts at /api, so a
 * test exercises what an HTTP client gets: parsing, auth, access and status codes.
 */
export async function rest(
  method: keyof typeof handlers,
  pathAndQuery: string,
  {
    body,
    headers = {},
    token,
  }: { body?: unknown; headers?: Record<string, string>; token?: string } = {},
): Promise<ApiResponse> {
  const url = new URL(`/api${pathAndQuery}`, origin)
  const sent = headersFor(token, body !== undefined)
  for (const [name, value] of Object.entries(headers)) sent.set(name, value)
  const request = new Request(url, {
    body: body === undefined ? undefined : JSON.stringify(body),
    headers: sent,
    method,
  })
  return read(await dispatch(method, request))
}

export interface UploadFile {
  data: Buffer
  name: string
  /** The MIME type the client declares; figures are judged by their content, whatever it says. */
  type?: string
}

/**
 * Sends a file through REST as multipart form data, the way Payload's admin does: the file in
 * `file` and the other fields as JSON in `_payload`, so size limits and status codes are what an
 * HTTP client meets.
 */
export async function upload(
  method: 'PATCH' | 'POST',
  pathAndQuery: string,
  { data = {}, file, token }: { data?: Record<string, unknown>; file?: UploadFile; token?: string },
): Promise<ApiResponse> {
  const form = new FormData()
  if (file)
    form.append(
      'file',
      new Blob([new Uint8Array(file.data)], { type: file.type ?? 'application/octet-stream' }),
      file.name,
    )
  form.append('_payload', JSON.stringify(data))
  return read(
    await dispatch(
      method,
      new Request(new URL(`/api${pathAndQuery}`, origin), {
        body: form,
        headers: headersFor(token, false),
        method,
      }),
    ),
  )
}

/**
 * Sends a body exactly as given, with only the headers given (no Content-Type unless named), for
 * the requests a well-behaved client never makes: a text/plain body, a hand-built multipart body.
 */
export async function sendRaw(
  method: keyof typeof handlers,
  pathAndQuery: string,
  {
    body,
    headers = {},
    token,
  }: { body?: Uint8Array; headers?: Record<string, string>; token?: string } = {},
): Promise<ApiResponse> {
  const all = headersFor(token, false)
  for (const [name, value] of Object.entries(headers)) all.set(name, value)
  return read(
    await dispatch(
      method,
      new Request(new URL(`/api${pathAndQuery}`, origin), {
        body: body && new Uint8Array(body),
        headers: all,
        method,
      }),
    ),
  )
}

/** Fetches a file (a figure's original or rendition) through REST, keeping its bytes. */
export async function fetchFile(
  url: string,
  { token }: { token?: string } = {},
): Promise<{ data: Buffer; status: number; type: string | null }> {
  const response = await dispatch(
    'GET',
    new Request(new URL(url, origin), { headers: headersFor(token, false) }),
  )
  return {
    data: Buffer.from(await response.arrayBuffer()),
    status: response.status,
    type: response.headers.get('Content-Type'),
  }
}

let readers = 0

/**
 * Headers of a request from a reader not seen before: anonymous GraphQL is rate-limited per
 * address, and a test that reads often, about something else, must not run into that limit.
 */
export const fromAnotherReader = (): Record<string, string> => ({
  'X-Forwarded-For': `198.51.100.${(++readers % 250) + 1}`,
})

export async function graphql(
  query: string,
  {
    headers = {},
    token,
    variables,
  }: { headers?: Record<string, string>; token?: string; variables?: Record<string, unknown> } = {},
): Promise<ApiResponse> {
  const sent = headersFor(token)
  for (const [name, value] of Object.entries(headers)) sent.set(name, value)
  const request = new Request(new URL('/api/graphql', origin), {
    body: JSON.stringify({ query, variables }),
    headers: sent,
    method: 'POST',
  })
  return read(await graphqlHandler(request))
}

/** Logs a demo user in through REST and returns their token. */
export async function loginAs(role: Role): Promise<string> {
  const { email, password } = demoLogins.find((login) => login.role === role)!
  const { body, status } = await rest('POST', '/users/login', { body: { email, password } })
  if (status !== 200)
    throw new Error(`login as ${role} failed with ${status}: ${JSON.stringify(body)}`)
  return body.token
}

export async function userOf(role: Role) {
  const { email } = demoLogins.find((login) => login.role === role)!
  const { docs } = await payload.find({ collection: 'users', where: { email: { equals: email } } })
  return docs[0]
}

let counter = 0
/** A value no other test in this run uses, for unique fields such as an issue number. */
export const unique = (): number => (Date.now() % 1_000_000_000) + ++counter
