import type { CollectionBeforeOperationHook } from 'payload'

type ReadArgs = {
  currentDepth?: number
  limit?: number
  overrideAccess?: boolean
  pagination?: boolean
}

/**
 * Caps the page size of a list asked for through an API (REST, GraphQL, Local API without
 * override), so one request cannot read 10,000 documents. Population of relationships (a
 * current depth) and server code with overrideAccess are not lists a caller chose, and keep
 * what they ask for.
 */
export const capPageSize =
  (maxPageSize: number): CollectionBeforeOperationHook =>
  ({ args, operation }) => {
    const read = args as ReadArgs
    if (operation !== 'read' || read.overrideAccess || read.currentDepth) return args
    const limit = read.limit && read.limit > 0 ? read.limit : undefined
    if (limit !== undefined && limit <= maxPageSize) return args
    return { ...args, limit: maxPageSize, pagination: true }
  }
