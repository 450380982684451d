import type { CollectionAfterChangeHook, CollectionSlug, PayloadRequest, Where } from 'payload'

import { idOf } from '../../src/shared/ids'
import {
  actions,
  notifications,
  stageLabels,
  type ActionName,
  type Audience,
  type Stage,
} from '../../src/workflow/table'

interface LogEntry {
  action: string
  by?: unknown
  note?: string | null
  to?: Stage | null
}

/** Who an audience is for this document; the assigned reviewer stands in for every reviewer. */
function audienceFilter(audience: Audience, doc: Record<string, unknown>): Where | undefined {
  if (audience === 'author') {
    const author = idOf(doc.createdBy)
    return author === undefined ? undefined : { id: { equals: author } }
  }
  if (audience === 'assignedReviewer') {
    const assigned = idOf(doc.assignedReviewer)
    return assigned === undefined ? { roles: { in: ['reviewer'] } } : { id: { equals: assigned } }
  }
  return { roles: { in: [audience] } }
}

async function recipients(
  req: PayloadRequest,
  audience: Audience,
  doc: Record<string, unknown>,
): Promise<string[]> {
  const where = audienceFilter(audience, doc)
  if (!where) return []
  const { docs } = await req.payload.find({
    collection: req.payload.config.admin.user as CollectionSlug,
    depth: 0,
    limit: 100,
    overrideAccess: true,
    pagination: false,
    req,
    where,
  })
  return docs
    .map((user) => (user as { email?: string }).email)
    .filter((email): email is string => Boolean(email))
}

/**
 * Emails reviewers when something awaits them and authors when their work moves on. A mail that
 * cannot be sent is logged, never allowed to undo the editorial decision.
 */
export const notifyWorkflowChange: CollectionAfterChangeHook = async ({
  collection,
  doc,
  previousDoc,
  req,
}) => {
  const before = (previousDoc?.reviewLog as LogEntry[] | undefined)?.length ?? 0
  const added = ((doc.reviewLog as LogEntry[] | undefined) ?? []).slice(before)
  const title = String(doc.headline ?? doc.title ?? doc.name ?? doc.id)
  const kind = collection.labels?.singular ?? collection.slug
  for (const entry of added) {
    const audience = notifications[entry.action as ActionName]
    if (!audience) continue
    try {
      const to = await recipients(req, audience, doc)
      if (to.length === 0) continue
      const label = actions[entry.action as ActionName].label
      await req.payload.sendEmail({
        subject: `[Newsdesk] ${label}: ${kind} "${title}"`,
        text: [
          `${label}: ${kind} "${title}" is now ${stageLabels[entry.to ?? 'draft'].toLowerCase()}.`,
          entry.note ? `Note: ${entry.note}` : '',
          `Open it: ${req.payload.config.serverURL}/admin/collections/${collection.slug}/${doc.id}`,
        ]
          .filter(Boolean)
          .join('\n\n'),
        to,
      })
    } catch (error) {
      req.payload.logger.error({
        err: error,
        msg: `Could not send the ${entry.action} notification for ${collection.slug} ${doc.id}`,
      })
    }
  }
  return doc
}
