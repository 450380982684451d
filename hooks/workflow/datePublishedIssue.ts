import type { CollectionBeforeChangeHook } from 'payload'

/**
 * An issue published without a publish date takes the moment it is published (a scheduled one,
 * the moment the queue publishes it), in the publish's own write, so that the archive, the
 * edition and the admin never show a published issue without a date. A date the desk chose stays.
 * Runs after the workflow's guard, which has decided the stage by then.
 */
export const datePublishedIssue: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const publishing = data.stage === 'published' && originalDoc?.stage !== 'published'
  if (!publishing || (data.publishDate ?? originalDoc?.publishDate)) return data
  return { ...data, publishDate: new Date().toISOString() }
}
