import { jest } from '@jest/globals'

/**
 * Moves the clock the app reads (`Date`) a second past a moment, at once, rather than waiting for
 * it: a scheduled publish becomes due however slowly the machine ran the steps before. Timers stay
 * real, so database drivers and Payload's own waits are untouched; `restoreClock` undoes it.
 */
export function passMoment(moment: string): void {
  jest.useFakeTimers({
    doNotFake: [
      'hrtime',
      'nextTick',
      'performance',
      'queueMicrotask',
      'setImmediate',
      'clearImmediate',
      'setInterval',
      'clearInterval',
      'setTimeout',
      'clearTimeout',
    ],
    now: Date.parse(moment) + 1_000,
  })
}

export const restoreClock = (): void => {
  jest.useRealTimers()
}
