export type Limiter = <T>(work: () => Promise<T>) => Promise<T>

/** Runs at most `max` pieces of work at once; the rest wait in arrival order. */
export function limitConcurrency(max: number): Limiter {
  let running = 0
  const waiting: (() => void)[] = []
  return async (work) => {
    if (running >= max) await new Promise<void>((resolve) => waiting.push(resolve))
    else running++
    try {
      return await work()
    } finally {
      const next = waiting.shift()
      // The slot passes straight to the next in line, so `running` never drops below the real count.
      if (next) next()
      else running--
    }
  }
}
