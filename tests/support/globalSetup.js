import { spawnSync } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import pg from 'pg'

/**
 * Runs `npm run seed`'s script against one test database. Node 20 now and then leaves a module's
 * top-level await unsettled while loading this graph through tsx (exit code 13, nothing done);
 * such a run is tried again, any other failure is not.
 */
export const seedDatabase = (env) => {
  const { NODE_OPTIONS: _jestOnly, ...inherited } = process.env
  for (let attempt = 1; ; attempt++) {
    const run = spawnSync(path.resolve('node_modules/.bin/tsx'), ['scripts/seed.ts'], {
      encoding: 'utf8',
      env: { ...inherited, ...env, NODE_OPTIONS: '--no-deprecation' },
    })
    if (run.status === 0) return run.stdout
    if (run.status !== 13 || attempt === 3) throw new Error(`seeding ${env.DATABASE_URL} failed (${run.status}):\n${run.stdout}\n${run.stderr}`)
  }
}

const prepare = (name, url, dir) => {
  const env = { DATABASE_URL: url, FIGURES_DIR: path.join(dir, `figures-${name}`) }
  seedDatabase(env)
  process.env[`NEWSDESK_TEST_${name.toUpperCase()}_URL`] = url
  process.env[`NEWSDESK_TEST_${name.toUpperCase()}_FIGURES`] = env.FIGURES_DIR
}

/**
 * Makes a fresh database per adapter, migrated with the committed migrations and seeded with the
 * demo desk by `npm run seed`'s script. Workers inherit the URLs through the environment.
 */
export default async function globalSetup() {
  process.env.PAYLOAD_SECRET ??= 'newsdesk-test-secret'
  const dir = mkdtempSync(path.join(tmpdir(), 'newsdesk-test-'))
  process.env.NEWSDESK_TEST_DIR = dir
  prepare('sqlite', `file:${path.join(dir, 'newsdesk.db')}`, dir)

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
