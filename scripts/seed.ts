/**
 * `npm run seed`: brings the database DATABASE_URL names up to date with the committed
 * migrations, then writes the demo desk (users with known passwords, one published issue) into
 * it, which must have no users yet.
 */
import { getPayload, type CollectionSlug } from 'payload'

import config from '../payload.config'
import { printDemoLogins, seedDemo } from '../src/seed'

const payload = await getPayload({ config, disableOnInit: true })
await payload.db.migrate()
const { totalDocs } = await payload.count({
  collection: payload.config.admin.user as CollectionSlug,
  overrideAccess: true,
})
if (totalDocs > 0) {
  payload.logger.error(
    `The database already has ${totalDocs} user(s); the demo is only seeded into an empty database.`,
  )
  process.exit(1)
}
printDemoLogins(payload, await seedDemo(payload))
process.exit(0)
