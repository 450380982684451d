import type { CollectionConfig } from 'payload'

import { slugs } from '../src/shared/slugs'

const nobody = () => false

/**
 * Each published issue as the site reads it, made when the issue or anything in it is published,
 * unpublished or changed (src/site/editions.ts), so a site read is one lookup, not a walk over
 * the stories, sponsors and figures. Not an API of its own: no caller reads or writes it
 * over REST, GraphQL or the Local API without override; the site queries serve it.
 */
export const Editions: CollectionConfig = {
  slug: slugs.editions,
  access: { create: nobody, delete: nobody, read: nobody, update: nobody },
  admin: { hidden: true },
  disableDuplicate: true,
  fields: [
    { name: 'issue', type: 'text', index: true, required: true, unique: true },
    { name: 'number', type: 'number', index: true, required: true },
    { name: 'slug', type: 'text', index: true },
    // What the edition shows: a change to any of these documents remakes it ("stories:12").
    { name: 'dependsOn', type: 'text', hasMany: true, index: true },
    { name: 'content', type: 'json', required: true },
  ],
  graphQL: false,
}
