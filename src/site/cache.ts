/**
 * The cache of the site's published reads: in this process, bounded, keyed by read and arguments.
 *
 * Published content changes only when something is published, unpublished, deleted, or when a
 * figure or the Newsletter global is saved; each of these clears the whole cache (publishing is
 * rare, and the archive and "latest issue" depend on every issue, so finer keys would buy little).
 * A publish runs in a transaction: the cache is cleared when the change is made and again when the
 * transaction commits, and a read that overlapped either is not stored, so no read that starts
 * after a publish returns the old content.
 */

const maxEntries = 500

let generation = 0
const entries = new Map<string, unknown>()

/** Off with NEWSDESK_SITE_CACHE=off (benchmarks of cold reads, debugging). */
export const siteCacheEnabled = () => process.env.NEWSDESK_SITE_CACHE !== 'off'

/** Changes whenever the cache is cleared; caches built on these reads are cleared with it. */
export const siteCacheGeneration = (): number => generation

export function invalidateSiteCache(): void {
  generation++
  entries.clear()
}

export async function cachedRead<T>(key: string, read: () => Promise<T>): Promise<T> {
  if (!siteCacheEnabled()) return read()
  if (entries.has(key)) {
    const value = entries.get(key) as T
    // Map keeps insertion order: moving a hit to the end makes the first key the least recently used.
    entries.delete(key)
    entries.set(key, value)
    return value
  }
  const startedAt = generation
  const value = await read()
  if (generation === startedAt) {
    entries.set(key, value)
    if (entries.size > maxEntries) entries.delete(entries.keys().next().value as string)
  }
  return value
}
