import { sqliteAdapter } from '@payloadcms/db-sqlite'
import {
  buildConfig,
  configToJSONSchema,
  type CollectionBeforeChangeHook,
  type Config,
  type Field,
} from 'payload'

import { newsdesk } from '../../src'
import { slugs } from '../../src/shared/slugs'

const hostHook: CollectionBeforeChangeHook = ({ data }) => data
const hostOnInit = async () => {}

const host = (): Config => ({
  admin: { user: 'members' },
  collections: [
    {
      slug: 'members',
      auth: true,
      fields: [{ name: 'nickname', type: 'text' }],
      hooks: { beforeChange: [hostHook] },
    },
  ],
  db: sqliteAdapter({ client: { url: 'file::memory:' } }),
  onInit: hostOnInit,
  secret: 'disabled-test',
})

const fieldsWith = (fields: Field[], has: (field: Field) => boolean): string[] =>
  fields.flatMap((field) => [
    ...(has(field) ? ['name' in field ? field.name : field.type] : []),
    ...('fields' in field ? fieldsWith(field.fields, has) : []),
    ...('blocks' in field ? field.blocks.flatMap((block) => fieldsWith(block.fields, has)) : []),
  ])

const ours = (config: Config) =>
  (config.collections ?? []).filter((collection) =>
    Object.values(slugs).includes(collection.slug as never),
  )

describe('newsdesk({ disabled: true })', () => {
  it('keeps the database schema the plugin gives: the same collections, fields, globals and job tasks', async () => {
    // The dashboard's widgets are typed too, but they are the admin's, not the database's.
    const schema = async (config: Config) => {
      const {
        definitions = {},
        properties = {},
        ...rest
      } = configToJSONSchema(await buildConfig(config), 'number')
      const { widgets: _widgets, ...kept } = properties
      return {
        ...rest,
        definitions: Object.fromEntries(
          Object.entries(definitions).filter(([name]) => !name.endsWith('_widget')),
        ),
        properties: kept,
      }
    }
    expect(await schema(newsdesk({ disabled: true })(host()))).toEqual(
      await schema(newsdesk()(host())),
    )
  })

  it('adds no hooks, endpoints, GraphQL, jobs to run or admin components, and leaves the host its own', () => {
    const enabled = newsdesk()(host())
    const disabled = newsdesk({ disabled: true })(host())
    const hooked = (config: Config) =>
      ours(config).filter((collection) =>
        Object.values(collection.hooks ?? {}).some((hooks) => hooks?.length),
      )
    const fieldHooks = (config: Config) =>
      ours(config).flatMap((collection) =>
        fieldsWith(collection.fields, (field) => Boolean((field as { hooks?: object }).hooks)),
      )
    const components = (config: Config) =>
      ours(config).flatMap((collection) => [
        ...(collection.admin?.components ? [collection.slug] : []),
        ...fieldsWith(
          collection.fields,
          (field) =>
            field.type === 'ui' ||
            Boolean(field.admin && 'components' in field.admin && field.admin.components),
        ),
      ])

    // What is switched off is there when the plugin is on.
    expect(hooked(enabled).length).toBeGreaterThan(0)
    expect(fieldHooks(enabled).length).toBeGreaterThan(0)
    expect(components(enabled).length).toBeGreaterThan(0)
    expect(enabled.endpoints?.length).toBeGreaterThan(0)

    expect(hooked(disabled)).toEqual([])
    expect(fieldHooks(disabled)).toEqual([])
    expect(components(disabled)).toEqual([])
    expect(ours(disabled).flatMap((collection) => collection.endpoints || [])).toEqual([])
    expect(disabled.globals?.flatMap((global) => Object.values(global.hooks ?? {}).flat())).toEqual(
      [],
    )
    expect(disabled.endpoints).toBeUndefined()
    expect(disabled.graphQL).toBeUndefined()
    expect(disabled.jobs?.autoRun).toBeUndefined()
    expect(disabled.onInit).toBe(hostOnInit)

    const members = disabled.collections?.find((collection) => collection.slug === 'members')
    expect(members?.hooks?.beforeChange).toEqual([hostHook])
    expect(members?.fields.map((field) => ('name' in field ? field.name : field.type))).toEqual([
      'nickname',
      'roles',
    ])
  })
})
