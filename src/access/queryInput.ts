import type { CollectionConfig } from 'payload'

import { answerUnparsableWhere } from '../../hooks/access/answerUnparsableWhere'
import { rejectUnqueryableInput } from '../../hooks/access/rejectUnqueryableInput'

/** Bad `where`, `sort` and IDs answer a named 400 rather than the database adapter's 500. */
export const withQueryInputChecks = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  hooks: {
    ...collection.hooks,
    beforeOperation: [rejectUnqueryableInput, ...(collection.hooks?.beforeOperation ?? [])],
    afterError: [...(collection.hooks?.afterError ?? []), answerUnparsableWhere],
  },
})
