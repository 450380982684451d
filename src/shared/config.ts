import type { CollectionConfig, Field, GlobalConfig, GraphQLExtension } from 'payload'

/** Both sets of GraphQL queries or mutations: the host's and the plugin's. */
export const withExtension =
  (existing: GraphQLExtension | undefined, added: GraphQLExtension): GraphQLExtension =>
  (graphQL, context) => ({ ...existing?.(graphQL, context), ...added(graphQL, context) })

/** A field as stored: no hooks, no admin components; `ui` fields, which store nothing, are left out. */
function storedFields(fields: Field[]): Field[] {
  return fields
    .filter((field) => field.type !== 'ui')
    .map((field) => {
      const { hooks: _hooks, ...rest } = field as Field & { hooks?: unknown }
      const stored = { ...rest } as Record<string, unknown>
      if (rest.admin && 'components' in rest.admin)
        stored.admin = { ...rest.admin, components: undefined }
      if ('fields' in rest && Array.isArray(rest.fields)) stored.fields = storedFields(rest.fields)
      if ('blocks' in rest && Array.isArray(rest.blocks))
        stored.blocks = rest.blocks.map((block) => ({
          ...block,
          fields: storedFields(block.fields),
        }))
      if ('tabs' in rest && Array.isArray(rest.tabs))
        stored.tabs = rest.tabs.map((tab) => ({ ...tab, fields: storedFields(tab.fields) }))
      return stored as Field
    })
}

/**
 * What a disabled plugin keeps of a collection or global: its slug, fields, access, versions and
 * upload settings, so the database schema is the same; no hooks, endpoints or admin components.
 */
export function schemaOnly<T extends CollectionConfig | GlobalConfig>(entity: T): T {
  const { admin } = entity
  return {
    ...entity,
    admin: admin ? { ...admin, components: undefined } : admin,
    endpoints: [],
    fields: storedFields(entity.fields),
    hooks: {},
  }
}
