import { execFileSync } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import pg from 'pg'

/** Runs the project's own CLI, as a user would, against one test database. */
export const payloadCli = (args, env) => {
  const { NODE_OPTIONS: _jestOnly, ...inherited } = process.env
  return execFileSync(path.resolve('node_modules/.bin/payload'), args, {
    encoding: 'utf8',
    env: { ...inherited, ...env, NODE_OPTIONS: '--no-deprecation' },
    stdio: 'pipe',
  })
}

const prepare = (name, url, dir) => {
  const env = { DATABASE_URL: url, FIGURES_DIR: path.join(dir, `figures-${name}`) }
  payloadCli(['run', 'scripts/seed.ts'], env)
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
