/**
 * `npm run backup`: one archive of the embedded database and the figures folder, made while the
 * app runs. The database is copied with `VACUUM INTO`, which reads one consistent snapshot (in WAL
 * mode writers go on meanwhile) into a compact file; the figures folder is read after it, so every
 * file a figure in the snapshot names was already on disk.
 */
import fs from 'node:fs'
import path from 'node:path'

import { createClient, type Client } from '@libsql/client'
import type { SQLiteAdapter } from '@payloadcms/db-sqlite'
import type { Payload } from 'payload'

import {
  countCollections,
  databaseEntry,
  describeFile,
  figuresPrefix,
  manifestEntry,
  manifestFormat,
  quoted,
  secretEntry,
  type ArchivedFile,
  type CollectionTables,
  type Manifest,
} from './manifest'
import { createArchive, type ArchiveWriter } from './sqlar'

export interface BackupSource {
  /** A connection to the live database, with a busy timeout. */
  client: Client
  collections: CollectionTables[]
  /** The tables that name each figure's files: its original, and its renditions. */
  figureTables: FigureTables
  figuresDir: string
  /** The embedded default's secret file, when that is the database backed up. */
  secretFile?: string
}

/**
 * Each collection's table and versions table, as Payload's SQL adapter names them (the snake case
 * of the slug, or the collection's dbName), read from the adapter so a renamed table is found.
 */
export function collectionTables(payload: Payload): CollectionTables[] {
  const adapter = payload.db as unknown as SQLiteAdapter
  const tableOf = (key: string, slug: string): string => {
    const table = adapter.tableNameMap.get(key)
    if (!table) throw new Error(`Payload's SQLite adapter has no table for collection "${slug}"`)
    return table
  }
  return payload.config.collections.map(({ slug, versions }) => {
    const key = slug.replaceAll('-', '_')
    return {
      slug,
      table: tableOf(key, slug),
      versionsTable: versions ? tableOf(`_${key}${adapter.versionsSuffix}`, slug) : undefined,
    }
  })
}

export interface FigureTables {
  figures: string
  sources: string
}

export function figureTables(payload: Payload): FigureTables {
  const adapter = payload.db as unknown as SQLiteAdapter
  const [figures, sources] = ['figures', 'figures_sources'].map((key) => {
    const table = adapter.tableNameMap.get(key)
    if (!table) throw new Error(`Payload's SQLite adapter has no table ${key}`)
    return table
  })
  return { figures, sources }
}

/** Every file name the figures in the snapshot give, original and renditions. */
async function namedFigureFiles(client: Client, tables: FigureTables): Promise<string[]> {
  const { rows } = await client.execute(
    `SELECT filename FROM ${quoted(tables.figures)} WHERE filename IS NOT NULL ` +
      `UNION SELECT filename FROM ${quoted(tables.sources)}`,
  )
  return rows.map((row) => String(row.filename))
}

/** Every regular file under `dir`, as paths relative to it with forward slashes, sorted. */
function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return []
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) =>
      path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'),
    )
    .sort()
}

async function addFile(archive: ArchiveWriter, entry: string, file: string): Promise<ArchivedFile> {
  const data = fs.readFileSync(file)
  await archive.add(entry, data)
  return describeFile(entry, data)
}

/**
 * Adds the figures folder's files. A file deleted between listing and reading (a figure deleted,
 * or its crops remade, meanwhile) is left out rather than failing the backup: if the snapshot
 * names it, the manifest lists it as missing.
 */
async function addFigureFiles(archive: ArchiveWriter, dir: string): Promise<ArchivedFile[]> {
  const figures: ArchivedFile[] = []
  for (const file of filesUnder(dir)) {
    try {
      figures.push(await addFile(archive, figuresPrefix + file, path.join(dir, file)))
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
    }
  }
  return figures
}

/**
 * Reads the snapshot, not the live database, which has moved on: each collection's count and
 * the figure files it names.
 */
async function readSnapshot(snapshot: string, source: BackupSource) {
  const client = createClient({ url: `file:${snapshot}` })
  try {
    return {
      collections: await countCollections(client, source.collections),
      figureFiles: await namedFigureFiles(client, source.figureTables),
    }
  } finally {
    client.close()
  }
}

/**
 * Writes the archive at `archive`, which must not exist yet. It is written under a temporary
 * name beside it and renamed when complete, so a failed backup leaves nothing at `archive`.
 */
export async function writeBackup(source: BackupSource, archive: string): Promise<Manifest> {
  const target = path.resolve(archive)
  if (fs.existsSync(target)) throw new Error(`${archive} already exists; name a new archive`)
  fs.mkdirSync(path.dirname(target), { recursive: true })
  const work = fs.mkdtempSync(path.join(path.dirname(target), '.newsdesk-backup-'))
  const snapshot = path.join(work, 'newsdesk.db')
  const partial = path.join(work, 'archive.sqlar')
  let writer: ArchiveWriter | undefined
  try {
    const createdAt = new Date().toISOString()
    await source.client.execute({ args: [snapshot], sql: 'VACUUM INTO ?' })
    const { collections, figureFiles } = await readSnapshot(snapshot, source)
    writer = await createArchive(partial)
    const database = await addFile(writer, databaseEntry, snapshot)
    const figures = await addFigureFiles(writer, source.figuresDir)
    const secret =
      source.secretFile && fs.existsSync(source.secretFile)
        ? await addFile(writer, secretEntry, source.secretFile)
        : undefined
    const archived = new Set(figures.map(({ entry }) => entry))
    const manifest: Manifest = {
      collections,
      createdAt,
      database,
      figures,
      format: manifestFormat,
      missingFigureFiles: figureFiles.filter((name) => !archived.has(figuresPrefix + name)),
      secret,
      version: 1,
    }
    await writer.add(manifestEntry, Buffer.from(JSON.stringify(manifest, null, 2)))
    await writer.finish()
    writer = undefined
    // Never replaces an archive made meanwhile by another backup under the same name.
    fs.linkSync(partial, target)
    return manifest
  } finally {
    writer?.abandon()
    fs.rmSync(work, { force: true, recursive: true })
  }
}
