import crypto from 'node:crypto'

import type { Client } from '@libsql/client'

/** What a backup holds, written into it as `manifest.json` and checked on restore. */
export interface Manifest {
  format: typeof manifestFormat
  version: 1
  createdAt: string
  database: ArchivedFile
  collections: CollectionCount[]
  figures: ArchivedFile[]
  /**
   * Files a figure in the snapshot names that the figures folder lacked: deleted while the backup
   * ran, or lost before it. Empty in a complete backup.
   */
  missingFigureFiles: string[]
  /** The embedded default's Payload secret, when the backup was of the embedded default. */
  secret?: ArchivedFile
}

export interface ArchivedFile {
  /** Its name in the archive. */
  entry: string
  bytes: number
  sha256: string
}

/** Rows of a collection's table, and of its versions table when it keeps versions. */
export interface CollectionCount {
  slug: string
  table: string
  documents: number
  versionsTable?: string
  versions?: number
}

export const manifestFormat = 'newsdesk-backup'
export const manifestEntry = 'manifest.json'
export const databaseEntry = 'database/newsdesk.db'
export const secretEntry = 'payload-secret'
export const figuresPrefix = 'figures/'

export const sha256 = (data: Buffer): string =>
  crypto.createHash('sha256').update(data).digest('hex')

export const describeFile = (entry: string, data: Buffer): ArchivedFile => ({
  bytes: data.length,
  entry,
  sha256: sha256(data),
})

/** SQLite quotes identifiers in double quotes, doubling any inside. */
export const quoted = (identifier: string) => `"${identifier.replaceAll('"', '""')}"`

export async function countRows(client: Client, table: string): Promise<number> {
  const { rows } = await client.execute(`SELECT count(*) AS n FROM ${quoted(table)}`)
  return Number(rows[0].n)
}

/** The collections and tables to count, as Payload's adapter names them. */
export interface CollectionTables {
  slug: string
  table: string
  versionsTable?: string
}

export async function countCollections(
  client: Client,
  collections: CollectionTables[],
): Promise<CollectionCount[]> {
  const counts: CollectionCount[] = []
  for (const { slug, table, versionsTable } of collections) {
    const count: CollectionCount = { documents: await countRows(client, table), slug, table }
    if (versionsTable) {
      count.versionsTable = versionsTable
      count.versions = await countRows(client, versionsTable)
    }
    counts.push(count)
  }
  return counts
}

/** Reads `manifest.json`, naming what is wrong when it is not a manifest this version can restore. */
export function parseManifest(archive: string, text: string | undefined): Manifest {
  if (text === undefined)
    throw new Error(`${archive} is not a Newsdesk backup: it has no ${manifestEntry}`)
  let manifest: Partial<Manifest>
  try {
    manifest = JSON.parse(text)
  } catch (error) {
    throw new Error(
      `${archive} has a ${manifestEntry} that is not JSON: ${(error as Error).message}`,
    )
  }
  if (manifest.format !== manifestFormat || manifest.version !== 1) {
    throw new Error(
      `${archive} is not a Newsdesk backup this version can restore ` +
        `(format ${JSON.stringify(manifest.format)}, version ${JSON.stringify(manifest.version)}; expected "${manifestFormat}", 1)`,
    )
  }
  if (
    !manifest.database ||
    !Array.isArray(manifest.collections) ||
    !Array.isArray(manifest.figures)
  )
    throw new Error(`${archive} has a ${manifestEntry} without database, collections or figures`)
  return manifest as Manifest
}
