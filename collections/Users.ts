import type { CollectionConfig, Config, Field } from 'payload'

import { endTransactionBeforeForgotPassword } from '../hooks/users/endTransactionBeforeForgotPassword'
import { makeFirstUserAdmin } from '../hooks/users/makeFirstUserAdmin'
import { adminOrSelf, isAdmin, isAdminField, staffOrSelf } from '../src/access/rules'
import type { ResolvedNewsdeskOptions } from '../src/options'
import { roles } from '../src/shared/roles'

const rolesField: Field = {
  name: 'roles',
  type: 'select',
  hasMany: true,
  options: roles.map((role) => ({ label: role[0].toUpperCase() + role.slice(1), value: role })),
  defaultValue: ['editor'],
  saveToJWT: true,
  access: { create: isAdminField, update: isAdminField },
  admin: { description: 'Only admins may change roles.', position: 'sidebar' },
}

/** The roles field on a host project's own auth collection, replacing any `roles` it had. */
export const withRolesField = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  fields: [
    ...collection.fields.filter((field) => !('name' in field) || field.name !== 'roles'),
    rolesField,
  ],
})

/**
 * Adds newsroom roles to a host project's own auth collection. Unlocking becomes an admin's
 * (unless the host set its own rule): Payload lets any logged-in user unlock any account, so an
 * editor could go on guessing a reviewer's password past the lockout.
 */
const withRoles = (collection: CollectionConfig): CollectionConfig => ({
  ...withRolesField(collection),
  access: { ...collection.access, unlock: collection.access?.unlock ?? isAdmin },
  hooks: {
    ...collection.hooks,
    beforeChange: [...(collection.hooks?.beforeChange ?? []), makeFirstUserAdmin],
    beforeOperation: [
      ...(collection.hooks?.beforeOperation ?? []),
      endTransactionBeforeForgotPassword,
    ],
  },
})

/** The desk's own users; `serverURL` is Payload's, where the desk is served. */
export const Users = ({ usersSlug }: ResolvedNewsdeskOptions, serverURL = ''): CollectionConfig =>
  withRoles({
    slug: usersSlug,
    access: {
      create: isAdmin,
      delete: isAdmin,
      read: staffOrSelf,
      update: adminOrSelf,
    },
    admin: { defaultColumns: ['name', 'email', 'roles'], group: 'Admin', useAsTitle: 'email' },
    auth: {
      // Served over HTTPS, the login cookie must never travel over plain HTTP.
      cookies: { secure: serverURL.startsWith('https:') },
      // Payload's default, stated because a password reset ending every session depends on it.
      useSessions: true,
    },
    fields: [{ name: 'name', type: 'text' }],
  })

/** The host's collections with roles added to its users collection, or with ours when it has none. */
export const withNewsroomUsers = (
  { collections = [], serverURL }: Pick<Config, 'collections' | 'serverURL'>,
  options: ResolvedNewsdeskOptions,
): CollectionConfig[] =>
  collections.some((collection) => collection.slug === options.usersSlug)
    ? collections.map((collection) =>
        collection.slug === options.usersSlug ? withRoles(collection) : collection,
      )
    : [...collections, Users(options, serverURL)]
