/**
 * The SQL schemas change only through the committed migrations (src/db/database.ts pushes
 * nothing), so a collection or field changed without `npm run generate` would reach a deployment
 * as a column its database lacks. Payload's own migration generation, the step behind
 * `payload migrate:create`, is run here against a copy of the committed snapshots in a scratch
 * directory: it must find nothing to write.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { payload } from '../../support/api'

afterAll(() => payload.destroy())

describe('the committed migrations', () => {
  it('record the schema the config makes: migrate:create would write no statement', async () => {
    const committed = payload.db.migrationDir
    const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'newsdesk-migrations-'))
    try {
      const snapshots = fs.readdirSync(committed).filter((file) => file.endsWith('.json'))
      expect(snapshots.length).toBeGreaterThan(0)
      for (const file of snapshots)
        fs.copyFileSync(path.join(committed, file), path.join(scratch, file))
      payload.db.migrationDir = scratch
      try {
        // Without forceAcceptWarning an empty result asks on the terminal, or exits the process.
        await payload.db.createMigration({
          forceAcceptWarning: true,
          migrationName: 'drift',
          payload,
        })
      } finally {
        payload.db.migrationDir = committed
      }
      const [written] = fs.readdirSync(scratch).filter((file) => file.endsWith('_drift.ts'))
      expect(written).toBeDefined()
      // An empty migration holds Payload's placeholder in place of its up and down statements.
      expect(fs.readFileSync(path.join(scratch, written), 'utf8')).not.toContain('sql`')
    } finally {
      fs.rmSync(scratch, { force: true, recursive: true })
    }
  })
})
