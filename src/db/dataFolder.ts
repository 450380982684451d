import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { databaseKind, embeddedDatabaseFile } from './database'

/** The secret the embedded default makes on its first start, and keeps beside its database. */
export const embeddedSecretFile = path.join('data', '.payload-secret')

/** Where uploaded figures are kept: FIGURES_DIR, or ./data/figures. */
export const figuresDirectory = (env: Record<string, string | undefined> = process.env): string =>
  path.resolve(env.FIGURES_DIR || path.join('data', 'figures'))

/**
 * The SQLite file a DATABASE_URL names (`file:/abs.db`, `file:relative.db`, `file:///abs.db`),
 * or the embedded default when unset. Any other database is not a file on this machine.
 */
export function sqliteFile(url: string | undefined): string {
  if (!url) return path.resolve(embeddedDatabaseFile)
  if (databaseKind(url) !== 'sqlite' || !url.startsWith('file:')) {
    throw new Error(
      `DATABASE_URL names ${databaseKind(url)} at ${url.split(':')[0]}:…, not an SQLite file on ` +
        'this machine; back up PostgreSQL with pg_dump (see "Backups" in the README).',
    )
  }
  const bare = url.replace(/[?#].*$/, '')
  const rest = bare.slice('file:'.length)
  return path.resolve(rest.startsWith('//') ? fileURLToPath(bare) : decodeURIComponent(rest))
}
