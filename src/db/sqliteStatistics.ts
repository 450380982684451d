import type { Client } from '@libsql/client'
import type { SQLiteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'

import { afterConnect } from './afterConnect'

const everyHourMs = 60 * 60 * 1000

/**
 * SQLite picks a query's index from the statistics ANALYZE gathers; without them it cannot tell
 * an index that finds a few rows (a document's ID) from one that finds half the archive
 * (`latest`), and at 20,000 stories it walked every latest version in sort order to find the ten
 * versions of one issue's stories. SQLite never gathers them by itself: they are gathered at start
 * and every hour as the archive grows, sampling at most 1,000 rows per index (16 ms at 20,000
 * stories). A busy database is analysed at the next turn.
 */
async function analyze(client: Client): Promise<void> {
  try {
    await client.execute('PRAGMA analysis_limit = 1000')
    await client.execute('ANALYZE')
  } catch {
    // The statistics are a hint: the queries are right without them, only slower.
  }
}

export const keepStatisticsFresh = (
  adapterObj: DatabaseAdapterObj<SQLiteAdapter>,
): DatabaseAdapterObj<SQLiteAdapter> =>
  afterConnect(adapterObj, (adapter) => {
    void analyze(adapter.client)
    setInterval(() => void analyze(adapter.client), everyHourMs).unref()
  })
