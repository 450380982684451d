import type { FlattenedField, SanitizedCollectionConfig } from 'payload'

import type { IDType, QuerySchema, Target } from './queryRules'

/**
 * The paths of a collection a query may name, read off its fields: scalars at the top level, in
 * groups, and one level into arrays and blocks (`reviewLog.by`, `sections.blockType`). Rich text,
 * JSON, joins and virtual fields are stored where no adapter can compare them; a relationship is
 * compared by ID, not followed into the related collection.
 */
function targetOf(field: FlattenedField): Target | undefined {
  const many = 'hasMany' in field && field.hasMany === true
  switch (field.type) {
    case 'checkbox':
      return { kind: 'boolean' }
    case 'date':
      return { kind: 'date' }
    case 'number':
      return { kind: 'number', many }
    case 'radio':
    case 'select':
      return {
        kind: 'choice',
        many,
        options: field.options.map((option) =>
          typeof option === 'string' ? option : option.value,
        ),
      }
    case 'relationship':
    case 'upload':
      // A relation to several collections is compared as `{ relationTo, value }`; none here is.
      return Array.isArray(field.relationTo) ? undefined : { kind: 'relation', many }
    case 'code':
    case 'email':
    case 'text':
    case 'textarea':
      return { kind: 'text', many }
    default:
      return undefined
  }
}

const isHidden = (field: FlattenedField): boolean =>
  Boolean(('hidden' in field && field.hidden) || ('virtual' in field && field.virtual))

function collect(
  fields: FlattenedField[],
  prefix: string,
  depth: number,
  targets: Map<string, Target>,
  unsearchable: Set<string>,
): void {
  for (const field of fields) {
    const path = `${prefix}${field.name}`
    if (isHidden(field)) continue
    if (field.type === 'group' || field.type === 'tab') {
      collect(field.flattenedFields, `${path}.`, depth, targets, unsearchable)
      continue
    }
    if (field.type === 'array' || field.type === 'blocks') {
      // One level: the SQL adapters join a row table per level, and nothing here nests deeper.
      if (depth > 0) {
        unsearchable.add(path)
        continue
      }
      if (field.type === 'array') {
        collect(field.flattenedFields, `${path}.`, depth + 1, targets, unsearchable)
        continue
      }
      const blockTypes = field.blocks.map((block) => block.slug)
      targets.set(`${path}.blockType`, { kind: 'choice', options: blockTypes })
      for (const block of field.blocks)
        collect(block.flattenedFields, `${path}.`, depth + 1, targets, unsearchable)
      continue
    }
    // A row's own ID is text in the collection's table and a whole number in its versions' table.
    const target = depth > 0 && field.name === 'id' ? undefined : targetOf(field)
    if (target) targets.set(path, depth > 0 ? { ...target, many: true } : target)
    else unsearchable.add(path)
  }
}

/**
 * Payload runs the same hooks, as `read`, for a collection's versions (the admin's version
 * history, `versionsStories`), whose documents hold the fields under `version` beside their own.
 * A path of the other kind finds no field, which Payload itself answers with a 400.
 */
function addVersionPaths(targets: Map<string, Target>, unsearchable: Set<string>): void {
  for (const [path, target] of [...targets]) targets.set(`version.${path}`, target)
  for (const path of [...unsearchable]) unsearchable.add(`version.${path}`)
  targets.set('parent', { kind: 'relation' })
  for (const flag of ['latest', 'autosave', 'snapshot']) targets.set(flag, { kind: 'boolean' })
}

const schemas = new WeakMap<SanitizedCollectionConfig, QuerySchema>()

/** The query schema of a collection, worked out once per configuration. */
export function querySchemaOf(collection: SanitizedCollectionConfig, idType: IDType): QuerySchema {
  const known = schemas.get(collection)
  if (known) return known
  const targets = new Map<string, Target>([['id', { kind: 'id' }]])
  const unsearchable = new Set<string>()
  collect(collection.flattenedFields, '', 0, targets, unsearchable)
  if (collection.versions) addVersionPaths(targets, unsearchable)
  const schema = { idType, targets, unsearchable }
  schemas.set(collection, schema)
  return schema
}
