/**
 * Which failures answer 503 "the database is unavailable" (src/shared/databaseUnavailable.ts):
 * those of a database out of reach, however the adapter wraps them, and no others, since a 503
 * tells the client to try the same request again.
 */
import { isDatabaseUnavailable } from '../../src/shared/databaseUnavailable'

const withCode = (message: string, code: string) => Object.assign(new Error(message), { code })

describe('a database out of reach', () => {
  it.each([
    ['a refused connection', withCode('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED')],
    [
      'a server shutting down',
      withCode('terminating connection due to administrator command', '57P01'),
    ],
    ['a server starting up', withCode('the database system is starting up', '57P03')],
    ['a connection lost mid-query', new Error('Connection terminated unexpectedly')],
    ['a pool that timed out', new Error('timeout exceeded when trying to connect')],
    [
      "the adapter's wrapped transaction error",
      new Error('Error: cannot begin transaction: connect ECONNREFUSED 127.0.0.1:5432'),
    ],
    [
      "Drizzle's query error, the cause inside",
      new Error('Failed query: select 1', {
        cause: withCode('connect ECONNREFUSED', 'ECONNREFUSED'),
      }),
    ],
    ['a GraphQL error around one', { message: 'x', originalError: withCode('lost', '08006') }],
  ])('is recognised: %s', (_what, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true)
  })

  it.each([
    ['a unique violation', withCode('duplicate key value violates unique constraint', '23505')],
    ['a syntax error', withCode('syntax error at or near "selec"', '42601')],
    ['a refusal of the app', new Error('You are not allowed to perform this action.')],
    ['nothing', undefined],
  ])('is not: %s', (_what, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false)
  })
})
