/**
 * How GraphQL requests are limited. What a query costs is judged by Payload's complexity rule
 * before any database work (./graphqlCost). The rest is done here, in front of Payload's GraphQL
 * handler (the route of src/exports/next.ts), in this order:
 *
 * - rate: an anonymous client may make `anonymousGraphQLPerMinute` requests a minute (a plugin
 *   option) that the site's answer cache does not serve; past it the answer is 429 with
 *   Retry-After. Staff with a valid login are accountable, and not counted.
 * - shape: a document whose fragments spread each other in a cycle answers 400. graphql-js's
 *   NoFragmentCyclesRule would report it, but Payload's complexity rule runs first and follows the
 *   cycle until the stack overflows, which answered an empty 500.
 * - time: a request gets `timeBudgetMs`; then it answers 503, and hooks on the plugin's
 *   collections (`withTimeBudget`) stop its work at the next operation or document it reads
 *   (./timeBudget). What Payload does in between, such as building a query, runs to its end: the
 *   budget is a backstop behind the cost, which refuses a costly query before it starts.
 * - database: a request the database could not serve answers 503 (src/shared/databaseUnavailable.ts),
 *   also when Payload's handler failed before its own error handling, reading a login's user.
 * - answers: a request refused before it ran (invalid, too costly) answers 400 rather than
 *   graphql-http's 200, and in production no message suggests a field ("Did you mean …"), since
 *   suggestions name the hidden fields that turning introspection off is meant to keep unlisted.
 */
import { buildSchema, NoFragmentCyclesRule, parse, validate, type DocumentNode } from 'graphql'
import {
  executeAuthStrategies,
  headersWithCors,
  type CollectionConfig,
  type Payload,
} from 'payload'

import {
  stopOperationWhenOutOfTime,
  stopReadingWhenOutOfTime,
} from '../../hooks/access/stopWhenOutOfTime'
import { optionsOf } from '../options'
import { databaseUnavailableMessage, isDatabaseUnavailable } from '../shared/databaseUnavailable'
import { windowCounter, type Window } from './rateLimit'
import { budgetedRequest, systemClock, type Clock } from './timeBudget'

/**
 * Far above what a page or a publish of the desk takes (well under a second), and short enough
 * that a runaway request soon lets go of the server.
 */
export const timeBudgetMs = 10_000

/**
 * Requests are counted per address and minute, for this many addresses at most: memory stays
 * bounded whatever addresses clients claim.
 */
const rateWindowMs = 60_000
const maxCountedAddresses = 10_000

export interface GraphQLLimits {
  /** Requests per minute from one anonymous address; `false`: not limited. */
  anonymousPerMinute: number | false
  timeBudgetMs: number
}

type Handler = (request: Request) => Promise<Response>

/** An answer of Payload's that has errors: with `data` if it ran, without if it was refused. */
interface AnswerWithErrors {
  data?: unknown
  errors: { extensions?: { statusCode?: number }; message: string }[]
}

/** Set by hooks/shared/answerDatabaseUnavailable.ts: the database was out of reach. */
const isUnavailableError = (error: AnswerWithErrors['errors'][number]) =>
  error.extensions?.statusCode === 503

/** Lets a GraphQL request's time budget stop the work on this collection's documents. */
export const withTimeBudget = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  hooks: {
    ...collection.hooks,
    beforeOperation: [stopOperationWhenOutOfTime, ...(collection.hooks?.beforeOperation ?? [])],
    beforeRead: [stopReadingWhenOutOfTime, ...(collection.hooks?.beforeRead ?? [])],
  },
})

/**
 * The client as the nearest proxy saw it: the last X-Forwarded-For entry, which Next.js sets to the
 * peer's address when no proxy did. A client that reaches Next.js directly can send its own.
 */
export const clientAddress = (headers: Headers): string =>
  headers.get('x-forwarded-for')?.split(',').pop()?.trim() || 'unknown'

/** graphql-js ends a message with its suggestions: ` Did you mean "reviewLog"?`. */
export const withoutSuggestions = (message: string): string =>
  message.replace(/ Did you mean .*\?$/s, '')

const isAnonymous = async (payload: Payload, headers: Headers): Promise<boolean> =>
  !(await executeAuthStrategies({ headers, isGraphQL: true, payload })).user

/** NoFragmentCyclesRule reads the document alone; validate() asks for a schema all the same. */
const documentOnly = buildSchema('type Query { unused: Boolean }')

const documentOf = (body: string): DocumentNode | undefined => {
  try {
    const { query } = JSON.parse(body) as { query?: unknown }
    return typeof query === 'string' ? parse(query, { noLocation: true }) : undefined
  } catch {
    // Not a query this check can read: Payload's handler answers it with the reason.
    return undefined
  }
}

/** graphql-js's messages for fragments that spread each other in a cycle, if the body has any. */
export function fragmentCycles(body: string): string[] {
  // Only named fragments can spread each other: most requests have none, and are not parsed again.
  const document = body.includes('fragment') ? documentOf(body) : undefined
  if (!document) return []
  return validate(documentOnly, document, [NoFragmentCyclesRule]).map((error) => error.message)
}

const errorAnswer = (
  status: number,
  messages: string[],
  request: Request,
  payload: Payload,
  headers: Record<string, string> = {},
): Response =>
  new Response(JSON.stringify({ errors: messages.map((message) => ({ message })) }), {
    headers: headersWithCors({
      headers: new Headers({ 'Content-Type': 'application/json; charset=utf-8', ...headers }),
      req: { headers: request.headers, payload },
    }),
    status,
  })

const answerWithErrors = (text: string): AnswerWithErrors | undefined => {
  if (!text.includes('"errors"')) return undefined
  try {
    const answer = JSON.parse(text) as Partial<AnswerWithErrors> | null
    return Array.isArray(answer?.errors) ? (answer as AnswerWithErrors) : undefined
  } catch {
    return undefined
  }
}

/**
 * Payload's answer, with the status and messages a client should get. Only an answer with errors
 * is rewritten: one without `data` was refused before it ran.
 */
async function refined(response: Response): Promise<Response> {
  const text = await response.text()
  const init = { headers: new Headers(response.headers), status: response.status }
  const answer = answerWithErrors(text)
  if (!answer) return new Response(text, init)
  if (process.env.NODE_ENV === 'production') {
    answer.errors = answer.errors.map((error) => ({
      ...error,
      message: withoutSuggestions(error.message),
    }))
  }
  init.headers.delete('content-length')
  if (answer.errors.some(isUnavailableError)) init.status = 503
  else if (!('data' in answer) && init.status === 200) init.status = 400
  return new Response(JSON.stringify(answer), init)
}

/** The 429 for an anonymous address past its requests of this minute, if this one is. */
async function refusedForRate(
  request: Request,
  payload: Payload,
  perMinute: number | false,
  countRequest: (address: string) => Window,
  now: number,
): Promise<Response | undefined> {
  if (perMinute === false || !(await isAnonymous(payload, request.headers))) return undefined
  const window = countRequest(clientAddress(request.headers))
  if (window.count <= perMinute) return undefined
  const seconds = Math.max(1, Math.ceil((window.endsAt - now) / 1000))
  const message = `Too many GraphQL requests from this address: ${perMinute} a minute are allowed without a login. Try again in ${seconds} s.`
  return errorAnswer(429, [message], request, payload, { 'Retry-After': String(seconds) })
}

/**
 * Runs the handler on the request with a time budget. A request out of time answers 503: the
 * moment the timer fires if it is waiting on the database, or once its work has stopped if a hook
 * found the time up.
 */
async function withinBudget(
  handler: Handler,
  request: Request,
  body: ArrayBuffer,
  budgetMs: number,
  clock: Clock,
  answerOutOfTime: (message: string) => Response,
): Promise<Response> {
  const budget = budgetedRequest(request, body, budgetMs, clock)
  const stopped = budget.expired.then((error) => answerOutOfTime(error.message))
  try {
    const response = await Promise.race([handler(budget.request).then(refined), stopped])
    // Work a hook stopped ends with an error on each field: the answer is the 503 all the same.
    return budget.request.signal.aborted ? stopped : response
  } finally {
    budget.cancel()
  }
}

/**
 * Wraps Payload's GraphQL POST handler with the limits above. `limits` and `clock` replace the
 * configured limits and real time, for tests.
 */
export function withGraphQLLimits(
  handler: Handler,
  payload: () => Promise<Payload>,
  { clock = systemClock, limits }: { clock?: Clock; limits?: Partial<GraphQLLimits> } = {},
): Handler {
  const countRequest = windowCounter({
    maxKeys: maxCountedAddresses,
    now: clock.now,
    windowMs: rateWindowMs,
  })
  return async (request) => {
    const instance = await payload()
    try {
      return await answer(request, instance)
    } catch (error) {
      // Reading a login's user, here or in Payload's handler before its own error handling, throws.
      if (isDatabaseUnavailable(error))
        return errorAnswer(503, [databaseUnavailableMessage], request, instance)
      throw error
    }
  }

  async function answer(request: Request, instance: Payload): Promise<Response> {
    const { anonymousPerMinute, timeBudgetMs: budgetMs }: GraphQLLimits = {
      anonymousPerMinute: optionsOf(instance.config).anonymousGraphQLPerMinute,
      timeBudgetMs,
      ...limits,
    }
    const limited = await refusedForRate(
      request,
      instance,
      anonymousPerMinute,
      countRequest,
      clock.now(),
    )
    if (limited) return limited

    const body = await request.arrayBuffer()
    const cycles = fragmentCycles(new TextDecoder().decode(body))
    if (cycles.length) return errorAnswer(400, cycles, request, instance)

    return withinBudget(handler, request, body, budgetMs, clock, (message) =>
      errorAnswer(503, [message], request, instance),
    )
  }
}
