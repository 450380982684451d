/**
 * `npm run backup [-- <archive>]`: writes one archive (an SQLite Archive, see src/backup/sqlar.ts)
 * of the embedded database and the figures folder, by default to
 * ./backups/newsdesk-<time>.sqlar, while the app goes on running.
 */
import path from 'node:path'

import type { SQLiteAdapter } from '@payloadcms/db-sqlite'

import { collectionTables, figureTables, writeBackup } from '../src/backup/backup'
import { embeddedSecretFile, figuresDirectory, sqliteFile } from '../src/db/dataFolder'

const args = process.argv.slice(2)
if (args.length > 1 || args.some((arg) => arg.startsWith('-'))) {
  console.error(`usage: npm run backup [-- <archive>]; got ${args.join(' ')}`)
  process.exit(2)
}
const databaseUrl = process.env.DATABASE_URL || undefined
try {
  // Before Payload starts, so a PostgreSQL or MongoDB deployment hears at once what to do instead.
  sqliteFile(databaseUrl)
} catch (error) {
  console.error((error as Error).message)
  process.exit(1)
}
const stamp = new Date().toISOString().replace(/[:.]/g, '-')
const archive = args[0] ?? path.join('backups', `newsdesk-${stamp}.sqlar`)

const { getPayload } = await import('payload')
const { default: config } = await import('../payload.config')
const payload = await getPayload({ config, disableOnInit: true })
let status = 0
try {
  const started = Date.now()
  const manifest = await writeBackup(
    {
      client: (payload.db as unknown as SQLiteAdapter).client,
      collections: collectionTables(payload),
      figureTables: figureTables(payload),
      figuresDir: figuresDirectory(),
      secretFile: databaseUrl ? undefined : path.resolve(embeddedSecretFile),
    },
    archive,
  )
  const documents = manifest.collections.map(({ documents, slug }) => `${documents} ${slug}`)
  console.log(
    `Backed up ${documents.join(', ')} and ${manifest.figures.length} figure files ` +
      `to ${archive} in ${Date.now() - started} ms.`,
  )
  if (manifest.missingFigureFiles.length > 0)
    console.warn(
      `Warning: ${manifest.missingFigureFiles.length} file(s) that figures name were not in ` +
        `${figuresDirectory()} (deleted while the backup ran, or lost before it), first ` +
        `${manifest.missingFigureFiles[0]}; they are listed in the manifest. Back up again.`,
    )
} catch (error) {
  console.error(`Backup failed, nothing written: ${(error as Error).message}`)
  status = 1
} finally {
  await payload.destroy()
}
process.exit(status)
