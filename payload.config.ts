import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { buildConfig } from 'payload'
import sharp from 'sharp'

import { newsdesk } from './src'
import { databaseAdapter, databaseKind, embeddedDatabaseFile } from './src/db/database'
import { embeddedSecretFile, figuresDirectory } from './src/db/dataFolder'
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
  const file = path.resolve(embeddedSecretFile)
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true })
    fs.writeFileSync(file, crypto.randomBytes(32).toString('hex'), { mode: 0o600 })
  }
  return fs.readFileSync(file, 'utf8').trim()
}

/**
 * Where people reach Newsdesk (NEWSDESK_PUBLIC_URL, e.g. https://desk.example.com). Payload makes
 * absolute links from it (password reset mail, notifications, figure URLs), accepts the login
 * cookie only from pages of this origin (its CSRF check), and the cookie is sent over HTTPS only
 * when it is https. Unset, links are relative and a cookie is accepted from any origin: fine on
 * localhost, not on a deployment.
 */
function publicURL(): string | undefined {
  const value = process.env.NEWSDESK_PUBLIC_URL
  if (!value) return undefined
  const url = URL.canParse(value) ? new URL(value) : undefined
  if (!url || !['http:', 'https:'].includes(url.protocol) || url.href !== `${url.origin}/`) {
    throw new Error(
      'NEWSDESK_PUBLIC_URL must be an http(s) origin with no path, such as https://desk.example.com.',
    )
  }
  return url.origin
}
const serverURL = publicURL()

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
  csrf: serverURL ? [serverURL] : [],
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
      figures: { dir: figuresDirectory() },
      // Set with several app servers, or with `npm run worker`: see "Site cache" in the README.
      siteCache: { namespace: siteCacheNamespace, redisURL: process.env.REDIS_URL || undefined },
    }),
  ],
  secret: payloadSecret(),
  serverURL,
  sharp,
  telemetry: false,
  typescript: { outputFile: path.resolve(dirname, 'payload-types.ts') },
})
