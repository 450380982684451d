/**
 * The embedded database is shared by the server, `npm run worker`, `npm run seed` and a backup.
 * SQLite lets one connection write at a time; without a busy timeout a second process's write
 * fails at once with SQLITE_BUSY. Here this file's Payload instance (the server) and a process of
 * its own (tests/support/writeStoriesScript.ts) write stories to the same file at the same time.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { createClient } from '@libsql/client'
import type { SQLiteAdapter } from '@payloadcms/db-sqlite'

import { runTsx } from '../../../scripts/runTsx.js'
import { databaseKind } from '../../../src/db/database'
import { sqliteBusyTimeoutMs } from '../../../src/db/busyTimeout'
import { actingAs } from '../../support/fixtures'
import { payload, unique } from '../../support/api'
import { until } from '../../support/until'
import { writeDraftStories, type WriterReport } from '../../support/writeDraftStories'

afterAll(() => payload.destroy())

const onSqlite = databaseKind(process.env.DATABASE_URL) === 'sqlite'
const writesEach = 150

/** Saves `count` draft stories one by one, each in its own transaction, as an editor would. */
async function writeStories(prefix: string, count: number): Promise<WriterReport> {
  return writeDraftStories(payload, await actingAs('editor'), {
    count,
    dek: 'Written by the server.',
    prefix,
  })
}

const reportIn = (output: string): WriterReport => {
  const line = output.split('\n').find((text) => text.startsWith('{"endedAt"'))
  if (!line) throw new Error(`the other process printed no report:\n${output}`)
  return JSON.parse(line)
}

const storiesTitled = async (prefix: string) =>
  (await payload.count({ collection: 'stories', where: { headline: { like: prefix } } })).totalDocs

;(onSqlite ? describe : describe.skip)('several processes on one SQLite file', () => {
  it('keeps the busy timeout on the connection that follows a transaction', async () => {
    await payload.create({
      collection: 'stories',
      data: { dek: 'One.', headline: `Timeout ${unique()}` },
      draft: true,
      req: await actingAs('editor'),
    })
    const { rows } = await (payload.db as unknown as SQLiteAdapter).client.execute(
      'PRAGMA busy_timeout',
    )
    expect(rows[0].timeout).toBe(sqliteBusyTimeoutMs)
  })

  it('takes the write lock when a transaction begins, before it writes', async () => {
    const other = createClient({ url: process.env.DATABASE_URL! })
    const id = await payload.db.beginTransaction()
    try {
      await expect(other.execute('BEGIN IMMEDIATE')).rejects.toThrow(/SQLITE_BUSY/)
    } finally {
      await payload.db.rollbackTransaction(id!)
      other.close()
    }
  })

  it('lets the server and another process write at once: every write lands, none fails', async () => {
    const barrier = fs.mkdtempSync(path.join(os.tmpdir(), 'newsdesk-writers-'))
    const prefix = `Concurrent ${unique()}`
    const other = runTsx(
      [
        path.resolve('tests/support/writeStoriesScript.ts'),
        barrier,
        String(writesEach),
        `${prefix} other`,
      ],
      { DATABASE_URL: process.env.DATABASE_URL!, FIGURES_DIR: process.env.FIGURES_DIR! },
    )
    try {
      await until(() => fs.existsSync(path.join(barrier, 'ready')), {
        deadlineMs: 90_000,
        what: 'the other process opening Payload',
      })
      fs.writeFileSync(path.join(barrier, 'go'), '')
      const server = await writeStories(`${prefix} server`, writesEach)
      const { output, status } = (await other) as { output: string; status: number }
      expect(status).toBe(0)
      const elsewhere = reportIn(output)

      // The two runs overlapped: neither finished before the other started.
      expect(elsewhere.startedAt).toBeLessThan(server.endedAt)
      expect(server.startedAt).toBeLessThan(elsewhere.endedAt)
      const failures = [...server.failures, ...elsewhere.failures]
      expect({ failed: failures.length, first: failures[0] }).toEqual({ failed: 0 })
      expect(await storiesTitled(`${prefix} server`)).toBe(writesEach)
      expect(await storiesTitled(`${prefix} other`)).toBe(writesEach)
      console.log(
        `concurrent writers: ${writesEach} + ${writesEach} stories, server ${server.endedAt - server.startedAt} ms, ` +
          `other process ${elsewhere.endedAt - elsewhere.startedAt} ms, overlap ` +
          `${Math.min(server.endedAt, elsewhere.endedAt) - Math.max(server.startedAt, elsewhere.startedAt)} ms`,
      )
    } finally {
      await other
      fs.rmSync(barrier, { force: true, recursive: true })
    }
  })
})
