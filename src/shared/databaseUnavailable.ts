/**
 * A request that fails because the database cannot be reached (a PostgreSQL server stopped,
 * restarting or out of reach) answers 503 with one message, over REST and GraphQL, instead of
 * Payload's 500 "Something went wrong.": the client may try again, and the app recovers by itself
 * once the database is back, as every query takes a new connection from the pool.
 */
import { APIError, type Payload, type PayloadRequest } from 'payload'

export const databaseUnavailableMessage = 'The database is unavailable just now. Try again shortly.'

/** Node's socket errors, and PostgreSQL's shutdown, start-up and connection classes (57P0x, 08xxx). */
const unavailableCodes =
  /^(ECONNREFUSED|ECONNRESET|EPIPE|ETIMEDOUT|EHOSTUNREACH|ENOTFOUND|57P0[1-3]|08\d{3})$/
/** node-postgres's own errors carry no code, nor does the adapter's "cannot begin transaction: …" that wraps one. */
const unavailableMessages =
  /\b(ECONNREFUSED|ECONNRESET|EPIPE|ETIMEDOUT|EHOSTUNREACH)\b|Connection terminated|terminating connection|connection timeout|timeout exceeded when trying to connect|is not queryable|the database system is (shutting down|starting up|in recovery mode)/i

/** Whether the error, or one it wraps (Drizzle's query error, GraphQL's located error), is the database out of reach. */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 5) return false
  const { cause, code, message, originalError } = error as {
    cause?: unknown
    code?: unknown
    message?: unknown
    originalError?: unknown
  }
  if (typeof code === 'string' && unavailableCodes.test(code)) return true
  if (typeof message === 'string' && unavailableMessages.test(message)) return true
  if (
    error instanceof AggregateError &&
    error.errors.some((inner) => isDatabaseUnavailable(inner, depth + 1))
  )
    return true
  return isDatabaseUnavailable(cause, depth + 1) || isDatabaseUnavailable(originalError, depth + 1)
}

export const databaseUnavailableError = () =>
  new APIError<null>(databaseUnavailableMessage, 503, null, true)

/** Requests during which a document could not be read for want of the database. */
const failedRequests = new WeakSet<object>()

/**
 * Payload's login strategies read the user of a token and, when that read fails, go on as if no
 * one were logged in: with the database out of reach an editor's save would answer 403, as if
 * the login were the trouble. Each document read that fails so is remembered on its request, so
 * the request answers 503 instead (hooks/shared/answerDatabaseUnavailable.ts).
 */
export function rememberUnavailableDatabase(payload: Payload): void {
  const findOne = payload.db.findOne.bind(payload.db)
  payload.db.findOne = async (args) => {
    try {
      return await findOne(args)
    } catch (error) {
      if (args.req && isDatabaseUnavailable(error)) failedRequests.add(args.req)
      throw error
    }
  }
}

export const databaseFailedDuring = (req: PayloadRequest | undefined): boolean =>
  req !== undefined && failedRequests.has(req)
