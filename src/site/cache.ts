/**
 * The cache of the site's published reads: in this process, bounded, keyed by read and arguments.
 *
 * Published content changes only when something is published, unpublished, deleted, or when a
 * figure or the Newsletter global is saved; each of these clears the whole cache (publishing is
 * rare, and the archive and "latest issue" depend on every issue, so finer keys would buy little).
 * A publish runs in a transaction: the cache is cleared when the change is made and again when the
 * transaction commits, and a read that overlapped either is not stored, so no read that starts
 * after a publish returns the old content.
 *
 * Changes made by other processes reach this one through ./redisSync, when configured. While this
 * process cannot be sure to hear them (its subscription is not up), the cache is suspended: reads
 * go to the database. An entry is also kept for `maxAgeMs` at most, which bounds the one case no message can
 * cover: a process that changed content and died, or lost Redis, before it could announce it.
 */

const maxEntries = 500
export const maxAgeMs = 60_000

interface Entry {
  storedAt: number
  value: unknown
}

let generation = 0
let suspended = false
const entries = new Map<string, Entry>()

/** Off with NEWSDESK_SITE_CACHE=off (benchmarks of cold reads, debugging). */
export const siteCacheEnabled = () => process.env.NEWSDESK_SITE_CACHE !== 'off'

/** Drops every answer, and keeps any read in flight from storing what it read before now. */
export function invalidateSiteCache(): void {
  generation++
  entries.clear()
}

/** Reads go to the database until `resumeSiteCache`: changes made elsewhere might go unheard. */
export function suspendSiteCache(): void {
  suspended = true
  invalidateSiteCache()
}

/** Changes made elsewhere are heard again; what was read while they were not is not trusted. */
export function resumeSiteCache(): void {
  invalidateSiteCache()
  suspended = false
}

const fresh = (entry: Entry) => Date.now() - entry.storedAt < maxAgeMs

export async function cachedRead<T>(key: string, read: () => Promise<T>): Promise<T> {
  if (suspended || !siteCacheEnabled()) return read()
  const entry = entries.get(key)
  entries.delete(key)
  // Map keeps insertion order: moving a hit to the end makes the first key the least recently used.
  if (entry && fresh(entry)) {
    entries.set(key, entry)
    return entry.value as T
  }
  const startedAt = generation
  // The age counts from the read's start: the database may have changed any time after it.
  const storedAt = Date.now()
  const value = await read()
  if (generation === startedAt) {
    entries.set(key, { storedAt, value })
    if (entries.size > maxEntries) entries.delete(entries.keys().next().value as string)
  }
  return value
}
