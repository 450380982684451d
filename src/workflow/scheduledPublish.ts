import { APIError, createLocalReq, type CollectionSlug, type TaskConfig } from 'payload'

import { slugs } from '../shared/slugs'
import { recordWorkflowEvent, runWorkflowAction } from './server'

/**
 * Publishes an issue at its scheduled time, through the same guard as a person would, acting as
 * the user who scheduled it. An issue that lost its approval (or was rescheduled) is not
 * published; the reason goes into its review log. Other failures are retried.
 */
interface ScheduledPublish {
  input: { issue: string; publishAt: string }
  output: { published: boolean; reason: string }
}

export const publishScheduledIssue: TaskConfig<ScheduledPublish> = {
  slug: 'publishScheduledIssue',
  inputSchema: [
    { name: 'issue', type: 'text', required: true },
    { name: 'publishAt', type: 'text', required: true },
  ],
  outputSchema: [
    { name: 'published', type: 'checkbox' },
    { name: 'reason', type: 'text' },
  ],
  retries: 3,
  handler: async ({ input, req }) => {
    const { issue: id, publishAt } = input
    const { payload } = req
    const issue = (await payload.findByID({
      collection: slugs.issues,
      depth: 0,
      draft: true,
      id,
      overrideAccess: true,
      req,
    })) as unknown as Record<string, unknown>
    if (
      !issue.publishAt ||
      new Date(String(issue.publishAt)).getTime() !== new Date(publishAt).getTime()
    ) {
      return {
        output: { published: false, reason: 'The issue was rescheduled or its schedule cleared.' },
      }
    }
    const schedulerId =
      issue.scheduledBy && typeof issue.scheduledBy === 'object'
        ? (issue.scheduledBy as { id: unknown }).id
        : issue.scheduledBy
    const usersSlug = payload.config.admin.user as CollectionSlug
    const scheduler = schedulerId
      ? await payload.findByID({
          collection: usersSlug,
          depth: 0,
          disableErrors: true,
          id: schedulerId as string,
          overrideAccess: true,
          req,
        })
      : null
    const asScheduler = await createLocalReq(
      { user: scheduler ? ({ ...scheduler, collection: usersSlug } as never) : undefined },
      payload,
    )
    try {
      await runWorkflowAction({ action: 'publish', collection: slugs.issues, id, req: asScheduler })
      return { output: { published: true, reason: '' } }
    } catch (error) {
      if (!(error instanceof APIError) || error.status >= 500) throw error
      const reason = `Scheduled publish at ${publishAt} skipped: ${error.message}`
      await recordWorkflowEvent({
        collection: slugs.issues,
        event: 'scheduledPublishSkipped',
        id,
        note: reason,
        req: await createLocalReq({}, payload),
      })
      return { output: { published: false, reason } }
    }
  },
}
