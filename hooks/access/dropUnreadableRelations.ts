import type { Block, CollectionSlug, FieldHook, PayloadRequest } from 'payload'

import { readableIDs, type RelationReading } from '../../src/access/readable'
import { idOf, type ID } from '../../src/shared/ids'

/**
 * Payload shows the ID of a related document its reader may not read. For a reader without
 * override (REST, GraphQL, Local API with overrideAccess: false) these hooks drop such relations
 * before population, so a published document pointing at a draft shows it as absent.
 */

const singleRelationTo = (field: {
  relationTo?: unknown
  type: string
}): CollectionSlug | undefined =>
  (field.type === 'relationship' || field.type === 'upload') && typeof field.relationTo === 'string'
    ? (field.relationTo as CollectionSlug)
    : undefined

type Polymorphic = { relationTo: CollectionSlug; value: unknown }

const isPolymorphic = (item: unknown): item is Polymorphic =>
  Boolean(item && typeof item === 'object' && 'relationTo' in item && 'value' in item)

/**
 * For a relationship or upload field, single or hasMany, to one collection or several (as a rich
 * text link's `doc`): unreadable documents become null or leave the list.
 */
export const dropUnreadableRelations: FieldHook = async ({
  currentDepth,
  depth,
  draft,
  field,
  overrideAccess,
  req,
  showHiddenFields,
  value,
}) => {
  if (overrideAccess || value === null || value === undefined) return value
  if (field.type !== 'relationship' && field.type !== 'upload') return value
  const items: unknown[] = Array.isArray(value) ? value : [value]
  const collectionOf = (item: unknown) =>
    isPolymorphic(item) ? item.relationTo : singleRelationTo(field)
  const idOfItem = (item: unknown) => idOf(isPolymorphic(item) ? item.value : item)
  const idsByCollection = new Map<CollectionSlug, ID[]>()
  for (const item of items) {
    const collection = collectionOf(item)
    const id = idOfItem(item)
    if (collection && id !== undefined)
      idsByCollection.set(collection, [...(idsByCollection.get(collection) ?? []), id])
  }
  const readable = await readableByCollection(req, idsByCollection, {
    currentDepth,
    depth,
    draft,
    showHiddenFields,
  })
  const keep = (item: unknown) => {
    const collection = collectionOf(item)
    return Boolean(collection && readable.get(collection)?.has(String(idOfItem(item))))
  }
  return Array.isArray(value) ? value.filter(keep) : keep(value) ? value : null
}

const readableByCollection = async (
  req: PayloadRequest,
  idsByCollection: Map<CollectionSlug, ID[]>,
  reading: RelationReading,
) =>
  new Map(
    await Promise.all(
      [...idsByCollection].map(
        async ([collection, ids]) =>
          [collection, await readableIDs(req, collection, ids, reading)] as const,
      ),
    ),
  )

/** The relationship a block exists to show: its first required single relationship field. */
const relationOfBlock = (
  block: Block,
): { collection: CollectionSlug; name: string } | undefined => {
  for (const field of block.fields) {
    const collection = singleRelationTo(field)
    if (
      collection &&
      'name' in field &&
      'required' in field &&
      field.required &&
      !('hasMany' in field && field.hasMany)
    )
      return { collection, name: field.name }
  }
  return undefined
}

type Row = Record<string, unknown> & { blockType?: string }

/** For a blocks field: a block whose related document the reader may not read leaves the list. */
export const dropBlocksWithUnreadableRelations: FieldHook = async ({
  currentDepth,
  depth,
  draft,
  field,
  overrideAccess,
  req,
  showHiddenFields,
  value,
}) => {
  if (overrideAccess || field.type !== 'blocks' || !Array.isArray(value)) return value
  const relationOf = new Map(field.blocks.map((block) => [block.slug, relationOfBlock(block)]))
  const idsByCollection = new Map<CollectionSlug, ID[]>()
  for (const row of value as Row[]) {
    const relation = relationOf.get(row.blockType ?? '')
    const id = relation && idOf(row[relation.name])
    if (relation && id !== undefined)
      idsByCollection.set(relation.collection, [
        ...(idsByCollection.get(relation.collection) ?? []),
        id,
      ])
  }
  const readable = await readableByCollection(req, idsByCollection, {
    currentDepth,
    depth,
    draft,
    showHiddenFields,
  })
  return (value as Row[]).filter((row) => {
    const relation = relationOf.get(row.blockType ?? '')
    if (!relation) return true
    return readable.get(relation.collection)?.has(String(idOf(row[relation.name]))) ?? false
  })
}
