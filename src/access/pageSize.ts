import type { CollectionConfig } from 'payload'

import { capPageSize } from '../../hooks/access/capPageSize'

/**
 * The most documents one request may list, through Payload's list APIs or the site's archive.
 * Payload's admin offers at most 100 rows a page, so no screen of the desk needs more; a caller
 * that wants more pages through them, and no single request reads the whole archive.
 */
export const maxPageSize = 100

export const withPageSizeCap = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  hooks: {
    ...collection.hooks,
    beforeOperation: [...(collection.hooks?.beforeOperation ?? []), capPageSize(maxPageSize)],
  },
})
