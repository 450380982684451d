import type { CollectionConfig, Config, Field } from 'payload'

import { endTransactionBeforeForgotPassword } from '../hooks/users/endTransactionBeforeForgotPassword'
import { makeFirstUserAdmin } from '../hooks/users/makeFirstUserAdmin'
import { nameFromEmail } from '../hooks/users/nameFromEmail'
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

const hasNameField = (collection: CollectionConfig): boolean =>
  collection.fields.some((field) => 'name' in field && field.name === 'name')

/**
 * Adds newsroom roles to a host project's own auth collection. Unlocking becomes an admin's
 * (unless the host set its own rule): Payload lets any logged-in user unlock any account, so an
 * editor could go on guessing a reviewer's password past the lockout. A collection with a `name`
 * field shows people by it (unless the host chose another title), and never without one.
 */
const withRoles = (collection: CollectionConfig): CollectionConfig => ({
  ...withRolesField(collection),
  access: { ...collection.access, unlock: collection.access?.unlock ?? isAdmin },
  admin: hasNameField(collection)
    ? { ...collection.admin, useAsTitle: collection.admin?.useAsTitle ?? 'name' }
    : collection.admin,
  hooks: {
    ...collection.hooks,
    beforeValidate: [
      ...(collection.hooks?.beforeValidate ?? []),
      ...(hasNameField(collection) ? [nameFromEmail] : []),
    ],
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
    admin: { defaultColumns: ['name', 'email', 'roles'], group: 'Admin', useAsTitle: 'name' },
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
