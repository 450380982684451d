/**
 * Tells every process on one database when published content changed, through Redis pub/sub, so
 * each clears its in-process cache (./cache): app servers and the `npm run worker` that publishes
 * scheduled issues. Only made when the plugin's `siteCache.redisURL` is set; a single server
 * needs none of it.
 *
 * Why reads stay correct when Redis misbehaves:
 * - A process whose subscription is not up (starting, Redis unreachable, connection dropped) may
 *   miss a message, so it suspends its cache and reads the database until it has subscribed again,
 *   then starts from an empty cache: whatever it missed meanwhile cannot be served.
 * - A process that cannot announce a change (its own connection down) remembers it and announces
 *   it when it reconnects. Were Redis down for everyone, nobody caches meanwhile; were it down for
 *   this process only, the others serve the old content until it reconnects, at most the cache's
 *   max age (a minute); so too if it dies between commit and announcing. The publish itself
 *   never waits on Redis for longer than `commandTimeoutMs`, and never fails because of it.
 */
import { randomUUID } from 'node:crypto'

import type { Redis } from 'ioredis'
import type { Payload } from 'payload'

import { invalidateSiteCache, resumeSiteCache, suspendSiteCache } from './cache'

export interface SiteCacheSyncOptions {
  /** The processes to tell share this name; see `NewsdeskOptions.siteCache.namespace`. */
  namespace: string
  redisURL: string
}

/** How long a publish waits for Redis to take its announcement. */
const commandTimeoutMs = 1_000

/** Tells this process's own announcements, which come back on the channel, from the others'. */
const senderID = randomUUID()

const channelOf = (namespace: string) => `newsdesk:site-cache:${namespace}`

/** Where Redis is, without the password a URL may hold. */
const redisAddress = (client: Redis) => `${client.options.host}:${client.options.port}`

/** Duck-typed: an error from another realm (a test's VM context) is no `instanceof Error` here. */
const reason = (error: unknown) => String((error as { message?: unknown } | null)?.message ?? error)

interface SiteCacheSync {
  announce(): Promise<void>
  close(): Promise<void>
}

const syncs = new WeakMap<Payload, SiteCacheSync>()

let announcementsHeard = 0

/**
 * How many announcements, this process's own included, the channel has delivered here: what a
 * caller waits on to know one has arrived and been handled, instead of waiting a while.
 */
export const siteAnnouncementsHeard = (): number => announcementsHeard

/** Tells the other processes of this Payload's database that published content changed. */
export const announceSiteChange = (payload: Payload): Promise<void> =>
  syncs.get(payload)?.announce() ?? Promise.resolve()

/**
 * Subscribes to the channel and suspends the cache whenever the subscription is not up. Resolves
 * when the first attempt has subscribed or failed, so a start with Redis up begins with the cache on.
 */
function listen(payload: Payload, subscriber: Redis, channel: string): Promise<void> {
  let lastError: unknown = 'connection closed'
  let outageLogged = false
  let settleFirstAttempt!: () => void
  const firstAttempt = new Promise<void>((resolve) => (settleFirstAttempt = resolve))

  const deaf = (error: unknown) => {
    suspendSiteCache()
    settleFirstAttempt()
    if (outageLogged) return
    outageLogged = true
    payload.logger.warn(
      `Site cache: not subscribed to Redis at ${redisAddress(subscriber)} (${reason(error)}); ` +
        'published reads go to the database until it is back.',
    )
  }
  const hearing = () => {
    resumeSiteCache()
    settleFirstAttempt()
    if (outageLogged)
      payload.logger.info(
        `Site cache: subscribed to Redis at ${redisAddress(subscriber)} again; cache on.`,
      )
    outageLogged = false
  }

  // Counts closed connections, so a subscription confirmed on one that has closed since is not trusted.
  let closes = 0
  suspendSiteCache()
  subscriber.on('error', (error) => (lastError = error))
  subscriber.on('close', () => {
    closes++
    deaf(lastError)
    lastError = 'connection closed'
  })
  subscriber.on('ready', () => {
    // The cache is trusted only once Redis has confirmed the subscription: a message sent before
    // that would be missed.
    const connection = closes
    subscriber.subscribe(channel).then(
      () => {
        if (connection === closes) hearing()
      },
      (error: unknown) => deaf(error),
    )
  })
  subscriber.on('message', (_channel: string, sender: string) => {
    if (sender !== senderID) invalidateSiteCache()
    announcementsHeard += 1
  })
  subscriber.connect().catch(() => {
    // Reported by the 'close' listener; ioredis keeps retrying.
  })
  return firstAttempt
}

/** Publishes announcements; one that cannot be sent now is sent when the connection is back. */
function announcer(payload: Payload, publisher: Redis, channel: string): SiteCacheSync['announce'] {
  let pending = false
  let failureLogged = false

  const announce = async (): Promise<void> => {
    if (publisher.status !== 'ready') {
      pending = true
      return
    }
    try {
      await publisher.publish(channel, senderID)
      failureLogged = false
    } catch (error) {
      pending = true
      if (failureLogged) return
      failureLogged = true
      payload.logger.error(
        `Site cache: could not tell other processes that published content changed (${reason(error)}); ` +
          'will retry when Redis is back.',
      )
    }
  }

  publisher.on('error', () => {
    // Connection failures are retried by ioredis; an announcement that fails is logged above.
  })
  publisher.on('ready', () => {
    if (!pending) return
    pending = false
    void announce()
  })
  publisher.connect().catch(() => {
    // Retried by ioredis; announcements wait for it.
  })
  return announce
}

/** Closes both connections, sending announcements already handed to Redis first. */
async function closeClients(subscriber: Redis, publisher: Redis): Promise<void> {
  subscriber.removeAllListeners('close')
  subscriber.disconnect()
  if (publisher.status === 'ready') await publisher.quit().catch(() => publisher.disconnect())
  else publisher.disconnect()
  suspendSiteCache()
}

/**
 * Starts fanning this process's cache invalidations out to, and hearing those of, every process
 * on the same namespace. Closes with `payload.destroy()`.
 */
export async function syncSiteCacheThroughRedis(
  payload: Payload,
  { namespace, redisURL }: SiteCacheSyncOptions,
): Promise<void> {
  const channel = channelOf(namespace)
  // Loaded only here, so a deployment without Redis never loads the client.
  const { Redis } = await import('ioredis')
  // A subscribed connection can only (un)subscribe, so announcements need a second one. Neither
  // queues commands while disconnected: the subscriber resubscribes itself, the announcer keeps a flag.
  const connection = { enableOfflineQueue: false, lazyConnect: true } as const
  const subscriber = new Redis(redisURL, {
    ...connection,
    autoResubscribe: false,
    connectionName: 'newsdesk-site-cache-subscriber',
  })
  const publisher = new Redis(redisURL, {
    ...connection,
    commandTimeout: commandTimeoutMs,
    connectionName: 'newsdesk-site-cache-publisher',
  })

  const sync: SiteCacheSync = {
    announce: announcer(payload, publisher, channel),
    close: () => closeClients(subscriber, publisher),
  }
  syncs.set(payload, sync)

  const destroy = payload.destroy
  payload.destroy = async () => {
    syncs.delete(payload)
    await sync.close()
    await destroy()
  }

  await listen(payload, subscriber, channel)
}
