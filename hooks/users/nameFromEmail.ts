import type { CollectionBeforeValidateHook } from 'payload'

/**
 * A user saved without a name is named after their address ("erin" for erin@newsdesk.test), so
 * the review log, relationship pickers and the account menu always show someone, never
 * Payload's "<No Name>". A name given is kept as written.
 */
export const nameFromEmail: CollectionBeforeValidateHook = ({ data, originalDoc }) => {
  if (!data || String(data.name ?? originalDoc?.name ?? '').trim()) return data
  const email = String(data.email ?? originalDoc?.email ?? '')
  return email ? { ...data, name: email.split('@')[0] } : data
}
