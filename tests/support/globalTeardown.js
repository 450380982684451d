import { rmSync } from 'node:fs'

import pg from 'pg'

/** The forced drop ends the sessions test files left in their pools; those pools then report it. */
const ignoreDroppedSessions = (error) => {
  const cause = error?.code === 'ERR_UNHANDLED_ERROR' ? error.context : error
  if (cause?.code !== '57P01') throw error
}

export default async function globalTeardown() {
  const database = process.env.NEWSDESK_TEST_POSTGRES_DATABASE
  if (database) {
    process.on('uncaughtException', ignoreDroppedSessions)
    const admin = new pg.Client({ connectionString: process.env.TEST_POSTGRES_URL })
    await admin.connect()
    const { rows } = await admin.query(
      'SELECT datname FROM pg_database WHERE datname = $1 OR datname LIKE $2',
      [database, `${database}\\_%`],
    )
    for (const { datname } of rows)
      await admin.query(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`)
    await admin.end()
  }
  if (process.env.NEWSDESK_TEST_DIR)
    rmSync(process.env.NEWSDESK_TEST_DIR, { force: true, recursive: true })
}
