import type { CollectionBeforeOperationHook } from 'payload'

import { assertUnchangedSince, readPrecondition } from '../../src/concurrency/staleWrites'
import { isStaffUser, type StaffUser } from '../../src/shared/roles'
import type { ID } from '../../src/shared/ids'

type UpdateArgs = {
  autosave?: boolean
  data?: { updatedAt?: unknown }
  id?: ID
  overrideAccess?: boolean
}

/**
 * Refuses with 409 an update of one document whose caller sent back an `updatedAt` that is no
 * longer the document's: someone saved in between. It applies to writes made for a caller (REST,
 * GraphQL, the Local API with overrideAccess: false) and runs inside the write's transaction, before
 * Payload reads the document it updates. Server code with overrideAccess (workflow roll-ups,
 * scheduled publishing, figure jobs) writes what it has just read and is not checked, nor is
 * autosave, the editor's own running draft. Only staff learn who saved: others meet the access rules.
 */
export const refuseStaleWrite: CollectionBeforeOperationHook = async ({
  args,
  collection,
  operation,
  req,
}) => {
  const update = args as UpdateArgs
  if (operation !== 'update' || update.id === undefined || update.overrideAccess || update.autosave)
    return args
  if (!isStaffUser(req.user as StaffUser | null)) return args
  const since = readPrecondition(update.data?.updatedAt)
  if (!since) return args
  await assertUnchangedSince({ collection, id: update.id, req, since })
  return args
}
