import { getTableColumns, type Table } from 'drizzle-orm'

import type { SchemaHookArgs } from './listIndexes'

/**
 * PostgreSQL's trigram indexes (pg_trgm) on the stories' headlines, current and in every version:
 * Payload's `like` is an `ILIKE '%word%'` for each word, which a B-tree cannot serve and a GIN
 * trigram index can, so a search by headline reads the stories that match instead of all of them.
 * SQLite keeps its own (src/search/headlineSearch.ts).
 */
const searchedColumns: Record<string, string> = {
  _stories_v: 'version_headline',
  stories: 'headline',
}

/** The extension the indexes need; the adapter creates it when it connects. */
export const searchExtensions = ['pg_trgm']

interface OperatorClassColumn {
  op: (operatorClass: string) => unknown
}

interface GinIndexBuilder {
  using: (method: 'gin', column: never) => { with: (options: Record<string, unknown>) => unknown }
}

/** The PostgreSQL adapter's `afterSchemaInit` hook adding them, with its `index()`. */
export const withSearchIndexes =
  (index: (name: string) => GinIndexBuilder) =>
  <Schema extends { tables: Record<string, unknown> }>({
    extendTable,
    schema,
  }: SchemaHookArgs<Schema>): Schema => {
    for (const [tableName, columnName] of Object.entries(searchedColumns)) {
      const table = schema.tables[tableName] as Table | undefined
      if (!table) continue
      const key = Object.entries(getTableColumns(table)).find(
        ([, column]) => column.name === columnName,
      )?.[0]
      if (!key) continue
      const name = `${tableName}_${columnName}_trgm_idx`
      extendTable({
        extraConfig: (self) => ({
          // Written into the index at each save, not queued for the next vacuum: a queue of new
          // headlines is read whole by every search until then (8 ms at 2,000 stories seeded).
          [name]: index(name)
            .using('gin', (self[key] as OperatorClassColumn).op('gin_trgm_ops') as never)
            .with({ fastupdate: 'off' }),
        }),
        table,
      })
    }
    return schema
  }
