import type { Access, CollectionConfig, FieldAccess, PayloadRequest, Where } from 'payload'

import { figuresOfPublishedDocumentsOnce } from './figuresUsed'
import { hasRole, isStaffUser, type Role, type StaffUser } from './roles'

const userOf = (req: PayloadRequest): StaffUser | null => req.user as StaffUser | null

export const anyone: Access = () => true

export const isStaff: Access = ({ req }) => isStaffUser(userOf(req))

export const hasAnyRole =
  (...wanted: Role[]): Access =>
  ({ req }) =>
    hasRole(userOf(req), ...wanted)

export const isAdmin: Access = hasAnyRole('admin')

export const isAdminField: FieldAccess = ({ req }) => hasRole(userOf(req), 'admin')

const published: Where = { _status: { equals: 'published' } }

/** Staff read everything, drafts included; everyone else reads published documents only. */
export const publishedOrStaff: Access = ({ req }) => isStaffUser(userOf(req)) || published

export const adminOrSelf: Access = ({ req }) => {
  const user = userOf(req)
  if (hasRole(user, 'admin')) return true
  return user ? { id: { equals: user.id } } : false
}

/** Staff read every user; another logged-in user only themselves; the public no one. */
export const staffOrSelf: Access = ({ req }) => {
  const user = userOf(req)
  if (isStaffUser(user)) return true
  return user ? { id: { equals: user.id } } : false
}

/** Staff see every figure; the public only figures that published documents use. */
export const usedByPublishedOrStaff: Access = async ({ req }) => {
  if (isStaffUser(userOf(req))) return true
  const ids = await figuresOfPublishedDocumentsOnce(req)
  return ids.length > 0 ? { id: { in: ids } } : false
}

/** Stories, sponsors and issues: editors write, the workflow governs changes, readers see what is published. */
export const editorialAccess = {
  create: hasAnyRole('admin', 'editor'),
  delete: hasAnyRole('admin'),
  read: publishedOrStaff,
  readVersions: isStaff,
  update: isStaff,
} satisfies CollectionConfig['access']
