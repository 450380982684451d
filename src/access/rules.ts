import type { Access, CollectionConfig, FieldAccess, PayloadRequest, Where } from 'payload'

import {
  previewScopeOf,
  previewScopeOfFileRequest,
  type PreviewedCollection,
} from '../preview/scope'
import { published } from '../shared/published'
import { hasRole, isStaffUser, type Role, type StaffUser } from '../shared/roles'

const userOf = (req: PayloadRequest): StaffUser | null => req.user as StaffUser | null

export const anyone: Access = () => true

export const isStaff: Access = ({ req }) => isStaffUser(userOf(req))

export const hasAnyRole =
  (...wanted: Role[]): Access =>
  ({ req }) =>
    hasRole(userOf(req), ...wanted)

export const isAdmin: Access = hasAnyRole('admin')

export const isAdminField: FieldAccess = ({ req }) => hasRole(userOf(req), 'admin')

export const isStaffField: FieldAccess = ({ req }) => isStaffUser(userOf(req))

/**
 * Grants what any of the rules grants, asking them in order and stopping at the first that
 * grants everything (so a staff reader costs no query).
 */
export const anyOf =
  (...rules: Access[]): Access =>
  async (args) => {
    const constraints: Where[] = []
    for (const rule of rules) {
      const result = await rule(args)
      if (result === true) return true
      if (result) constraints.push(result)
    }
    return constraints.length > 1 ? { or: constraints } : (constraints[0] ?? false)
  }

const isPublished: Access = () => published

/**
 * Documents of this collection that the request's preview link opens (see src/preview/scope.ts):
 * a preview read carries its scope on the request; a figure's file is asked for with `?preview=`.
 */
export const inPreview =
  (collection: PreviewedCollection): Access =>
  async ({ isReadingStaticFile, req }) => {
    const scope =
      previewScopeOf(req) ??
      (isReadingStaticFile ? await previewScopeOfFileRequest(req) : undefined)
    const ids = scope?.ids[collection] ?? []
    return ids.length > 0 ? { id: { in: ids } } : false
  }

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

/**
 * Figures that published documents use, or the newsletter's logo: the only ones the public sees.
 * Each figure keeps that answer (src/figures/visibility.ts), so the rule costs no query.
 */
export const shownToReaders: Access = () => ({ shownToReaders: { equals: true } })

/**
 * Stories, sponsors and issues: editors write, the workflow governs changes; staff read drafts,
 * everyone else what is published, and a preview link's holder its issue as it stands.
 */
export const editorialAccess = (collection: PreviewedCollection) =>
  ({
    create: hasAnyRole('admin', 'editor'),
    delete: hasAnyRole('admin'),
    read: anyOf(isStaff, isPublished, inPreview(collection)),
    readVersions: isStaff,
    update: isStaff,
  }) satisfies CollectionConfig['access']
