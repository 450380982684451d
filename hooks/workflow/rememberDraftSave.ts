import type { CollectionBeforeOperationHook } from 'payload'

import { draftSaveKey } from '../../src/workflow/server'

/**
 * Notes whether an update saves a draft (leaving the published version live) or writes the
 * document itself; by the time `beforeChange` runs both look alike, and the guard must tell them
 * apart to keep an unreviewed change from going live.
 */
export const rememberDraftSave: CollectionBeforeOperationHook = ({
  args,
  collection,
  operation,
  req,
}) => {
  if (operation === 'update') req.context[draftSaveKey(collection.slug)] = Boolean(args.draft)
  return args
}
