/**
 * The plugin's `usersSlug` option and the first account: a project names the auth collection whose
 * users get newsroom roles (made when its config lacks it), and whoever creates the first account
 * there can grant roles to everyone after.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { sqliteAdapter } from '@payloadcms/db-sqlite'
import { buildConfig, getPayload, type Config, type Payload } from 'payload'

import { newsdesk } from '../../src'
import { idOf } from '../../src/shared/ids'

const figuresDir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsdesk-plugin-users-'))
afterAll(() => fs.rmSync(figuresDir, { force: true, recursive: true }))

const host = (collections: Config['collections'] = []): Config => ({
  collections,
  db: sqliteAdapter({ client: { url: 'file::memory:' }, push: true }),
  secret: 'plugin-users-test',
  telemetry: false,
})

const authCollections = (config: { collections?: { auth?: unknown; slug: string }[] }) =>
  (config.collections ?? []).filter((collection) => collection.auth).map(({ slug }) => slug)

describe('newsdesk({ usersSlug })', () => {
  it('gives newsroom roles to the host’s collection of that name, and adds no users of its own', () => {
    const config = newsdesk({ usersSlug: 'members' })(
      host([{ slug: 'members', auth: true, fields: [{ name: 'nickname', type: 'text' }] }]),
    )
    expect(authCollections(config)).toEqual(['members'])
    expect(config.admin?.user).toBe('members')
    const members = config.collections!.find((collection) => collection.slug === 'members')!
    expect(members.fields.map((field) => ('name' in field ? field.name : field.type))).toEqual([
      'nickname',
      'roles',
    ])
  })

  describe('when the host has no collection of that name', () => {
    let payload: Payload
    beforeAll(async () => {
      const config = await buildConfig(
        newsdesk({ figures: { dir: figuresDir }, usersSlug: 'staff' })(host()),
      )
      payload = await getPayload({ config, key: 'plugin-users' })
    })
    afterAll(() => payload.destroy())

    it('makes it, and records there who wrote a story', async () => {
      expect(authCollections(payload.config)).toEqual(['staff'])
      expect(payload.config.admin.user).toBe('staff')
      const first = await payload.create({
        collection: 'staff' as 'users',
        data: { email: 'first@staff.test', password: 'plugin-users-password' },
      })
      const story = await payload.create({
        collection: 'stories',
        data: { dek: 'Written by staff.', headline: 'A story by staff' },
        draft: true,
        overrideAccess: false,
        user: { ...first, collection: 'staff' },
      })
      expect(idOf(story.createdBy)).toBe(first.id)
    })

    it('makes its first account an admin, and the accounts after it editors', async () => {
      const [first] = (await payload.find({ collection: 'staff' as 'users', sort: 'createdAt' }))
        .docs
      expect(first.roles).toEqual(['admin'])
      const second = await payload.create({
        collection: 'staff' as 'users',
        data: { email: 'second@staff.test', password: 'plugin-users-password' },
      })
      expect(second.roles).toEqual(['editor'])
    })
  })
})
