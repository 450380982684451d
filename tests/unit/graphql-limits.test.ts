import { clientAddress, fragmentCycles, withoutSuggestions } from '../../src/access/graphqlLimits'
import { windowCounter } from '../../src/access/rateLimit'

describe('GraphQL error messages in production', () => {
  it('lose graphql-js’s suggestions, which name fields the caller did not ask about', () => {
    expect(
      withoutSuggestions(
        'Cannot query field "reviewLo" on type "Story". Did you mean "reviewLog"?',
      ),
    ).toBe('Cannot query field "reviewLo" on type "Story".')
    expect(
      withoutSuggestions(
        'Unknown argument "limt" on field "Query.Stories". Did you mean "limit", "page", or "sort"?',
      ),
    ).toBe('Unknown argument "limt" on field "Query.Stories".')
    expect(withoutSuggestions('Syntax Error: Expected Name, found "}".')).toBe(
      'Syntax Error: Expected Name, found "}".',
    )
  })
})

describe('fragment cycles', () => {
  const body = (query: string) => JSON.stringify({ query })

  it('are named with graphql-js’s own message', () => {
    expect(
      fragmentCycles(
        body('query { ...F } fragment F on Query { ...G } fragment G on Query { ...F }'),
      ),
    ).toEqual(['Cannot spread fragment "F" within itself via "G".'])
    expect(fragmentCycles(body('{ ...F } fragment F on Query { ...F }'))).toEqual([
      'Cannot spread fragment "F" within itself.',
    ])
  })

  it('are not found in a document without one, or in a body that is not a query', () => {
    expect(
      fragmentCycles(
        body('{ ...F ...G } fragment F on Query { ...G } fragment G on Query { __typename }'),
      ),
    ).toEqual([])
    for (const sent of [
      '',
      'not json',
      '[]',
      'null',
      body('{ unclosed'),
      JSON.stringify({ query: 1 }),
    ])
      expect(fragmentCycles(sent)).toEqual([])
  })
})

describe('the client address', () => {
  it('is the last X-Forwarded-For entry: the one the nearest proxy, or Next.js, wrote', () => {
    expect(clientAddress(new Headers({ 'x-forwarded-for': '198.51.100.7, 203.0.113.2' }))).toBe(
      '203.0.113.2',
    )
    expect(clientAddress(new Headers({ 'x-forwarded-for': '2001:db8::1' }))).toBe('2001:db8::1')
    expect(clientAddress(new Headers())).toBe('unknown')
  })
})

describe('the request counter', () => {
  it('counts per key within a window, and starts again when the window closes', () => {
    let now = 1_000
    const count = windowCounter({ maxKeys: 10, now: () => now, windowMs: 60_000 })
    expect(count('a')).toEqual({ count: 1, endsAt: 61_000 })
    expect(count('a').count).toBe(2)
    expect(count('b').count).toBe(1)
    now = 60_999
    expect(count('a').count).toBe(3)
    now = 61_000
    expect(count('a')).toEqual({ count: 1, endsAt: 121_000 })
  })

  it('keeps at most maxKeys windows, dropping the one renewed longest ago', () => {
    let now = 0
    const count = windowCounter({ maxKeys: 2, now: () => now, windowMs: 60_000 })
    count('a')
    count('a')
    count('b')
    now = 1
    count('c')
    // "a" was pushed out, so it starts over; "b" and "c" are still counted.
    expect(count('b').count).toBe(2)
    expect(count('a').count).toBe(1)
  })
})
