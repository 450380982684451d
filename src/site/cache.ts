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

export const maxAgeMs = 60_000

let generation = 0
let suspended = false

/** Off with NEWSDESK_SITE_CACHE=off (benchmarks of cold reads, debugging). */
const siteCacheEnabled = () => process.env.NEWSDESK_SITE_CACHE !== 'off'

/** Changes whenever the cache is cleared; an answer made across a change is not kept. */
export const siteCacheGeneration = (): number => generation

/** Drops every answer, and keeps any read in flight from storing what it read before now. */
export function invalidateSiteCache(): void {
  generation++
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

interface Entry<V> {
  generation: number
  storedAt: number
  value: V
}

/**
 * A bounded store under the rules above: least recently used out first, emptied by every
 * invalidation, bypassed while suspended or off, and an answer older than `maxAgeMs` is not served.
 * The read cache below is one; the GraphQL answer cache (src/graphql/siteResponseCache.ts) another.
 */
export function siteCacheStore<V>(maxEntries: number) {
  const entries = new Map<string, Entry<V>>()
  return {
    /** Whether answers may be served and kept now. */
    active: (): boolean => !suspended && siteCacheEnabled(),
    get(key: string): V | undefined {
      const entry = entries.get(key)
      if (!entry) return undefined
      entries.delete(key)
      if (entry.generation !== generation || Date.now() - entry.storedAt >= maxAgeMs)
        return undefined
      // Map keeps insertion order: moving a hit to the end makes the first key the least recently used.
      entries.set(key, entry)
      return entry.value
    },
    /** A moment to pass to `keep` when the answer is made: its age counts from there. */
    start: () => ({ generation, storedAt: Date.now() }),
    /** Not kept if the cache was cleared while the answer was being made: it may hold content from before. */
    keep(key: string, value: V, started: { generation: number; storedAt: number }): void {
      if (started.generation !== generation || suspended) return
      entries.set(key, { ...started, value })
      if (entries.size > maxEntries) entries.delete(entries.keys().next().value as string)
    },
  }
}

const reads = siteCacheStore<unknown>(500)

export async function cachedRead<T>(key: string, read: () => Promise<T>): Promise<T> {
  if (!reads.active()) return read()
  const kept = reads.get(key)
  if (kept !== undefined) return kept as T
  const started = reads.start()
  const value = await read()
  reads.keep(key, value, started)
  return value
}
