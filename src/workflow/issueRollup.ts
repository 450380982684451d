/**
 * An issue answers for what it carries: it is approved only when every story and sponsor in its
 * layout is, and publishing it publishes them with it, in the same transaction.
 */
import type { PayloadRequest } from 'payload'

import { slugs } from '../shared/slugs'
import { stageLabels, type ActionName, type Stage } from './table'
import { isLive, runWorkflowAction, workflowError } from './server'
import { idOf, type ID } from '../shared/ids'

interface Placement {
  collection: typeof slugs.sponsors | typeof slugs.stories
  id: ID
}

function placementsOf(issue: Record<string, unknown>): Placement[] {
  const layout = (issue.layout as Record<string, unknown>[] | null | undefined) ?? []
  return layout.flatMap((block): Placement[] => {
    const collection =
      block.blockType === 'story'
        ? slugs.stories
        : block.blockType === 'sponsor'
          ? slugs.sponsors
          : undefined
    const id = collection ? idOf(block[block.blockType as string]) : undefined
    return collection && id !== undefined ? [{ collection, id }] : []
  })
}

interface PlacementState extends Placement {
  live: boolean
  stage: Stage
  title: string
}

async function stateOf(
  req: PayloadRequest,
  { collection, id }: Placement,
): Promise<PlacementState> {
  const doc = (await req.payload.findByID({
    collection,
    depth: 0,
    draft: true,
    id,
    overrideAccess: true,
    req,
  })) as unknown as Record<string, unknown>
  const title = String(collection === slugs.stories ? doc.headline : doc.name)
  return {
    collection,
    id,
    live: await isLive(req, collection, id),
    stage: (doc.stage as Stage) ?? 'draft',
    title,
  }
}

const readyStages: readonly Stage[] = ['approved', 'published']

async function assertContentsApproved(
  req: PayloadRequest,
  issue: Record<string, unknown>,
): Promise<PlacementState[]> {
  const states = await Promise.all(placementsOf(issue).map((placement) => stateOf(req, placement)))
  const pending = states.filter((state) => !readyStages.includes(state.stage) && !state.live)
  if (pending.length > 0) {
    const list = pending
      .map(
        (state) =>
          `${state.collection === slugs.stories ? 'story' : 'sponsor'} "${state.title}" (${stageLabels[state.stage]})`,
      )
      .join(', ')
    throw workflowError(
      `layout: every story and sponsor must be approved or published first; not yet: ${list}.`,
      409,
      {
        pending: pending.map(({ collection, id, stage, title }) => ({
          collection,
          id,
          stage,
          title,
        })),
      },
    )
  }
  return states
}

/** Checks (and for publish, carries out) what approving or publishing an issue asks of its contents. */
export async function checkIssueContents({
  action,
  issue,
  req,
}: {
  action: ActionName
  issue: Record<string, unknown>
  req: PayloadRequest
}): Promise<void> {
  const states = await assertContentsApproved(req, issue)
  if (action !== 'publish') return
  for (const state of states.filter((placement) => placement.stage === 'approved')) {
    await runWorkflowAction({ action: 'publish', collection: state.collection, id: state.id, req })
  }
}
