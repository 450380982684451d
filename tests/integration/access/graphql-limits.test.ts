/**
 * The limits in front of Payload's GraphQL handler (src/access/graphqlLimits.ts): a fragment
 * cycle, error messages in production, the anonymous rate limit and the time budget. The rate and
 * time tests run their own copy of the route with a clock they move themselves.
 */
import config from '@payload-config'
import { GRAPHQL_POST as payloadGraphQLPOST } from '@payloadcms/next/routes'
import { getPayload } from 'payload'

import { withGraphQLLimits, type GraphQLLimits } from '../../../src/access/graphqlLimits'
import type { Clock } from '../../../src/access/timeBudget'
import { POST as appRoute } from '../../../src/app/(payload)/api/graphql/route'
import { GET as playgroundRoute } from '../../../src/app/(payload)/api/graphql-playground/route'
import { graphql, loginAs, payload } from '../../support/api'
import { makeFigure, makeStory } from '../../support/fixtures'
import { countDatabaseOperations } from '../../support/queryCounter'

afterAll(() => payload.destroy())

type Handler = (request: Request) => Promise<Response>

/** Posts a query to `handler` as a client at `address` would, with a login if given. */
async function post(
  handler: Handler,
  query: string,
  { address, token }: { address: string; token?: string },
) {
  const headers = new Headers({ 'Content-Type': 'application/json', 'X-Forwarded-For': address })
  if (token) headers.set('Authorization', `JWT ${token}`)
  const response = await handler(
    new Request('http://localhost:3000/api/graphql', {
      body: JSON.stringify({ query }),
      headers,
      method: 'POST',
    }),
  )
  return { body: await response.json(), headers: response.headers, status: response.status }
}

/** The plugin's route in front of Payload's, with these limits and this clock. */
const limitedRoute = (clock: Clock, limits: Partial<GraphQLLimits>, handler?: Handler): Handler =>
  withGraphQLLimits(handler ?? payloadGraphQLPOST(config), () => getPayload({ config }), {
    clock,
    limits,
  })

/** NODE_ENV as the production server has it, for the length of `work`. */
async function inProduction<T>(work: () => Promise<T>): Promise<T> {
  const env = process.env as Record<string, string | undefined>
  const before = env.NODE_ENV
  env.NODE_ENV = 'production'
  try {
    return await work()
  } finally {
    env.NODE_ENV = before
  }
}

describe('a fragment cycle', () => {
  it('answers 400 with graphql-js’s message, before any database work', async () => {
    for (const [query, message] of [
      [
        'query { ...F } fragment F on Query { ...G } fragment G on Query { ...F }',
        'Cannot spread fragment "F" within itself via "G".',
      ],
      [
        '{ Stories(limit: 1) { docs { ...S } } } fragment S on Story { id heroFigure { id } ...S }',
        'Cannot spread fragment "S" within itself.',
      ],
    ]) {
      let response: Awaited<ReturnType<typeof graphql>> | undefined
      const operations = await countDatabaseOperations(payload, async () => {
        response = await graphql(query)
      })
      expect(response!.status).toBe(400)
      expect(response!.body.errors.map((error: { message: string }) => error.message)).toEqual([
        message,
      ])
      expect(operations).toBe(0)
    }
  })
})

describe('GraphQL errors in production', () => {
  const mistakes = [
    {
      query: '{ Stories(limit: 1) { docs { reviewLo } } }',
      names: 'Cannot query field "reviewLo"',
    },
    { query: '{ Stories(limt: 1) { docs { id } } }', names: 'Unknown argument "limt"' },
    {
      query: '{ Stories(limit: 1) { docs { ...X } } } fragment X on Stori { id }',
      names: 'Unknown type "Stori"',
    },
  ]

  it('name the mistake but suggest no field, argument or type ("Did you mean …")', async () => {
    // Outside production graphql-js suggests, which is what makes these cases worth checking.
    expect(JSON.stringify((await graphql(mistakes[0].query)).body)).toContain('Did you mean')
    for (const { names, query } of mistakes) {
      const response = await inProduction(() => graphql(query))
      expect(response.status).toBe(400)
      const messages = response.body.errors.map((error: { message: string }) => error.message)
      expect(messages.join('\n')).toContain(names)
      expect(messages.join('\n')).not.toContain('Did you mean')
    }
  })

  it('suggest nothing for a variable of the wrong shape either, which fails as the query runs', async () => {
    const misspelt = () =>
      graphql('query ($where: Story_where) { Stories(limit: 1, where: $where) { docs { id } } }', {
        variables: { where: { slugg: { equals: 'x' } } },
      })
    expect((await misspelt()).body.errors[0].message).toContain('Did you mean "slug" or "stage"?')
    const response = await inProduction(misspelt)
    expect(response.status).toBe(400)
    expect(response.body.errors[0].message).toMatch(
      /Field "slugg" is not defined by type "Story_where"\.$/,
    )
  })
})

describe('the schema in production', () => {
  const introspection = [
    '{ __schema { queryType { name } } }',
    '{ __type(name: "Story") { fields { name } } }',
  ]

  it('is not given out by introspection, to the public or to staff', async () => {
    // Outside production the same queries answer, so the refusal below is production's doing.
    for (const query of introspection)
      expect(
        (await graphql(query, { headers: { 'X-Forwarded-For': '203.0.113.60' } })).status,
      ).toBe(200)
    const token = await loginAs('admin')
    for (const query of introspection)
      for (const caller of [{ headers: { 'X-Forwarded-For': '203.0.113.61' } }, { token }]) {
        const response = await inProduction(() => graphql(query, caller))
        expect(response.status).toBe(400)
        expect(response.body.data).toBeUndefined()
        expect(response.body.errors[0].message).toMatch(/introspection is not allowed/)
      }
  })

  it('has no playground', async () => {
    const open = () => playgroundRoute(new Request('http://localhost:3000/api/graphql-playground'))
    const development = await open()
    expect(development.status).toBe(200)
    expect(development.headers.get('Content-Type')).toBe('text/html')
    const production = await inProduction(open)
    expect(production.status).toBe(404)
    expect(await production.text()).not.toContain('<html')
  })
})

describe('the anonymous rate limit', () => {
  // Not a site query, which the whole-answer cache would serve uncounted.
  const cheap = '{ meUser { exp } }'

  it('answers 429 with Retry-After past the limit, per address; staff are not counted', async () => {
    let now = 0
    const route = limitedRoute({ now: () => now, timer: () => () => {} }, { anonymousPerMinute: 3 })
    const reader = { address: '198.51.100.1' }
    for (let request = 0; request < 3; request++)
      expect((await post(route, cheap, reader)).status).toBe(200)

    now += 15_000
    const refused = await post(route, cheap, reader)
    expect(refused.status).toBe(429)
    expect(refused.headers.get('Retry-After')).toBe('45')
    expect(refused.body.errors[0].message).toBe(
      'Too many GraphQL requests from this address: 3 a minute are allowed without a login. Try again in 45 s.',
    )

    // Another address has a count of its own; a valid login is not counted, a forged one is.
    expect((await post(route, cheap, { address: '198.51.100.2' })).status).toBe(200)
    const token = await loginAs('editor')
    for (let request = 0; request < 5; request++)
      expect((await post(route, cheap, { ...reader, token })).status).toBe(200)
    expect((await post(route, cheap, { ...reader, token: `${token}x` })).status).toBe(429)

    // The minute is over: the address starts again.
    now += 45_000
    expect((await post(route, cheap, reader)).status).toBe(200)
  })

  it('applies to the app’s route at the configured 120 a minute', async () => {
    const reader = { address: '203.0.113.120' }
    for (let request = 0; request < 120; request++)
      expect((await post(appRoute, cheap, reader)).status).toBe(200)
    const refused = await post(appRoute, cheap, reader)
    expect(refused.status).toBe(429)
    expect(Number(refused.headers.get('Retry-After'))).toBeGreaterThan(0)
  })
})

describe('the time budget', () => {
  let storyIDs: (number | string)[]

  beforeAll(async () => {
    storyIDs = []
    for (let index = 0; index < 3; index++) {
      const figure = await makeFigure()
      storyIDs.push((await makeStory('published', undefined, figure.id)).id)
    }
  }, 300_000)

  /** The stories with their figures: the figures are read after the stories, by population. */
  const query = () =>
    `{ Stories(limit: 3, where: { OR: [${storyIDs.map((id) => `{ id: { equals: ${id} } }`).join(' ')}] }) { docs { id heroFigure { id url } } } }`

  it('stops a request whose time runs out as it works: 503, and no further database work', async () => {
    const reader = { address: '192.0.2.1' }
    const unlimited = await countDatabaseOperations(payload, () => post(appRoute, query(), reader))
    // The stories, then their figures.
    expect(unlimited).toBeGreaterThan(1)

    // Ten seconds pass while the stories are read from the database.
    let now = 0
    const clock: Clock = { now: () => now, timer: () => () => {} }
    let work: Promise<Response> | undefined
    const payloadRoute = payloadGraphQLPOST(config)
    const route = limitedRoute(clock, { timeBudgetMs: 10_000 }, (request) => {
      work = payloadRoute(request)
      return work
    })
    const { find } = payload.db
    payload.db.find = function (this: unknown, ...args: Parameters<typeof find>) {
      now += 10_000
      return find.apply(this, args)
    } as typeof find
    let response: Awaited<ReturnType<typeof post>> | undefined
    try {
      const operations = await countDatabaseOperations(payload, async () => {
        response = await post(route, query(), reader)
        await work
      })
      expect(operations).toBe(1)
    } finally {
      payload.db.find = find
    }
    expect(response!.status).toBe(503)
    expect(response!.body.errors[0].message).toBe(
      'The request ran past its time budget of 10 s and was stopped; ask for fewer documents.',
    )
  })

  it('answers 503 when the time runs out while the request waits', async () => {
    let expire = () => {}
    let armed = () => {}
    const timerSet = new Promise<void>((resolve) => (armed = resolve))
    const clock: Clock = {
      now: () => 0,
      timer: (_ms, fire) => {
        expire = fire
        armed()
        return () => {}
      },
    }
    const waitingForever = () => new Promise<Response>(() => {})
    const route = limitedRoute(clock, { timeBudgetMs: 10_000 }, waitingForever)
    const answer = post(route, query(), { address: '192.0.2.2' })
    await timerSet
    expire()
    const response = await answer
    expect(response.status).toBe(503)
    expect(response.body.errors[0].message).toMatch(/ran past its time budget of 10 s/)
  })
})
