import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { DatabaseAdapterObj } from 'payload'

import { afterConnect } from './afterConnect'

/**
 * How long a query waits for a new connection to PostgreSQL. A server that is out of reach
 * without refusing (a network partition, a host restarting) would otherwise hold every request
 * until the operating system gives up, minutes later; after this the request answers 503
 * (src/shared/databaseUnavailable.ts).
 */
export const postgresConnectTimeoutMs = 5_000

/**
 * node-postgres reports a connection that breaks while no query of its own is running (idle in the
 * pool, or held by an open transaction between two queries) as an `error` event, of the pool or of
 * the connection, and with no listener that event is thrown: the server stopping or restarting
 * would end the app's process. The broken connection fails what it was holding and is dropped,
 * and the next query opens a new one once the server is back, so logging it is all there is to do.
 */
export const logBrokenConnections = (
  adapterObj: DatabaseAdapterObj<PostgresAdapter>,
): DatabaseAdapterObj<PostgresAdapter> =>
  afterConnect(adapterObj, (adapter) => {
    const log = (error: Error) =>
      adapter.payload.logger.warn(`A PostgreSQL connection broke: ${error.message}`)
    adapter.pool.on('error', log)
    adapter.pool.on('connect', (client) => client.on('error', log))
  })
