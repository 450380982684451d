import { copyFileSync, cpSync, existsSync, mkdtempSync } from 'node:fs'
import path from 'node:path'

/**
 * Each test file gets its own copy of the seeded database and figures folder, so no file sees
 * what another made and none depends on the order they run in.
 */
const seeded = process.env.NEWSDESK_TEST_SQLITE_FILE
const dir = mkdtempSync(path.join(process.env.NEWSDESK_TEST_DIR, 'sqlite-'))
const file = path.join(dir, 'newsdesk.db')
copyFileSync(seeded, file)
for (const suffix of ['-wal', '-shm'])
  if (existsSync(seeded + suffix)) copyFileSync(seeded + suffix, file + suffix)
cpSync(process.env.NEWSDESK_TEST_SQLITE_FIGURES, path.join(dir, 'figures'), { recursive: true })

process.env.DATABASE_URL = `file:${file}`
process.env.FIGURES_DIR = path.join(dir, 'figures')
process.env.NEWSDESK_RUN_JOBS = 'false'
