/**
 * Stale writes: a save or a workflow action may name the version its writer read, by sending back
 * the `updatedAt` it got. When the document has been saved since, the write is refused with a 409
 * that says who saved it and when, rather than silently undoing their work (Payload's own rule is
 * last write wins). Writers that send no `updatedAt` keep that rule.
 */
import {
  APIError,
  getLatestCollectionVersion,
  type PayloadRequest,
  type SanitizedCollectionConfig,
} from 'payload'

import { optionsOf } from '../options'
import { idOf, type ID } from '../shared/ids'

/** What a refusal tells the client besides its message: the version to reload, and whose it is. */
export interface StaleWriteData {
  savedBy: string | null
  updatedAt: string
}

export const staleWriteErrorName = 'StaleWrite'

export class StaleWrite extends APIError<StaleWriteData> {
  constructor(message: string, data: StaleWriteData) {
    super(message, 409, data, true)
    this.name = staleWriteErrorName
  }
}

/** The precondition as an instant, or a 400 naming it when it is not a date. */
export function readPrecondition(value: unknown): Date | undefined {
  if (value === undefined || value === null || value === '') return undefined
  const when =
    value instanceof Date ? value : typeof value === 'string' ? new Date(value) : new Date(NaN)
  if (Number.isNaN(when.getTime())) {
    throw new APIError(
      `updatedAt: send back the updatedAt you read (an ISO date such as 2026-12-01T14:02:00.000Z) to save only over that version; got ${JSON.stringify(value)}.`,
      400,
      undefined,
      true,
    )
  }
  return when
}

type Doc = Record<string, unknown>

/**
 * Holds the document's row until the write's transaction ends, so two writers from the same version
 * cannot both pass the comparison: the second waits, then compares with what the first committed.
 * SQLite needs no lock, as its transactions are queued one at a time (src/db/serializeTransactions).
 */
async function lockDocument(req: PayloadRequest, slug: string, id: ID): Promise<void> {
  const db = req.payload.db as unknown as {
    execute?: (args: { db: unknown; raw: string }) => Promise<unknown>
    name: string
    sessions?: Record<string, { db: unknown }>
    tableNameMap?: Map<string, string>
  }
  const transactionID = await req.transactionID
  const session = transactionID === undefined ? undefined : db.sessions?.[String(transactionID)]
  if (db.name !== 'postgres' || !session || !db.execute || !/^\d+$/.test(String(id))) return
  const table = db.tableNameMap?.get(slug.replace(/-/g, '_')) ?? slug.replace(/-/g, '_')
  await db.execute({
    db: session.db,
    raw: `SELECT 1 FROM "${table.replace(/"/g, '""')}" WHERE "id" = ${Number(id)} FOR UPDATE`,
  })
}

/** The version a write would replace: the newest draft, or the document itself. */
const currentVersion = (req: PayloadRequest, collection: SanitizedCollectionConfig, id: ID) =>
  getLatestCollectionVersion({
    id,
    config: collection,
    payload: req.payload,
    query: { collection: collection.slug, req, where: { id: { equals: id } } },
    req,
  }) as Promise<Doc | undefined>

/**
 * Who saved the version since `since`: whoever took the last workflow step after it, else the last
 * one to edit its content. Documents outside the workflow record neither.
 */
function saverOf(doc: Doc, since: Date): ID | undefined {
  const log = (doc.reviewLog as { at?: string; by?: unknown }[] | undefined) ?? []
  const step = [...log].reverse().find((entry) => entry.at && new Date(entry.at) > since)
  return idOf(step?.by) ?? idOf(doc.lastEditedBy)
}

async function nameOf(req: PayloadRequest, id: ID | undefined): Promise<string | null> {
  if (id === undefined) return null
  const user = (await req.payload.findByID({
    collection: optionsOf(req.payload.config).usersSlug,
    depth: 0,
    disableErrors: true,
    id,
    overrideAccess: true,
    req,
  })) as { email?: string; name?: string } | null
  return user?.name || user?.email || null
}

const clockTime = (when: Date): string =>
  `${when.toISOString().slice(0, 10)} ${when.toISOString().slice(11, 16)} UTC`

/**
 * Refuses the write unless the document is still at the version `since` names. Runs inside the
 * write's transaction, before Payload reads the document it updates, so what is compared is what
 * is replaced.
 */
export async function assertUnchangedSince({
  collection,
  id,
  req,
  since,
}: {
  collection: SanitizedCollectionConfig
  id: ID
  req: PayloadRequest
  since: Date
}): Promise<void> {
  await lockDocument(req, collection.slug, id)
  const current = await currentVersion(req, collection, id)
  const updatedAt = typeof current?.updatedAt === 'string' ? new Date(current.updatedAt) : undefined
  if (!current || !updatedAt || updatedAt.getTime() === since.getTime()) return
  const savedBy = await nameOf(req, saverOf(current, since))
  const label = collection.labels?.singular
  const noun = (typeof label === 'string' ? label : collection.slug).toLowerCase()
  throw new StaleWrite(
    `This ${noun} was saved by ${savedBy ?? 'someone else'} at ${clockTime(updatedAt)} after you opened it: reload to see their changes, or compare.`,
    { savedBy, updatedAt: updatedAt.toISOString() },
  )
}
