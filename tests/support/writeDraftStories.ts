import type { Payload, PayloadRequest } from 'payload'

/** What one writer did: how many saves went through, why the others failed, and when it ran. */
export interface WriterReport {
  endedAt: number
  failures: string[]
  startedAt: number
  written: number
}

/** Saves `count` draft stories one by one, each in its own transaction, as an editor would. */
export async function writeDraftStories(
  payload: Payload,
  req: PayloadRequest,
  { count, dek, prefix }: { count: number; dek: string; prefix: string },
): Promise<WriterReport> {
  const failures: string[] = []
  let written = 0
  const startedAt = Date.now()
  for (let index = 0; index < count; index++) {
    try {
      await payload.create({
        collection: 'stories',
        data: { dek, headline: `${prefix} ${index}` },
        draft: true,
        req,
      })
      written++
    } catch (error) {
      failures.push(error instanceof Error ? error.message : String(error))
    }
  }
  return { endedAt: Date.now(), failures, startedAt, written }
}
