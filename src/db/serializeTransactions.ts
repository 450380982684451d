import type { BaseDatabaseAdapter, DatabaseAdapterObj } from 'payload'

/**
 * SQLite has one writer at a time: a second transaction that starts while another is open fails
 * at once with SQLITE_BUSY. Within one process (the embedded default) transactions are therefore
 * queued instead, each starting when the one before has committed or rolled back. Across
 * processes the busy timeout (busyTimeout.ts) makes the one queued transaction wait its turn: it
 * begins with BEGIN IMMEDIATE (the only way drizzle's libsql driver begins one), taking the write
 * lock up front, since a transaction that read first and then wrote could not wait for the lock
 * but would fail with SQLITE_BUSY whatever the timeout.
 */
export function serializeTransactions<T extends BaseDatabaseAdapter>(
  adapterObj: DatabaseAdapterObj<T>,
): DatabaseAdapterObj<T> {
  return {
    ...adapterObj,
    init: (args) => {
      const adapter = adapterObj.init(args)
      const { beginTransaction, commitTransaction, rollbackTransaction } = adapter
      let queue: Promise<void> = Promise.resolve()
      const releases = new Map<number | string, () => void>()

      adapter.beginTransaction = async (options) => {
        let release!: () => void
        const turn = queue
        queue = new Promise<void>((resolve) => (release = resolve))
        await turn
        try {
          const id = await beginTransaction.call(adapter, options)
          if (id === null) release()
          else releases.set(id, release)
          return id
        } catch (error) {
          release()
          throw error
        }
      }
      const finishing =
        (finish: typeof commitTransaction): typeof commitTransaction =>
        async (id) => {
          const key = id instanceof Promise ? await id : id
          try {
            await finish.call(adapter, key)
          } finally {
            releases.get(key)?.()
            releases.delete(key)
          }
        }
      adapter.commitTransaction = finishing(commitTransaction)
      adapter.rollbackTransaction = finishing(rollbackTransaction)
      return adapter
    },
  }
}
