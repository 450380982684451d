import type { Payload } from 'payload'

/** The database adapter's read and write entry points; every SQL or MongoDB round trip starts in one. */
const adapterOperations = [
  'count',
  'countGlobalVersions',
  'countVersions',
  'create',
  'find',
  'findDistinct',
  'findGlobal',
  'findGlobalVersions',
  'findOne',
  'findVersions',
  'queryDrafts',
  'updateOne',
  'updateMany',
  'upsert',
] as const

/** Runs `work` and counts the database adapter operations it made. */
export async function countDatabaseOperations(
  payload: Payload,
  work: () => Promise<unknown>,
): Promise<number> {
  const db = payload.db as unknown as Record<string, unknown>
  const originals = new Map<string, (...args: unknown[]) => unknown>()
  let count = 0
  for (const name of adapterOperations) {
    const original = db[name]
    if (typeof original !== 'function') continue
    originals.set(name, original as (...args: unknown[]) => unknown)
    db[name] = function (this: unknown, ...args: unknown[]) {
      count++
      return (original as (...args: unknown[]) => unknown).apply(this, args)
    }
  }
  try {
    await work()
  } finally {
    for (const [name, original] of originals) db[name] = original
  }
  return count
}
