/**
 * A Payload project of its own, run by tests/package/install.test.ts with plain Node from a
 * scratch directory where the packed plugin is installed: its own users collection (with a
 * field of its own) and a collection of its own, on SQLite, with `newsdesk()` added. Prints what
 * the test checks as one line of JSON.
 */
import path from 'node:path'

import { sqliteAdapter } from '@payloadcms/db-sqlite'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { newsdesk } from 'newsdesk'
import { buildConfig, getPayload } from 'payload'

const dir = process.cwd()
const config = await buildConfig({
  admin: { user: 'members' },
  collections: [
    { slug: 'members', auth: true, fields: [{ name: 'nickname', type: 'text' }] },
    { slug: 'pages', fields: [{ name: 'title', type: 'text', required: true }] },
  ],
  db: sqliteAdapter({ client: { url: `file:${path.join(dir, 'host.db')}` }, push: true }),
  editor: lexicalEditor(),
  plugins: [newsdesk({ figures: { dir: path.join(dir, 'figures') } })],
  secret: 'package-test',
  telemetry: false,
})
const payload = await getPayload({ config })

const member = await payload.create({
  collection: 'members',
  data: { email: 'first@host.test', nickname: 'First', password: 'package-test-password' },
})
const story = await payload.create({
  collection: 'stories',
  data: { dek: 'Made in a host project.', headline: 'Installed from the package' },
  overrideAccess: false,
  user: member,
})
const read = await payload.findByID({
  collection: 'stories',
  draft: true,
  id: story.id,
  overrideAccess: false,
  user: member,
})
const page = await payload.create({ collection: 'pages', data: { title: 'Host page' } })

console.log(
  JSON.stringify({
    collections: payload.config.collections.map((collection) => collection.slug),
    memberFields: payload.collections.members.config.flattenedFields.map((field) => field.name),
    memberRoles: member.roles,
    page: page.title,
    story: {
      createdBy: read.createdBy?.id ?? read.createdBy,
      headline: read.headline,
      slug: read.slug,
      stage: read.stage,
    },
  }),
)
await payload.destroy()
process.exit(0)
