/** One key's window: how many requests it made since the window opened, and when it closes. */
export interface Window {
  count: number
  endsAt: number
}

/**
 * Counts requests per key (a client's address) in fixed windows of `windowMs`, in this process's
 * memory. At most `maxKeys` windows are kept: a flood of new keys pushes out the windows renewed
 * longest ago, so memory stays bounded whatever the callers claim to be.
 */
export function windowCounter({
  maxKeys,
  now,
  windowMs,
}: {
  maxKeys: number
  now: () => number
  windowMs: number
}): (key: string) => Window {
  const windows = new Map<string, Window>()
  return (key) => {
    const at = now()
    const open = windows.get(key)
    if (open && open.endsAt > at) {
      open.count++
      return { ...open }
    }
    // Map keeps insertion order: a renewed window goes last, so the first is the oldest.
    windows.delete(key)
    if (windows.size >= maxKeys) windows.delete(windows.keys().next().value as string)
    const renewed = { count: 1, endsAt: at + windowMs }
    windows.set(key, renewed)
    return { ...renewed }
  }
}
