import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import pg from 'pg'

import { runTsxSync } from '../../scripts/runTsx.js'

/** Runs `npm run seed`'s script against one test database. */
export const seedDatabase = (env) => {
  const run = runTsxSync(['scripts/seed.ts'], env)
  if (run.status !== 0)
    throw new Error(
      `seeding ${env.DATABASE_URL} failed (${run.status}):\n${run.stdout}\n${run.stderr}`,
    )
  return run.stdout
}

const prepare = (name, url, dir) => {
  const env = { DATABASE_URL: url, FIGURES_DIR: path.join(dir, `figures-${name}`) }
  seedDatabase(env)
  process.env[`NEWSDESK_TEST_${name.toUpperCase()}_FIGURES`] = env.FIGURES_DIR
}

/**
 * Makes a fresh database per adapter, migrated with the committed migrations and seeded with the
 * demo desk by `npm run seed`'s script: the template each test file copies (use-sqlite.js,
 * use-postgres.js). Workers inherit where they are through the environment.
 */
export default async function globalSetup() {
  process.env.PAYLOAD_SECRET ??= 'newsdesk-test-secret'
  const dir = mkdtempSync(path.join(tmpdir(), 'newsdesk-test-'))
  process.env.NEWSDESK_TEST_DIR = dir
  process.env.NEWSDESK_TEST_SQLITE_FILE = path.join(dir, 'newsdesk.db')
  prepare('sqlite', `file:${process.env.NEWSDESK_TEST_SQLITE_FILE}`, dir)

  if (process.env.TEST_POSTGRES_URL) {
    const database = `newsdesk_test_${process.pid}_${Date.now()}`
    const admin = new pg.Client({ connectionString: process.env.TEST_POSTGRES_URL })
    await admin.connect()
    await admin.query(`CREATE DATABASE ${database}`)
    await admin.end()
    process.env.NEWSDESK_TEST_POSTGRES_DATABASE = database
    const url = new URL(process.env.TEST_POSTGRES_URL)
    url.pathname = `/${database}`
    prepare('postgres', url.toString(), dir)
  }
}
