/**
 * `npm run restore -- <archive>`: puts a backup's database, figures and secret where the app will
 * look for them. Everything is written under temporary names beside its place and checked (each
 * file's checksum, SQLite's integrity check, the row count of every collection) before anything
 * is moved into place, so a failed restore leaves what was there before, and no partial folder.
 */
import fs from 'node:fs'
import path from 'node:path'

import { createClient } from '@libsql/client'

import {
  countCollections,
  databaseEntry,
  manifestEntry,
  parseManifest,
  sha256,
  type ArchivedFile,
  type Manifest,
} from './manifest'
import { openArchive, type ArchiveReader } from './sqlar'

/** Where the restored data goes: where the app will read it. */
export interface RestoreTargets {
  databaseFile: string
  figuresDir: string
  /** The embedded default's secret file; undefined when the app is given PAYLOAD_SECRET. */
  secretFile?: string
}

/** What is already at the targets, described for the refusal: empty when there is nothing. */
function existingData(targets: RestoreTargets): string[] {
  const found: string[] = []
  for (const file of [targets.databaseFile, `${targets.databaseFile}-wal`, targets.secretFile])
    if (file && fs.existsSync(file)) found.push(file)
  if (fs.existsSync(targets.figuresDir) && fs.readdirSync(targets.figuresDir).length > 0)
    found.push(`${targets.figuresDir} (${fs.readdirSync(targets.figuresDir).length} entries)`)
  return found
}

/** An entry's bytes, checked against the manifest, written to `file`. */
async function extract(reader: ArchiveReader, archived: ArchivedFile, file: string) {
  const data = await reader.read(archived.entry)
  if (!data) throw new Error(`the archive lacks ${archived.entry}, which its manifest lists`)
  if (data.length !== archived.bytes || sha256(data) !== archived.sha256)
    throw new Error(
      `${archived.entry} in the archive does not match its checksum: the archive is damaged`,
    )
  fs.mkdirSync(path.dirname(file), { recursive: true })
  fs.writeFileSync(file, data, { flag: 'wx' })
}

/** A figure's entry name, refused if it would be written outside the figures folder. */
function figurePath(stagingDir: string, entry: string): string {
  const relative = entry.replace(/^figures\//, '')
  const file = path.resolve(stagingDir, relative)
  if (!file.startsWith(stagingDir + path.sep))
    throw new Error(`the archive names a figure outside the figures folder: ${entry}`)
  return file
}

/** The restored database opens, passes SQLite's integrity check and holds the rows the manifest counted. */
async function checkDatabase(file: string, manifest: Manifest): Promise<void> {
  const client = createClient({ url: `file:${file}` })
  try {
    const { rows } = await client.execute('PRAGMA integrity_check')
    if (rows[0]?.integrity_check !== 'ok')
      throw new Error(
        `the archived database fails SQLite's integrity check: ${JSON.stringify(rows)}`,
      )
    const counts = await countCollections(client, manifest.collections)
    for (const [index, count] of counts.entries()) {
      const expected = manifest.collections[index]
      if (count.documents !== expected.documents || count.versions !== expected.versions)
        throw new Error(
          `the archived database holds ${count.documents} ${count.slug} (${count.versions ?? 0} versions); ` +
            `the manifest counted ${expected.documents} (${expected.versions ?? 0})`,
        )
    }
  } finally {
    client.close()
  }
}

interface Move {
  from: string
  to: string
}

/**
 * Moves each staged path into place, the old data (with --force) aside first. If one move
 * fails, those done are undone, so the targets hold either the old data or the restored data.
 */
function swapIntoPlace(moves: Move[], stamp: string): void {
  const done: Move[] = []
  const undo = () => {
    for (const move of done.reverse()) fs.renameSync(move.to, move.from)
  }
  try {
    for (const { from, to } of moves) {
      // A stale write-ahead log beside a restored database would be replayed into it.
      for (const file of [to, `${to}-wal`, `${to}-shm`]) {
        if (!fs.existsSync(file)) continue
        const aside = `${file}.replaced-${stamp}`
        fs.renameSync(file, aside)
        done.push({ from: file, to: aside })
      }
      fs.renameSync(from, to)
      done.push({ from, to })
    }
  } catch (error) {
    undo()
    throw error
  }
  for (const move of done)
    if (move.to.includes(`.replaced-${stamp}`)) fs.rmSync(move.to, { force: true, recursive: true })
}

export interface RestoreResult {
  manifest: Manifest
  /** Set when the archive's secret was not restored, as the app is given PAYLOAD_SECRET. */
  secretSkipped: boolean
}

/** Makes the folders the targets go in; returns the topmost of those it made. */
function makeParentFolders(targets: RestoreTargets): string[] {
  const made: string[] = []
  for (const target of [targets.databaseFile, targets.figuresDir, targets.secretFile]) {
    const folder = target && fs.mkdirSync(path.dirname(target), { recursive: true })
    if (folder) made.push(folder)
  }
  return made
}

/**
 * Writes each file of the backup under its temporary name, checked, and records in `moves`
 * where each is to go (as it goes, so a failure midway still finds what to remove).
 */
async function stage(
  reader: ArchiveReader,
  manifest: Manifest,
  targets: RestoreTargets,
  staged: (target: string) => string,
  moves: Move[],
): Promise<void> {
  const database = { from: staged(targets.databaseFile), to: targets.databaseFile }
  moves.push(database)
  await extract(reader, manifest.database, database.from)
  await checkDatabase(database.from, manifest)

  const figures = { from: staged(targets.figuresDir), to: targets.figuresDir }
  moves.push(figures)
  fs.mkdirSync(figures.from)
  for (const figure of manifest.figures)
    await extract(reader, figure, figurePath(figures.from, figure.entry))

  if (manifest.secret && targets.secretFile) {
    const secret = { from: staged(targets.secretFile), to: targets.secretFile }
    moves.push(secret)
    await extract(reader, manifest.secret, secret.from)
  }
}

function refuseExistingData(targets: RestoreTargets): void {
  const present = existingData(targets)
  if (present.length > 0)
    throw new Error(
      `refusing to restore over data that is there: ${present.join(', ')}. Restore into an ` +
        'empty folder (set DATABASE_URL and FIGURES_DIR), or stop every process using it and ' +
        'pass --force to replace it.',
    )
}

export async function restoreBackup(
  archive: string,
  targets: RestoreTargets,
  { force = false }: { force?: boolean } = {},
): Promise<RestoreResult> {
  const reader = await openArchive(archive)
  const stamp = `${process.pid}-${Date.now()}`
  const moves: Move[] = []
  // Folders this restore makes for its targets, removed again if it fails.
  let madeFolders: string[] = []
  let restored = false
  try {
    const manifest = parseManifest(archive, (await reader.read(manifestEntry))?.toString('utf8'))
    if (!force) refuseExistingData(targets)
    if (manifest.database.entry !== databaseEntry)
      throw new Error(
        `the manifest names ${manifest.database.entry} as its database, not ${databaseEntry}`,
      )
    madeFolders = makeParentFolders(targets)
    await stage(reader, manifest, targets, (target) => `${target}.restoring-${stamp}`, moves)
    swapIntoPlace(moves, stamp)
    restored = true
    return { manifest, secretSkipped: Boolean(manifest.secret && !targets.secretFile) }
  } finally {
    reader.close()
    for (const { from } of moves)
      for (const file of [from, `${from}-wal`, `${from}-shm`])
        fs.rmSync(file, { force: true, recursive: true })
    if (!restored)
      for (const folder of madeFolders) fs.rmSync(folder, { force: true, recursive: true })
  }
}
