import { getTableColumns, type Table } from 'drizzle-orm'

/**
 * Indexes that pair a list's filter with its sort, on the versions tables, where the admin's lists
 * and the desk's queues read each document's latest version (`latest = true`) newest first. With
 * an index on `latest` alone, the database takes every latest version (the whole archive), builds
 * each one's blocks, and sorts them to keep ten; paired with the sort column, it reads ten in order.
 * Payload's compound indexes cannot name `latest`, which is no field, so the SQL adapters add these
 * to their schema (`afterSchemaInit`), and the migrations create them.
 */
const latestVersionIndexes: Record<string, string[][]> = {
  _issues_v: [
    ['latest', 'version_number'],
    ['latest', 'version_updated_at'],
    ['latest', 'version_created_at'],
    // The desk's queues and counts: the latest versions at a stage, least recently touched first.
    ['latest', 'version_stage', 'version_updated_at'],
    // The next issue: the lowest-numbered at a stage.
    ['latest', 'version_stage', 'version_number'],
  ],
  _sponsors_v: [
    ['latest', 'version_updated_at'],
    ['latest', 'version_created_at'],
    ['latest', 'version_stage', 'version_updated_at'],
  ],
  _stories_v: [
    ['latest', 'version_updated_at'],
    ['latest', 'version_created_at'],
    ['latest', 'version_stage', 'version_updated_at'],
  ],
}

/**
 * The tables of a hasMany text or number field (a story's tags and authors) hold their values by
 * `parent_id`, but Payload indexes them by `(order, parent_id)`, which cannot find one document's
 * values: at 20,000 stories PostgreSQL read all 84,000 tags for each story in a list (4 ms a
 * story). SQLite had skipped over the few `order` values; an index led by the parent serves both.
 */
const valueTable = /_(texts|numbers)$/

function indexesFor(tables: Record<string, unknown>): Record<string, string[][]> {
  const found: Record<string, string[][]> = {}
  for (const [tableName, table] of Object.entries(tables)) {
    const columns = new Set(Object.values(getTableColumns(table as Table)).map(({ name }) => name))
    const wanted = [
      ...(latestVersionIndexes[tableName] ?? []),
      ...(valueTable.test(tableName) && columns.has('parent_id') && columns.has('order')
        ? [['parent_id', 'order']]
        : []),
    ]
    if (wanted.length) found[tableName] = wanted
  }
  return found
}

interface IndexBuilder {
  on: (...columns: never[]) => unknown
}

/** What an SQL adapter's `afterSchemaInit` hook is given. */
export interface SchemaHookArgs<Schema> {
  extendTable: (args: {
    extraConfig: (self: Record<string, unknown>) => object
    table: Table
  }) => void
  schema: Schema
}

/** The adapter's `afterSchemaInit` hook adding these indexes, with its dialect's `index()`. */
export const withListIndexes =
  (index: (name: string) => IndexBuilder) =>
  <Schema extends { tables: Record<string, unknown> }>({
    extendTable,
    schema,
  }: SchemaHookArgs<Schema>): Schema => {
    for (const [tableName, pairs] of Object.entries(indexesFor(schema.tables))) {
      const table = schema.tables[tableName] as Table
      // The index is built on the columns the dialect hands its extra config (PostgreSQL's carry
      // their sort order), found by their SQL names.
      const keyOf = new Map(
        Object.entries(getTableColumns(table)).map(([key, column]) => [column.name, key]),
      )
      extendTable({
        extraConfig: (self) =>
          Object.fromEntries(
            pairs.map((columns) => {
              const name = `${tableName}_${columns.join('_')}_idx`
              const on = columns.map((column) => self[keyOf.get(column)!]) as never[]
              return [name, index(name).on(...on)]
            }),
          ),
        table,
      })
    }
    return schema
  }
