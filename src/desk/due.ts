/**
 * Due dates: an issue is due on its send date (its publish date), and what it carries is due,
 * approved, the desk's review lead before the earliest unpublished issue that carries it.
 * Pure, so the dashboard and its tests share one reckoning.
 */
import { idOf, type ID } from '../shared/ids'
import { slugs } from '../shared/slugs'
import type { Stage, WorkflowCollection } from '../workflow/table'

export interface PlannedIssue {
  id: ID
  layout?: { blockType: string; sponsor?: unknown; story?: unknown }[] | null
  number: number
  publishDate?: string | null
}

export interface Due {
  at: string
  /** The issue that sets the date. */
  issueNumber: number
}

const dayInMs = 24 * 60 * 60 * 1000

const keyOf = (collection: WorkflowCollection, id: ID) => `${collection}:${String(id)}`

/** Each planned issue's own due date, and its stories' and sponsor blocks' from the soonest issue. */
export function dueDates(issues: PlannedIssue[], reviewLeadDays: number): Map<string, Due> {
  const due = new Map<string, Due>()
  const keepSoonest = (key: string, candidate: Due) => {
    const held = due.get(key)
    if (!held || candidate.at < held.at) due.set(key, candidate)
  }
  for (const issue of issues) {
    if (!issue.publishDate) continue
    const sends = new Date(issue.publishDate).getTime()
    keepSoonest(keyOf(slugs.issues, issue.id), {
      at: new Date(sends).toISOString(),
      issueNumber: issue.number,
    })
    const contentsDue = {
      at: new Date(sends - reviewLeadDays * dayInMs).toISOString(),
      issueNumber: issue.number,
    }
    for (const block of issue.layout ?? []) {
      const story = block.blockType === 'story' ? idOf(block.story) : undefined
      const sponsor = block.blockType === 'sponsor' ? idOf(block.sponsor) : undefined
      if (story !== undefined) keepSoonest(keyOf(slugs.stories, story), contentsDue)
      if (sponsor !== undefined) keepSoonest(keyOf(slugs.sponsors, sponsor), contentsDue)
    }
  }
  return due
}

export const dueOf = (due: Map<string, Due>, collection: WorkflowCollection, id: ID) =>
  due.get(keyOf(collection, id))

/** Work is overdue once its date has passed and it is still short of approval. */
export const isOverdue = (due: Due | undefined, stage: Stage, now: Date): boolean =>
  due !== undefined && stage !== 'approved' && stage !== 'published' && new Date(due.at) < now
