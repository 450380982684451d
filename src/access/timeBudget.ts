/**
 * A request's time budget. The request is sent on with the budget's signal, which Payload keeps
 * on its `req` (proxies included), so the plugin's hooks find the budget from any operation of the
 * request and stop its work once the time is up (hooks/access/stopWhenOutOfTime.ts).
 *
 * The hooks compare the clock with the deadline themselves rather than wait for a timer: on
 * SQLite every query answers synchronously, so a long request runs on promise callbacks alone
 * and no timer fires until it is over. The timer answers the client while a request waits on a
 * database server.
 */
import { APIError } from 'payload'

/** Why a request was stopped: the reason its signal is aborted with, and the error it answers. */
export class OutOfTime extends APIError {
  constructor(budgetMs: number) {
    super(
      `The request ran past its time budget of ${budgetMs / 1000} s and was stopped; ask for fewer documents.`,
      503,
      undefined,
      true,
    )
  }
}

/** Time as the limits see it; tests pass their own, so that no test waits for real time to pass. */
export interface Clock {
  now: () => number
  /** Calls `expire` after `ms` unless cancelled by the function it returns. */
  timer: (ms: number, expire: () => void) => () => void
}

export const systemClock: Clock = {
  now: Date.now,
  timer: (ms, expire) => {
    const timeout = setTimeout(expire, ms)
    return () => clearTimeout(timeout)
  },
}

interface Budget {
  deadline: number
  error: OutOfTime
  now: () => number
  stop: () => void
}

/** By the signal of the request sent on: Payload's `req` is that request, or a proxy of it. */
const budgets = new WeakMap<AbortSignal, Budget>()

export interface BudgetedRequest {
  /** A copy of the request to send on, whose signal aborts when the time is up. */
  request: Request
  /** Settles when the time is up, by the timer or by a hook that found it up. */
  expired: Promise<OutOfTime>
  /** Ends the timer once the request is answered. */
  cancel: () => void
}

/** `request` (its body already read) with `budgetMs` to run in. */
export function budgetedRequest(
  request: Request,
  body: ArrayBuffer,
  budgetMs: number,
  clock: Clock,
): BudgetedRequest {
  const controller = new AbortController()
  const { headers, method, url } = request
  const budgeted = new Request(url, { body, headers, method, signal: controller.signal })
  const error = new OutOfTime(budgetMs)
  let stop = () => {}
  const expired = new Promise<OutOfTime>((resolve) => {
    stop = () => {
      controller.abort(error)
      resolve(error)
    }
  })
  // The copy's signal follows the controller's but is an object of its own: the one Payload keeps.
  budgets.set(budgeted.signal, { deadline: clock.now() + budgetMs, error, now: clock.now, stop })
  return { cancel: clock.timer(budgetMs, stop), expired, request: budgeted }
}

/** The error to stop a request with, if it has a budget and its time is up. */
export function outOfTime({ signal }: { signal?: AbortSignal }): OutOfTime | undefined {
  const budget = signal && budgets.get(signal)
  if (!signal || !budget) return undefined
  if (budget.now() >= budget.deadline) budget.stop()
  return signal.aborted ? budget.error : undefined
}
