import type { CollectionBeforeOperationHook } from 'payload'

import { idOf } from '../../src/shared/ids'
import { callerDataKey } from '../../src/workflow/server'

/**
 * Keeps what the caller sent, before Payload drops the fields this user may not change in the
 * document's stage (src/workflow/editLock): the guard refuses such an edit with its reason, where
 * Payload alone would save nothing and answer 200.
 */
export const rememberCallerData: CollectionBeforeOperationHook = ({
  args,
  collection,
  operation,
  req,
}) => {
  if (operation !== 'update' || !('id' in args) || !('data' in args)) return args
  const id = idOf(args.id)
  if (id !== undefined) req.context[callerDataKey(collection.slug, id)] = { ...args.data }
  return args
}
