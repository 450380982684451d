import { addDataAndFileToRequest, type Endpoint } from 'payload'

import type { ID } from '../shared/ids'
import { actionNames, allowedActions, type ActionName, type WorkflowCollection } from './table'
import { actorOf, documentFacts, runWorkflowAction, workflowError } from './server'

const isActionName = (value: unknown): value is ActionName =>
  actionNames.includes(value as ActionName)

/** A user ID as JSON carries one; anything else is refused with the field named. */
function reviewerOf(value: unknown): ID | null {
  if (value === undefined || value === null || value === '') return null
  if (typeof value === 'string' || typeof value === 'number') return value
  throw workflowError('reviewer: give the ID of a user, as a string or a number.', 400)
}

/**
 * `POST /api/{stories|sponsors|issues}/:id/workflow/:action` with an optional JSON body
 * `{ note, overrideReason, reviewer, updatedAt }`: the REST face of the workflow actions.
 */
export const workflowActionEndpoint = (collection: WorkflowCollection): Endpoint => ({
  handler: async (req) => {
    const { action, id } = req.routeParams as { action?: string; id?: string }
    if (!isActionName(action)) {
      throw workflowError(
        `action: "${action}" is not a workflow action; use one of ${actionNames.join(', ')}.`,
        400,
      )
    }
    if (!req.user) throw workflowError('Log in to take workflow actions.', 401)
    await addDataAndFileToRequest(req)
    const body = (req.data ?? {}) as {
      note?: unknown
      overrideReason?: unknown
      reviewer?: unknown
      updatedAt?: unknown
    }
    const text = (value: unknown) => (typeof value === 'string' ? value : null)
    const doc = await runWorkflowAction({
      action,
      collection,
      id: id as string,
      note: text(body.note),
      overrideReason: text(body.overrideReason),
      req,
      reviewer: reviewerOf(body.reviewer),
      updatedAt: text(body.updatedAt),
    })
    const record = doc as unknown as Record<string, unknown>
    return Response.json({
      allowed: allowedActions(actorOf(req), documentFacts(record)),
      doc: { _status: record._status, id: record.id, stage: record.stage },
      message: `${action} done.`,
    })
  },
  method: 'post',
  path: '/:id/workflow/:action',
})
