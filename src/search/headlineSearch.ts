/**
 * Finding stories by headline without reading every story. Payload answers `headline like "a b"`
 * with `headline LIKE '%a%' AND headline LIKE '%b%'`, which no ordinary index can serve: at 20,000
 * stories each search read the whole table twice (the page, then its count).
 *
 * PostgreSQL serves that same `ILIKE` from a trigram index (pg_trgm, see src/db/searchIndexes.ts).
 * SQLite has no such index, so Newsdesk keeps its headlines in FTS5 trigram tables, kept by
 * triggers in the same transactions as the stories and their versions, and asks them first: the
 * search then reads only the stories whose headline has every word.
 */
import type { SQLiteAdapter } from '@payloadcms/db-sqlite'
import type { SQL } from 'drizzle-orm'
import type { PayloadRequest } from 'payload'

import type { ID } from '../shared/ids'

/** A search the FTS table narrows to more stories than this is left to the database as asked. */
export const narrowedSearchLimit = 1000

interface SearchedTable {
  /** The FTS5 table that holds the headlines. */
  index: string
  table: string
  column: string
  /** What a match there stands for: the story's ID. */
  storyID: 'id' | 'parent_id'
}

/** The published or current stories, and every version of every story (what drafts search). */
const searched = {
  stories: {
    column: 'headline',
    index: 'stories_headline_search',
    storyID: 'id',
    table: 'stories',
  },
  versions: {
    column: 'version_headline',
    index: '_stories_v_headline_search',
    storyID: 'parent_id',
    table: '_stories_v',
  },
} satisfies Record<string, SearchedTable>

const creationStatements = ({ column, index, table }: SearchedTable): string[] => [
  `CREATE VIRTUAL TABLE IF NOT EXISTS "${index}" USING fts5("${column}", content='${table}', content_rowid='id', tokenize='trigram')`,
  `CREATE TRIGGER IF NOT EXISTS "${index}_insert" AFTER INSERT ON "${table}" BEGIN
     INSERT INTO "${index}"(rowid, "${column}") VALUES (new.id, new."${column}");
   END`,
  `CREATE TRIGGER IF NOT EXISTS "${index}_delete" AFTER DELETE ON "${table}" BEGIN
     INSERT INTO "${index}"("${index}", rowid, "${column}") VALUES ('delete', old.id, old."${column}");
   END`,
  `CREATE TRIGGER IF NOT EXISTS "${index}_update" AFTER UPDATE OF "${column}" ON "${table}" BEGIN
     INSERT INTO "${index}"("${index}", rowid, "${column}") VALUES ('delete', old.id, old."${column}");
     INSERT INTO "${index}"(rowid, "${column}") VALUES (new.id, new."${column}");
   END`,
  // Fills it from what the table holds now: the stories written before it existed.
  `INSERT INTO "${index}"("${index}") VALUES ('rebuild')`,
]

const ready = new WeakMap<SQLiteAdapter, Promise<boolean>>()

/**
 * Creates the headline tables the first time a search needs them, once the stories' tables exist
 * (the migrations come first). Whether they could be made: if not, searches go unnarrowed.
 */
function headlineTablesReady(adapter: SQLiteAdapter): Promise<boolean> {
  let known = ready.get(adapter)
  if (!known) {
    known = createHeadlineTables(adapter)
    ready.set(adapter, known)
  }
  return known
}

async function createHeadlineTables(adapter: SQLiteAdapter): Promise<boolean> {
  try {
    const tables = Object.values(searched)
    const { rows } = await adapter.client.execute({
      args: tables.map(({ index }) => index),
      sql: `SELECT name FROM sqlite_master WHERE name IN (${tables.map(() => '?').join(', ')})`,
    })
    const existing = new Set(rows.map((row) => String(row.name)))
    const missing = tables.filter(({ index }) => !existing.has(index))
    if (missing.length) await adapter.client.batch(missing.flatMap(creationStatements), 'write')
    return true
  } catch (error) {
    ready.delete(adapter)
    adapter.payload.logger.warn({ err: error, msg: 'The headline search tables could not be made' })
    return false
  }
}

/**
 * The IDs of the stories whose headline (their current one, or any version's when `drafts`) holds
 * every word, as Payload's `like` splits them: a superset of what the search finds, to narrow it.
 * Undefined when this database cannot tell, or when too many match for narrowing to help.
 */
export async function storiesWithHeadlineWords(
  req: PayloadRequest,
  words: string[],
  { drafts }: { drafts: boolean },
): Promise<ID[] | undefined> {
  const adapter = req.payload.db as unknown as SQLiteAdapter
  if (adapter.name !== 'sqlite' || !(await headlineTablesReady(adapter))) return undefined
  const { column, index, storyID, table } = drafts ? searched.versions : searched.stories
  const { sql } = await import('@payloadcms/db-sqlite/drizzle')
  const matching = sql.join(
    words.map((word) => sql`"${sql.raw(index)}"."${sql.raw(column)}" LIKE ${`%${word}%`}`),
    sql` AND `,
  )
  // The request's own transaction, where it has one: what it wrote is searched too.
  const db = ((req.transactionID && adapter.sessions[await req.transactionID]?.db) ||
    adapter.drizzle) as unknown as { all: <Row>(query: SQL) => Promise<Row[]> }
  // The headline index drives: left to itself on a small table, SQLite reads every story and asks
  // the index about each. CROSS JOIN keeps the order written.
  let rows: { story: ID }[]
  try {
    rows = await db.all<{ story: ID }>(
      sql`SELECT DISTINCT "${sql.raw(table)}"."${sql.raw(storyID)}" AS story
          FROM "${sql.raw(index)}" CROSS JOIN "${sql.raw(table)}" ON "${sql.raw(table)}".id = "${sql.raw(index)}".rowid
          WHERE ${matching} LIMIT ${narrowedSearchLimit + 1}`,
    )
  } catch (error) {
    // Dropped since (a fresh migration, say): the next search makes them again; this one goes
    // unnarrowed, with the same answer.
    ready.delete(adapter)
    adapter.payload.logger.warn({ err: error, msg: 'The headline search tables could not be read' })
    return undefined
  }
  return rows.length > narrowedSearchLimit ? undefined : rows.map((row) => row.story)
}
