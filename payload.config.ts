import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { buildConfig } from 'payload'
import sharp from 'sharp'

import { newsdesk } from './src'
import { databaseAdapter, databaseKind, embeddedDatabaseFile } from './src/db/database'
import { newsdeskEditor } from './src/shared/editor'
import { smtpEmailAdapter } from './src/email/smtp'
import { seedDemoIfEmpty } from './src/seed'

const dirname = path.dirname(fileURLToPath(import.meta.url))
const databaseUrl = process.env.DATABASE_URL || undefined
const embedded = databaseUrl === undefined

/**
 * On the embedded default a missing secret is made once and kept under ./data/, so logins survive
 * a restart; a deployment on a database server must set PAYLOAD_SECRET itself.
 */
function payloadSecret(): string {
  if (process.env.PAYLOAD_SECRET) return process.env.PAYLOAD_SECRET
  if (!embedded) {
    throw new Error(
      `PAYLOAD_SECRET must be set when DATABASE_URL points at ${databaseKind(databaseUrl)}.`,
    )
  }
  const file = path.resolve('data', '.payload-secret')
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true })
    fs.writeFileSync(file, crypto.randomBytes(32).toString('hex'), { mode: 0o600 })
  }
  return fs.readFileSync(file, 'utf8').trim()
}

/**
 * Names the Redis channel of the site cache after the database, hashed as the URL may hold a
 * password: processes on one database hear each other, other deployments on that Redis do not.
 * Every process on a database must therefore be given the same DATABASE_URL.
 */
const siteCacheNamespace = crypto
  .createHash('sha256')
  .update(databaseUrl ?? path.resolve(embeddedDatabaseFile))
  .digest('hex')
  .slice(0, 16)

export default buildConfig({
  admin: {
    // Gravatar would load images from the internet for every user.
    avatar: 'default',
    importMap: { baseDir: dirname },
    meta: { titleSuffix: ' · Newsdesk' },
  },
  db: await databaseAdapter(databaseUrl),
  editor: newsdeskEditor,
  email: smtpEmailAdapter(),
  graphQL: { schemaOutputFile: path.resolve(dirname, 'schema.graphql') },
  // Each app server runs the queues: scheduled issues every minute (the default queue), and the
  // plugin adds its figures queue. With several app servers, set NEWSDESK_RUN_JOBS=false on them
  // and run one `npm run worker`. Tests run the queues themselves.
  jobs: {
    autoRun: [{ cron: '* * * * *', queue: 'default' }],
    shouldAutoRun: () =>
      process.env.NEWSDESK_RUN_JOBS !== 'false' && process.env.NODE_ENV !== 'test',
  },
  onInit: async (payload) => {
    if (embedded) await seedDemoIfEmpty(payload)
  },
  plugins: [
    newsdesk({
      // Benchmarks ask from one address as fast as they can: NEWSDESK_GRAPHQL_RATE_LIMIT=off.
      anonymousGraphQLPerMinute:
        process.env.NEWSDESK_GRAPHQL_RATE_LIMIT === 'off' ? false : undefined,
      figures: { dir: path.resolve(process.env.FIGURES_DIR ?? path.join('data', 'figures')) },
      // Set with several app servers, or with `npm run worker`: see "Site cache" in the README.
      siteCache: { namespace: siteCacheNamespace, redisURL: process.env.REDIS_URL || undefined },
    }),
  ],
  secret: payloadSecret(),
  sharp,
  telemetry: false,
  typescript: { outputFile: path.resolve(dirname, 'payload-types.ts') },
})
