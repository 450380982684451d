import type { CollectionConfig, GlobalConfig, Payload } from 'payload'

import {
  invalidateSiteCacheAfterCommits,
  invalidateSiteCacheOnDelete,
  invalidateSiteCacheOnGlobalSave,
  invalidateSiteCacheOnPublish,
  invalidateSiteCacheOnSave,
} from '../../hooks/site/invalidateSiteCache'
import {
  refreshEditionsOnDelete,
  refreshEditionsOnPublish,
  refreshEditionsOnSave,
} from '../../hooks/site/refreshEditions'
import type { ResolvedNewsdeskOptions } from '../options'
import { syncSiteCacheThroughRedis } from './redisSync'

/**
 * The changes readers see: they remake the editions that show the document (./editions), then
 * clear the cache of published reads (./cache). Documents with drafts count when published or
 * unpublished; a figure counts whenever it is saved, having no drafts.
 */
export const withSiteUpkeep = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  hooks: {
    ...collection.hooks,
    afterChange: [
      ...(collection.hooks?.afterChange ?? []),
      ...(collection.versions
        ? [refreshEditionsOnPublish, invalidateSiteCacheOnPublish]
        : [refreshEditionsOnSave, invalidateSiteCacheOnSave]),
    ],
    afterDelete: [
      ...(collection.hooks?.afterDelete ?? []),
      refreshEditionsOnDelete,
      invalidateSiteCacheOnDelete,
    ],
  },
})

/** A global the site reads (the Newsletter): saving it clears the cache. */
export const withSiteUpkeepOfGlobal = (global: GlobalConfig): GlobalConfig => ({
  ...global,
  hooks: {
    ...global.hooks,
    afterChange: [...(global.hooks?.afterChange ?? []), invalidateSiteCacheOnGlobalSave],
  },
})

/** At start-up: clear the cache again when a publishing transaction commits, and hear other processes through Redis. */
export async function startSiteCacheUpkeep(
  payload: Payload,
  { siteCache }: ResolvedNewsdeskOptions,
): Promise<void> {
  invalidateSiteCacheAfterCommits(payload)
  if (siteCache.redisURL)
    await syncSiteCacheThroughRedis(payload, {
      namespace: siteCache.namespace,
      redisURL: siteCache.redisURL,
    })
}
