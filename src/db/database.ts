import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { DatabaseAdapterObj } from 'payload'

import { keepBusyTimeout, sqliteBusyTimeoutMs } from './busyTimeout'
import { withListIndexes } from './listIndexes'
import { logBrokenConnections, postgresConnectTimeoutMs } from './postgresPool'
import { searchExtensions, withSearchIndexes } from './searchIndexes'
import { serializeTransactions } from './serializeTransactions'
import { keepStatisticsFresh } from './sqliteStatistics'

export type DatabaseKind = 'mongodb' | 'postgres' | 'sqlite'

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')

/** The embedded default: an SQLite file that the first start creates. */
export const embeddedDatabaseFile = path.join('data', 'newsdesk.db')

const kindsByScheme: Record<string, DatabaseKind> = {
  file: 'sqlite',
  libsql: 'sqlite',
  mongodb: 'mongodb',
  'mongodb+srv': 'mongodb',
  postgres: 'postgres',
  postgresql: 'postgres',
}

/** Which adapter a DATABASE_URL asks for; unset means the embedded SQLite default. */
export function databaseKind(url: string | undefined): DatabaseKind {
  if (!url) return 'sqlite'
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase()
  const kind = scheme ? kindsByScheme[scheme] : undefined
  if (!kind) {
    // Only the scheme is echoed: the rest of the URL may hold a password.
    throw new Error(
      `DATABASE_URL has ${scheme ? `the unsupported scheme "${scheme}:"` : 'no scheme'}; ` +
        'use postgres://… for PostgreSQL, mongodb://… for MongoDB, file:… for an SQLite file, ' +
        'or leave it unset for the embedded SQLite database in ./data/.',
    )
  }
  return kind
}

/**
 * The database adapter for a DATABASE_URL. Only the adapter in use is loaded. The SQL adapters
 * never push schema changes: migrations in `migrations/<kind>` are the one way a schema changes,
 * and a production start applies them.
 */
export async function databaseAdapter(url: string | undefined): Promise<DatabaseAdapterObj> {
  switch (databaseKind(url)) {
    case 'mongodb': {
      const { mongooseAdapter } = await import('@payloadcms/db-mongodb')
      return mongooseAdapter({ url: url as string })
    }
    case 'postgres': {
      const { postgresAdapter } = await import('@payloadcms/db-postgres')
      const { index } = await import('@payloadcms/db-postgres/drizzle/pg-core')
      const { migrations } = await import('../../migrations/postgres')
      return logBrokenConnections(
        postgresAdapter({
          afterSchemaInit: [withListIndexes(index), withSearchIndexes(index)],
          extensions: searchExtensions,
          migrationDir: path.join(projectRoot, 'migrations', 'postgres'),
          pool: { connectionString: url, connectionTimeoutMillis: postgresConnectTimeoutMs },
          prodMigrations: migrations,
          push: false,
        }),
      )
    }
    case 'sqlite': {
      const { sqliteAdapter } = await import('@payloadcms/db-sqlite')
      const { index } = await import('@payloadcms/db-sqlite/drizzle/sqlite-core')
      const { migrations } = await import('../../migrations/sqlite')
      if (!url) fs.mkdirSync(path.dirname(embeddedDatabaseFile), { recursive: true })
      const adapter = sqliteAdapter({
        afterSchemaInit: [withListIndexes(index)],
        // Other processes write to the same file (see "Several processes" in the README).
        busyTimeout: sqliteBusyTimeoutMs,
        client: { url: url ?? `file:${embeddedDatabaseFile}` },
        migrationDir: path.join(projectRoot, 'migrations', 'sqlite'),
        prodMigrations: migrations,
        push: false,
        // Off by default in Payload's SQLite adapter; an issue publishes its stories all or nothing.
        transactionOptions: {},
        // Readers never wait for the writer, nor a backup for either.
        wal: true,
      })
      return serializeTransactions(
        keepStatisticsFresh(keepBusyTimeout(adapter, sqliteBusyTimeoutMs)),
      )
    }
  }
}
