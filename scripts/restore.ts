/**
 * `npm run restore -- <archive> [--force]`: restores a backup made by `npm run backup` into the
 * database file and figures folder the app is configured with (DATABASE_URL, FIGURES_DIR; by
 * default ./data/). They must be empty unless --force is given; stop the app first.
 */
import path from 'node:path'

import { restoreBackup } from '../src/backup/restore'
import { embeddedSecretFile, figuresDirectory, sqliteFile } from '../src/db/dataFolder'

const usage = 'usage: npm run restore -- <archive> [--force]'
const args = process.argv.slice(2)
const force = args.includes('--force')
const rest = args.filter((arg) => arg !== '--force')
if (rest.length !== 1 || rest[0].startsWith('-')) {
  console.error(`${usage}; got ${args.join(' ') || 'no archive'}`)
  process.exit(2)
}
const databaseUrl = process.env.DATABASE_URL || undefined
try {
  const started = Date.now()
  const { manifest, secretSkipped } = await restoreBackup(
    rest[0],
    {
      databaseFile: sqliteFile(databaseUrl),
      figuresDir: figuresDirectory(),
      secretFile: databaseUrl ? undefined : path.resolve(embeddedSecretFile),
    },
    { force },
  )
  const documents = manifest.collections.map(({ documents, slug }) => `${documents} ${slug}`)
  console.log(
    `Restored the backup of ${manifest.createdAt} (${documents.join(', ')}, ` +
      `${manifest.figures.length} figure files) in ${Date.now() - started} ms.`,
  )
  if (secretSkipped)
    console.log(
      "The archive holds the embedded default's Payload secret, not restored as DATABASE_URL is set: " +
        'the PAYLOAD_SECRET you give the app applies, and sessions and preview links made under another end.',
    )
} catch (error) {
  console.error(`Restore failed, nothing changed: ${(error as Error).message}`)
  process.exit(1)
}
