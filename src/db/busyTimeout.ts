import type { Client, TransactionMode } from '@libsql/client'
import type { SQLiteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'

import { afterConnect } from './afterConnect'

/**
 * How long an SQLite connection waits for another process's write lock (the server, `npm run
 * worker`, `npm run seed`, a backup) before giving up with SQLITE_BUSY. Newsdesk's writes hold
 * the lock for milliseconds; a long seed or migration may hold it for seconds.
 */
export const sqliteBusyTimeoutMs = 15_000

const patched = new WeakSet<Client>()

/**
 * libsql's client hands its connection to each transaction it begins and opens a new one, with
 * SQLite's default of no busy timeout, for the next statement: Payload's `busyTimeout` option
 * reaches the first connection only. The next connection is opened and given the timeout in the
 * same tick as the transaction begins, before any other statement can reach it.
 */
function keepTimeoutOnEveryConnection(client: Client, ms: number): void {
  if (patched.has(client)) return
  patched.add(client)
  const transaction = client.transaction.bind(client)
  client.transaction = async (mode?: TransactionMode) => {
    const [begun, primed] = await Promise.allSettled([
      transaction(mode),
      client.execute(`PRAGMA busy_timeout = ${ms}`),
    ])
    if (primed.status === 'rejected') {
      // An open transaction nobody holds would keep the write lock until the process exits.
      if (begun.status === 'fulfilled') begun.value.close()
      throw primed.reason
    }
    if (begun.status === 'rejected') throw begun.reason
    return begun.value
  }
}

/**
 * Makes every connection of Payload's SQLite adapter wait up to `ms` for a lock held by another
 * process instead of failing at once, so that other processes may write to the same file.
 */
export const keepBusyTimeout = (
  adapterObj: DatabaseAdapterObj<SQLiteAdapter>,
  ms: number,
): DatabaseAdapterObj<SQLiteAdapter> =>
  afterConnect(adapterObj, (adapter) => keepTimeoutOnEveryConnection(adapter.client, ms))
