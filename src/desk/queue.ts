/**
 * The desk's work queues: what awaits the logged-in user, read through the Local API with their
 * access, from each document's latest draft (where a revision of a published story sits in review).
 * The dashboard's widgets (./admin) and the navigation's counts render them.
 */
import type { PayloadRequest, Where } from 'payload'

import { optionsOf } from '../options'
import { readinessOf } from '../readiness/readiness'
import { idOf, sameId, type ID } from '../shared/ids'
import { personLabel, type Person } from '../shared/people'
import { slugs } from '../shared/slugs'
import {
  unpublishedStages,
  workflowCollections,
  type Stage,
  type WorkflowCollection,
} from '../workflow/table'
import { dueDates, dueOf, isOverdue, type Due, type PlannedIssue } from './due'

interface LogEntry {
  action?: string
  at?: string
  by?: unknown
  note?: string | null
}

export interface QueueItem {
  collection: WorkflowCollection
  id: ID
  stage: Stage
  title: string
  /** Who did what put it here (submitted it, asked for changes), and when. */
  by?: string
  at?: string
  note?: string
  /** The reviewer named at submit, if any, and whether that is the user looking. */
  assignedTo?: string
  assignedToMe?: boolean
  due?: Due
  overdue?: boolean
}

const titleOf = (collection: WorkflowCollection, doc: Record<string, unknown>): string => {
  const title =
    collection === slugs.sponsors
      ? doc.name
      : collection === slugs.issues
        ? doc.title
        : doc.headline
  return typeof title === 'string' && title.trim() ? title : `Untitled (${String(doc.id)})`
}

const lastOf = (doc: Record<string, unknown>, action: string): LogEntry | undefined =>
  [...((doc.reviewLog as LogEntry[] | undefined) ?? [])]
    .reverse()
    .find((entry) => entry.action === action)

const queueLength = 10

// Named stage by stage, where "not published" would make the database pass over the whole archive.
const onTheDesk: Where = { stage: { in: [...unpublishedStages] } }

/**
 * The unpublished issues with a send date: the due dates of everything in them follow from these.
 * Read as the server: only dates and numbers come of it, each queue's items are read with the
 * user's access, and a reader's relation checks here, run through the request's dataloader beside
 * the queues' own, were seen to leave the dashboard waiting forever.
 */
function currentDueDates(req: PayloadRequest): Promise<Map<string, Due>> {
  // The dashboard's queues share one request: they read the dates once.
  let known = dueDatesByRequest.get(req)
  if (!known) {
    known = readDueDates(req)
    dueDatesByRequest.set(req, known)
  }
  return known
}

const dueDatesByRequest = new WeakMap<PayloadRequest, Promise<Map<string, Due>>>()

async function readDueDates(req: PayloadRequest): Promise<Map<string, Due>> {
  const { docs } = await req.payload.find({
    collection: slugs.issues,
    depth: 0,
    draft: true,
    limit: 20,
    overrideAccess: true,
    req,
    select: { layout: true, number: true, publishDate: true },
    sort: 'publishDate',
    where: { and: [onTheDesk, { publishDate: { exists: true } }] },
  })
  return dueDates(
    docs as unknown as PlannedIssue[],
    optionsOf(req.payload.config).desk.reviewLeadDays,
  )
}

async function queue(
  req: PayloadRequest,
  where: Where,
  {
    because,
    later = () => false,
    limit = queueLength,
    sort = 'updatedAt',
  }: {
    because?: string
    /** The items it answers true for go after the rest. */
    later?: (item: QueueItem) => boolean
    limit?: number
    sort?: string
  } = {},
): Promise<QueueItem[]> {
  const due = await currentDueDates(req)
  const now = new Date()
  const found = await Promise.all(
    workflowCollections.map(async (collection) => {
      const { docs } = await req.payload.find({
        collection,
        depth: 1,
        draft: true,
        limit,
        overrideAccess: false,
        req,
        sort,
        where,
      })
      return docs.map((doc) => {
        const record = doc as unknown as Record<string, unknown>
        const entry = because ? lastOf(record, because) : undefined
        const assignee = record.assignedReviewer
        const itemDue = dueOf(due, collection, doc.id)
        const stage = record.stage as Stage
        return {
          assignedTo:
            assignee && typeof assignee === 'object' ? personLabel(assignee as Person) : undefined,
          assignedToMe: sameId(assignee, req.user?.id),
          at: entry?.at ?? (record.updatedAt as string),
          by:
            entry?.by && typeof entry.by === 'object' ? personLabel(entry.by as Person) : undefined,
          collection,
          due: itemDue,
          id: doc.id,
          note: entry?.note ?? undefined,
          overdue: isOverdue(itemDue, stage, now),
          stage,
          title: titleOf(collection, record),
        } satisfies QueueItem
      })
    }),
  )
  return found
    .flat()
    .sort((a, b) => Number(later(a)) - Number(later(b)) || String(a.at).localeCompare(String(b.at)))
    .slice(0, limit)
}

/** In review and for this reviewer: assigned to them, or to no one in particular. */
const awaitsMe = (req: PayloadRequest): Where => ({
  and: [
    { stage: { equals: 'in_review' } },
    {
      or: [{ assignedReviewer: { equals: req.user?.id } }, { assignedReviewer: { exists: false } }],
    },
  ],
})

const assignedToOthers = (req: PayloadRequest): Where => ({
  and: [
    { stage: { equals: 'in_review' } },
    { assignedReviewer: { exists: true } },
    { assignedReviewer: { not_equals: req.user?.id } },
  ],
})

const mine = (req: PayloadRequest): Where => ({
  or: [{ createdBy: { equals: req.user?.id } }, { submittedBy: { equals: req.user?.id } }],
})

/**
 * For a reviewer: everything submitted and not yet decided, oldest first within each part: what
 * was assigned to them, then what was assigned to no one, then what another reviewer should take.
 * Assignment says who should review; anyone the table lets may.
 */
export async function awaitingReview(req: PayloadRequest): Promise<QueueItem[]> {
  const [forMe, forOthers] = await Promise.all([
    queue(req, awaitsMe(req), { because: 'submit', later: (item) => !item.assignedToMe }),
    queue(req, assignedToOthers(req), { because: 'submit' }),
  ])
  return [...forMe, ...forOthers].slice(0, queueLength)
}

/** For an editor: their work sent back, with the reviewer's note, oldest first. */
export const changesRequestedOnMyWork = (req: PayloadRequest) =>
  queue(
    req,
    { and: [{ stage: { equals: 'changes_requested' } }, mine(req)] },
    { because: 'requestChanges' },
  )

/** For an editor: their drafts, the least recently touched first. */
export const myDrafts = (req: PayloadRequest) =>
  queue(req, { and: [{ stage: { equals: 'draft' } }, { createdBy: { equals: req.user?.id } }] })

export interface NextIssue {
  id: ID
  number: number
  problems: string[]
  /** Its send date, when one is set. */
  sendsAt?: string
  stage: Stage
  storiesNotReady: { due?: Due; id: ID; overdue: boolean; stage: Stage; title: string }[]
  title: string
}

/**
 * The lowest-numbered issue not yet published, with its readiness as it stands now and the
 * stories in it that are not approved yet, by name.
 */
export async function nextIssue(req: PayloadRequest): Promise<NextIssue | null> {
  // Stage by stage: asked for several stages at once, the database walks the archive by number
  // from issue 1 to find the first unpublished one; asked for one, it reads it from an index.
  const firstAtEachStage = await Promise.all(
    unpublishedStages.map(
      async (stage) =>
        (
          await req.payload.find({
            collection: slugs.issues,
            depth: 0,
            draft: true,
            limit: 1,
            overrideAccess: false,
            pagination: false,
            req,
            select: { number: true },
            sort: 'number',
            where: { stage: { equals: stage } },
          })
        ).docs[0],
    ),
  )
  const first = firstAtEachStage
    .filter((found) => found !== undefined)
    .sort((a, b) => a.number - b.number)[0]
  if (!first) return null
  const issue = (await req.payload.findByID({
    collection: slugs.issues,
    depth: 1,
    // Deleted since it was found: no next issue to show this time.
    disableErrors: true,
    draft: true,
    id: first.id,
    overrideAccess: false,
    req,
  })) as unknown as Record<string, unknown> | null
  if (!issue) return null
  const readiness = await readinessOf({ collection: slugs.issues, doc: issue, req })
  const blocks = (issue.layout as { blockType: string; story?: unknown }[] | undefined) ?? []
  const storyIds = blocks
    .filter((block) => block.blockType === 'story')
    .map((block) => idOf(block.story))
  const due = await currentDueDates(req)
  const now = new Date()
  const { docs: stories } = await req.payload.find({
    collection: slugs.stories,
    depth: 0,
    draft: true,
    limit: storyIds.length || 1,
    overrideAccess: false,
    req,
    where: { id: { in: storyIds.filter((id) => id !== undefined) } },
  })
  return {
    id: issue.id as ID,
    number: issue.number as number,
    problems: readiness.problems.map((problem) => problem.message),
    sendsAt: (issue.publishDate as string | null | undefined) ?? undefined,
    stage: issue.stage as Stage,
    storiesNotReady: stories
      .filter((story) => story.stage !== 'approved' && story.stage !== 'published')
      .map((story) => {
        const storyDue = dueOf(due, slugs.stories, story.id)
        return {
          due: storyDue,
          id: story.id,
          overdue: isOverdue(storyDue, story.stage as Stage, now),
          stage: story.stage as Stage,
          title: titleOf(slugs.stories, story as unknown as Record<string, unknown>),
        }
      }),
    title: titleOf(slugs.issues, issue),
  }
}

/** Approved issues with a publish time, soonest first. */
export async function scheduledIssues(req: PayloadRequest) {
  const { docs } = await req.payload.find({
    collection: slugs.issues,
    depth: 0,
    draft: true,
    limit: 10,
    overrideAccess: false,
    req,
    sort: 'publishAt',
    where: { and: [{ stage: { equals: 'approved' } }, { publishAt: { exists: true } }] },
  })
  return docs.map((issue) => ({
    at: issue.publishAt as string,
    id: issue.id,
    number: issue.number,
    title: titleOf(slugs.issues, issue as unknown as Record<string, unknown>),
  }))
}

/** How many items each queue holds for this user: the navigation's counts. */
export async function queueCounts(
  req: PayloadRequest,
): Promise<{ awaitingReview: number; changesRequested: number }> {
  const count = async (where: Where) => {
    const totals = await Promise.all(
      workflowCollections.map(
        async (collection) =>
          // Payload's count reads no drafts; a page of one knows the total all the same.
          (
            await req.payload.find({
              collection,
              depth: 0,
              draft: true,
              limit: 1,
              overrideAccess: false,
              req,
              select: {},
              // The queues' own order, which their index (stage, then last change) holds.
              sort: 'updatedAt',
              where,
            })
          ).totalDocs,
      ),
    )
    return totals.reduce((sum, total) => sum + total, 0)
  }
  const [awaiting, changes] = await Promise.all([
    count(awaitsMe(req)),
    count({ and: [{ stage: { equals: 'changes_requested' } }, mine(req)] }),
  ])
  return { awaitingReview: awaiting, changesRequested: changes }
}
