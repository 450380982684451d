import type { CollectionConfig } from 'payload'

import { refuseStaleWrite } from '../../hooks/concurrency/refuseStaleWrite'

/** A save that sends back the `updatedAt` it read is refused with 409 if someone saved in between. */
export const withStaleWriteChecks = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  hooks: {
    ...collection.hooks,
    beforeOperation: [refuseStaleWrite, ...(collection.hooks?.beforeOperation ?? [])],
  },
})
