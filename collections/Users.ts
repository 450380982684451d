import type { CollectionConfig, Field } from 'payload'

import { adminOrSelf, isAdmin, isAdminField, staffOrSelf } from '../src/access'
import { makeFirstUserAdmin } from '../hooks/makeFirstUserAdmin'
import { roles } from '../src/roles'

export const rolesField: Field = {
  name: 'roles',
  type: 'select',
  hasMany: true,
  options: roles.map((role) => ({ label: role[0].toUpperCase() + role.slice(1), value: role })),
  defaultValue: ['editor'],
  saveToJWT: true,
  access: { create: isAdminField, update: isAdminField },
  admin: { description: 'Only admins may change roles.', position: 'sidebar' },
}

/** Adds newsroom roles to a host project's own auth collection. */
export const withRoles = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  fields: [...collection.fields.filter((field) => !('name' in field) || field.name !== 'roles'), rolesField],
  hooks: {
    ...collection.hooks,
    beforeChange: [...(collection.hooks?.beforeChange ?? []), makeFirstUserAdmin],
  },
})

export const Users = (slug: string): CollectionConfig =>
  withRoles({
    slug,
    access: {
      create: isAdmin,
      delete: isAdmin,
      read: staffOrSelf,
      update: adminOrSelf,
    },
    admin: { defaultColumns: ['name', 'email', 'roles'], group: 'Admin', useAsTitle: 'email' },
    auth: true,
    fields: [{ name: 'name', type: 'text' }],
  })
