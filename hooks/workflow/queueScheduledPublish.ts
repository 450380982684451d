import type { CollectionAfterChangeHook } from 'payload'

/** When an issue is given a publish time, queues the job that publishes it then. */
export const queueScheduledPublish: CollectionAfterChangeHook = async ({
  doc,
  previousDoc,
  req,
}) => {
  const publishAt = doc.publishAt as string | null | undefined
  if (!publishAt || publishAt === previousDoc?.publishAt) return doc
  await req.payload.jobs.queue({
    input: { issue: String(doc.id), publishAt },
    req,
    task: 'publishScheduledIssue',
    waitUntil: new Date(publishAt),
  } as never)
  return doc
}
