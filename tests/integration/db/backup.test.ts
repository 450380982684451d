/**
 * `npm run backup` archives the embedded database and the figures folder while the app writes;
 * `npm run restore` puts an archive into an empty data folder. Here this file's Payload instance
 * (the server) keeps writing stories and figures while the backup CLI runs in a process of its
 * own; the archive is restored into a fresh folder, Payload is started on it in another process,
 * and every document, version and figure file the server had acknowledged before the backup
 * began must be there, byte for byte.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { createClient } from '@libsql/client'
import type { SQLiteAdapter } from '@payloadcms/db-sqlite'

import { runTsx } from '../../../scripts/runTsx.js'
import { collectionTables, figureTables, writeBackup } from '../../../src/backup/backup'
import { databaseKind } from '../../../src/db/database'
import { payload, unique } from '../../support/api'
import { actingAs, makeFigure, makeStory, publishThroughReview } from '../../support/fixtures'
import { inventory, type Inventory } from '../../support/inventory'
import { until } from '../../support/until'

afterAll(() => payload.destroy())

const onSqlite = databaseKind(process.env.DATABASE_URL) === 'sqlite'
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'newsdesk-backup-test-'))
afterAll(() => fs.rmSync(scratch, { force: true, recursive: true }))

/** The environment of a process on the data in `dir`. */
const dataIn = (dir: string) => ({
  DATABASE_URL: `file:${path.join(dir, 'newsdesk.db')}`,
  FIGURES_DIR: path.join(dir, 'figures'),
})
const liveData = {
  DATABASE_URL: process.env.DATABASE_URL!,
  FIGURES_DIR: process.env.FIGURES_DIR!,
}

const run = (script: string, args: string[], env: Record<string, string>) =>
  runTsx([path.resolve(script), ...args], env) as Promise<{ output: string; status: number }>

/** Keeps saving stories (and now and then a figure) until stopped; counts what was acknowledged. */
function keepWriting() {
  let stopped = false
  let acknowledged = 0
  const done = (async () => {
    const req = await actingAs('editor')
    for (let index = 0; !stopped; index++) {
      if (index % 10 === 0) await makeFigure()
      await payload.create({
        collection: 'stories',
        data: { dek: 'Saved while a backup runs.', headline: `During backup ${unique()}` },
        draft: true,
        req,
      })
      acknowledged++
    }
  })()
  return {
    acknowledged: () => acknowledged,
    stop: async () => {
      stopped = true
      await done
    },
  }
}

const missingFrom = (expected: Inventory, actual: Inventory) => ({
  documents: Object.fromEntries(
    Object.entries(expected.documents).map(([slug, ids]) => [
      slug,
      ids.filter((id) => !actual.documents[slug]?.includes(id)),
    ]),
  ),
  figureFiles: Object.entries(expected.figureFiles)
    .filter(([name, sum]) => actual.figureFiles[name] !== sum)
    .map(([name]) => name),
  versions: Object.fromEntries(
    Object.entries(expected.versions).map(([slug, ids]) => [
      slug,
      ids.filter((id) => !actual.versions[slug]?.includes(id)),
    ]),
  ),
})

const nothingMissing = (expected: Inventory) => ({
  documents: Object.fromEntries(Object.keys(expected.documents).map((slug) => [slug, []])),
  figureFiles: [],
  versions: Object.fromEntries(Object.keys(expected.versions).map((slug) => [slug, []])),
})

;(onSqlite ? describe : describe.skip)('backups of the embedded database', () => {
  const archive = path.join(scratch, 'desk.sqlar')

  it('backs up while the server writes, and restores everything acknowledged before', async () => {
    // A long read, as a slow request would make, keeps SQLite from checkpointing: what is written
    // from now on is in the write-ahead log only, which a copy of the database file would miss.
    const reader = createClient({ url: liveData.DATABASE_URL })
    await reader.execute('BEGIN')
    await reader.execute('SELECT count(*) FROM stories')
    await publishThroughReview('stories', (await makeStory('draft')).id)
    const writer = keepWriting()
    let expected: Inventory
    let duringBackup: number
    try {
      await until(() => writer.acknowledged() >= 5, { deadlineMs: 30_000, what: 'early writes' })
      expected = await inventory(payload, liveData.FIGURES_DIR)
      const before = writer.acknowledged()
      const backup = await run('scripts/backup.ts', [archive], liveData)
      duringBackup = writer.acknowledged() - before
      expect(backup).toMatchObject({ status: 0 })
      expect(backup.output).toMatch(/Backed up .* figure files to /)
      expect(backup.output).not.toMatch(/Warning/)
    } finally {
      await writer.stop()
      await reader.execute('COMMIT')
      reader.close()
    }
    expect(duringBackup).toBeGreaterThan(0)

    const restored = path.join(scratch, 'restored')
    const restore = await run('scripts/restore.ts', [archive], dataIn(restored))
    expect(restore.output).toMatch(/Restored the backup of /)
    expect(restore.status).toBe(0)
    // Restoring is all there is to it: no temporary file is left beside the data.
    expect(fs.readdirSync(restored).sort()).toEqual(['figures', 'newsdesk.db'])

    const started = await run('tests/support/inventoryScript.ts', [], dataIn(restored))
    expect(started.status).toBe(0)
    const line = started.output.split('\n').find((text) => text.startsWith('INVENTORY '))
    const actual: Inventory = JSON.parse(line!.slice('INVENTORY '.length))
    expect(Object.keys(expected.figureFiles).length).toBeGreaterThan(0)
    expect(expected.versions.stories.length).toBeGreaterThan(0)
    expect(missingFrom(expected, actual)).toEqual(nothingMissing(expected))
  })

  it('refuses to restore over data that is there unless --force, and names it', async () => {
    const target = path.join(scratch, 'occupied')
    fs.mkdirSync(path.join(target, 'figures'), { recursive: true })
    fs.writeFileSync(path.join(target, 'figures', 'keep.jpg'), 'mine')
    const refused = await run('scripts/restore.ts', [archive], dataIn(target))
    expect(refused.status).toBe(1)
    expect(refused.output).toMatch(
      /refusing to restore over data that is there: .*figures \(1 entries\)/,
    )
    expect(refused.output).toMatch(/--force/)
    expect(fs.readdirSync(target)).toEqual(['figures'])
    expect(fs.readdirSync(path.join(target, 'figures'))).toEqual(['keep.jpg'])

    const forced = await run('scripts/restore.ts', [archive, '--force'], dataIn(target))
    expect(forced.status).toBe(0)
    expect(fs.existsSync(path.join(target, 'figures', 'keep.jpg'))).toBe(false)
    expect(fs.readdirSync(target).sort()).toEqual(['figures', 'newsdesk.db'])
  })

  it('refuses a damaged archive and leaves no folder behind', async () => {
    const damaged = path.join(scratch, 'damaged.sqlar')
    fs.copyFileSync(archive, damaged)
    const client = createClient({ url: `file:${damaged}` })
    await client.execute(
      "UPDATE sqlar SET data = zeroblob(sz) WHERE name = (SELECT max(name) FROM sqlar WHERE name LIKE 'figures/%')",
    )
    client.close()
    const target = path.join(scratch, 'from-damaged')
    const refused = await run('scripts/restore.ts', [damaged], dataIn(target))
    expect(refused.status).toBe(1)
    expect(refused.output).toMatch(
      /figures\/.* does not match its checksum: the archive is damaged/,
    )
    expect(fs.existsSync(target)).toBe(false)

    const notAnArchive = await run(
      'scripts/restore.ts',
      [liveData.FIGURES_DIR + '/none.sqlar'],
      dataIn(target),
    )
    expect(notAnArchive.output).toMatch(/none\.sqlar does not exist/)
    expect(fs.existsSync(target)).toBe(false)
  })

  it('never overwrites an archive, and a failed backup leaves no partial one', async () => {
    const source = {
      client: (payload.db as unknown as SQLiteAdapter).client,
      collections: collectionTables(payload),
      figureTables: figureTables(payload),
      figuresDir: liveData.FIGURES_DIR,
    }
    const before = fs.readFileSync(archive)
    await expect(writeBackup(source, archive)).rejects.toThrow(/already exists/)
    expect(fs.readFileSync(archive).equals(before)).toBe(true)

    // A figures "folder" that is a file fails the backup after the database is archived.
    const dir = path.join(scratch, 'failing')
    fs.mkdirSync(dir)
    const failing = path.join(dir, 'failing.sqlar')
    await expect(writeBackup({ ...source, figuresDir: archive }, failing)).rejects.toThrow(
      /ENOTDIR/,
    )
    expect(fs.readdirSync(dir)).toEqual([])
  })
})
