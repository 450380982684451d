import type { CollectionBeforeChangeHook } from 'payload'

/**
 * The first account created (Payload's create-first-user screen) becomes an admin; otherwise
 * nobody could ever grant roles, since only admins may set them.
 */
export const makeFirstUserAdmin: CollectionBeforeChangeHook = async ({
  collection,
  data,
  operation,
  req,
}) => {
  if (operation !== 'create') return data
  const { totalDocs } = await req.payload.count({
    collection: collection.slug,
    overrideAccess: true,
    req,
  })
  return totalDocs === 0 ? { ...data, roles: ['admin'] } : data
}
