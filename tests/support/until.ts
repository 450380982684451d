/** Polls `done` until it holds, failing after `deadlineMs`: what a test waits on instead of a sleep. */
export async function until(
  done: () => boolean | Promise<boolean>,
  { deadlineMs = 5_000, what = 'the condition' }: { deadlineMs?: number; what?: string } = {},
): Promise<void> {
  const giveUp = Date.now() + deadlineMs
  while (!(await done())) {
    if (Date.now() > giveUp) throw new Error(`${what} did not hold within ${deadlineMs} ms`)
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
}
