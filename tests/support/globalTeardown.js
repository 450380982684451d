import { rmSync } from 'node:fs'

import pg from 'pg'

export default async function globalTeardown() {
  const database = process.env.NEWSDESK_TEST_POSTGRES_DATABASE
  if (database) {
    const admin = new pg.Client({ connectionString: process.env.TEST_POSTGRES_URL })
    await admin.connect()
    await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`)
    await admin.end()
  }
  if (process.env.NEWSDESK_TEST_DIR) rmSync(process.env.NEWSDESK_TEST_DIR, { force: true, recursive: true })
}
