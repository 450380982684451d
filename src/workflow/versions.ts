/**
 * What each stored version of a story, sponsor or issue records having happened: a version saved
 * by a workflow step carries one more review-log entry than the version before it, and that entry
 * says what, who and why. Read on the server, with the reader's access, for the versions list and
 * the "Changes since last review" button.
 */
import type { PayloadRequest } from 'payload'

import { idOf, type ID } from '../shared/ids'
import { personLabel, type Person } from '../shared/people'
import { logLabel, reviewActions, type ActionName, type WorkflowCollection } from './table'

interface LogEntry {
  action: string
  at: string
  by?: unknown
  note?: string | null
}

export interface VersionEvent {
  /** The review-log entry this version was saved with, when a workflow step saved it. */
  entry: LogEntry | null
  /** Who did it (the step's actor, else the version's last editor), by name. */
  person: string
  status: 'draft' | 'published'
  /** "Requested changes by Riley Reviewer", "Saved by Erin Editor". */
  summary: string
  updatedAt: string
  versionID: ID
}

interface StoredVersion {
  id: ID
  updatedAt: string
  version: { _status?: string; lastEditedBy?: unknown; reviewLog?: LogEntry[] | null }
}

async function peopleByID(req: PayloadRequest, ids: ID[]): Promise<Map<string, Person>> {
  if (ids.length === 0) return new Map()
  const { docs } = await req.payload.find({
    collection: req.payload.config.admin.user as 'users',
    depth: 0,
    limit: 100,
    overrideAccess: true,
    req,
    select: { email: true, name: true },
    where: { id: { in: [...new Set(ids)] } },
  })
  return new Map(docs.map((person) => [String(person.id), person as Person]))
}

/** The versions of one document, newest first (up to 100), each with what saved it. */
export async function versionEvents(
  req: PayloadRequest,
  collection: WorkflowCollection,
  id: ID,
): Promise<VersionEvent[]> {
  const { docs } = await req.payload.findVersions({
    collection,
    depth: 0,
    limit: 100,
    overrideAccess: false,
    req,
    sort: '-updatedAt',
    where: { parent: { equals: id } },
  })
  const versions = docs as unknown as StoredVersion[]
  const steps = versions.map((version, index) => {
    const log = version.version.reviewLog ?? []
    const before = versions[index + 1]?.version.reviewLog?.length ?? 0
    return log.length > before ? log[log.length - 1] : null
  })
  const who = (index: number) => idOf(steps[index]?.by ?? versions[index].version.lastEditedBy)
  const people = await peopleByID(
    req,
    versions.flatMap((_, index) => [who(index)].filter((person) => person !== undefined)),
  )
  return versions.map((version, index) => {
    const entry = steps[index]
    const personID = who(index)
    const person = personID === undefined ? 'the desk' : personLabel(people.get(String(personID)))
    const what = entry
      ? logLabel(entry.action)
      : index === versions.length - 1
        ? 'Created'
        : 'Saved'
    return {
      entry,
      person,
      status: version.version._status === 'published' ? 'published' : 'draft',
      summary: `${what} by ${person}`,
      updatedAt: version.updatedAt,
      versionID: version.id,
    }
  })
}

/** The version a reviewer last acted on (approved or sent back), among these, newest first. */
export const lastReviewed = (events: VersionEvent[]): VersionEvent | undefined =>
  events.find((event) => reviewActions.includes(event.entry?.action as ActionName))
