/**
 * `npm run bench:scale` (issue 19): what each read costs as the archive grows. For each database
 * (SQLite, PostgreSQL) and each size (20, 2,000 and 20,000 stories by default), it seeds an archive
 * of its own (./benchScaleSeed), starts the production server on it with the caches off, then on,
 * and times each request `--repeat` times, one at a time, after five unmeasured ones. Publishing an
 * issue and uploading a figure are timed on the server with its caches on, where a publish also
 * clears them.
 *
 * It prints the median of each, per size, and its growth from the smallest archive to the largest;
 * it exits non-zero if a read grows more than 1.5 times, or a publish or an upload more than twice.
 * `--no-build` reuses the last `npm run build`.
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'

import { demoLogins } from '../src/seed'
import { demoImage } from '../src/seed/demoImage'
import type { Role } from '../src/shared/roles'
import { build, postgresDatabase, startServer, stopServer, type Server } from './benchServer'
import type { ScaleArchive } from './benchScaleSeed'
import { runTsxSync } from './runTsx.js'

const script = fileURLToPath(import.meta.url)
type Env = Record<string, string>

const { values: args } = parseArgs({
  allowPositionals: true,
  options: {
    databases: { default: 'sqlite,postgres', type: 'string' },
    'no-build': { default: false, type: 'boolean' },
    repeat: { default: '15', type: 'string' },
    sizes: { default: '20,2000,20000', type: 'string' },
  },
})
const repeat = Number(args.repeat)
const floors = { read: 1.5, write: 2 }
// A page the smallest archive (20 stories, 4 issues) fills, so every size reads as many issues;
// at 20,000 stories (4,000 issues) the last page at this size is page 1,000.
const archivePageSize = 4

/* ---------- The seed, run in a child process through tsx ---------- */

async function seedChild(stories: number): Promise<void> {
  const { getPayload } = await import('payload')
  const { default: config } = await import('../payload.config')
  const { seedScaleArchive } = await import('./benchScaleSeed')
  const payload = await getPayload({ config, disableOnInit: true })
  await payload.db.migrate()
  const archive = await seedScaleArchive(payload, { stories })
  // What autovacuum would do within the minute after a bulk load, done before the measurement
  // rather than during it, where it shares the two cores with the server.
  const pool = (payload.db as { pool?: { query: (sql: string) => Promise<unknown> } }).pool
  if (pool) await pool.query('VACUUM ANALYZE')
  process.stdout.write(`BENCH ${JSON.stringify(archive)}\n`)
  process.exit(0)
}

function seed(stories: number, env: Env): ScaleArchive {
  const { status, stderr, stdout } = runTsxSync([script, 'seed', String(stories)], env)
  const line = stdout.split('\n').find((text: string) => text.startsWith('BENCH '))
  if (status !== 0 || !line)
    throw new Error(`seeding failed (exit ${status}):\n${stderr}\n${stdout}`)
  return JSON.parse(line.slice('BENCH '.length)) as ScaleArchive
}

/* ---------- Requests ---------- */

interface Request {
  as?: Role
  body?: BodyInit
  json?: unknown
  method?: string
  path: string
}

class Client {
  private tokens = new Map<Role, string>()

  constructor(readonly server: Server) {}

  async login(role: Role): Promise<void> {
    const { email, password } = demoLogins.find((login) => login.role === role)!
    const answer = await this.send({
      json: { email, password },
      method: 'POST',
      path: '/api/users/login',
    })
    this.tokens.set(role, JSON.parse(answer).token)
  }

  /** The answer's text; anything but a 2xx, or a GraphQL answer with errors, throws. */
  async send({ as, body, json, method = 'GET', path: pathAndQuery }: Request): Promise<string> {
    const headers = new Headers()
    if (json !== undefined) headers.set('Content-Type', 'application/json')
    if (as) {
      headers.set('Authorization', `JWT ${this.tokens.get(as)}`)
      headers.set('Cookie', `payload-token=${this.tokens.get(as)}`)
    }
    const response = await fetch(`${this.server.origin}${pathAndQuery}`, {
      body: json === undefined ? body : JSON.stringify(json),
      headers,
      method,
      redirect: 'manual',
    })
    const text = await response.text()
    if (!response.ok || (pathAndQuery === '/api/graphql' && JSON.parse(text).errors))
      throw new Error(
        `${method} ${pathAndQuery} answered ${response.status}: ${text.slice(0, 500)}`,
      )
    return text
  }

  /** Milliseconds for one request, the answer read to its end. */
  async time(request: Request): Promise<number> {
    const started = performance.now()
    await this.send(request)
    return performance.now() - started
  }
}

const graphql = (query: string, variables: Record<string, unknown> = {}): Request => ({
  json: { query, variables },
  method: 'POST',
  path: '/api/graphql',
})

/** The reads, by name, in the order the table prints them. */
function reads(archive: ScaleArchive): [string, Request][] {
  const lastPage = Math.ceil(archive.issues / archivePageSize)
  const middleNumber = archive.storySlug.match(/-(\d+)$/)?.[1] ?? ''
  return [
    ['latestIssue (GraphQL, edition)', graphql('{ latestIssue { number title layout { kind } } }')],
    [
      `issueArchive page 1, ${archivePageSize}`,
      graphql(
        `{ issueArchive(page: 1, limit: ${archivePageSize}) { totalDocs docs { number slug leadStory { headline } } } }`,
      ),
    ],
    [
      `issueArchive last page, ${archivePageSize}`,
      graphql(
        `{ issueArchive(page: ${lastPage}, limit: ${archivePageSize}) { docs { number slug } } }`,
      ),
    ],
    [
      'storyBySlug',
      graphql(
        'query ($slug: String!) { storyBySlug(slug: $slug) { headline heroFigure { url } } }',
        { slug: archive.storySlug },
      ),
    ],
    [
      'Stories(limit: 10) with heroFigure',
      graphql('{ Stories(limit: 10) { docs { headline heroFigure { url alt } } } }'),
    ],
    ['GET /api/figures?limit=10', { path: '/api/figures?limit=10' }],
    ['a figure file', { path: `/api/figures/file/${archive.figureFile}` }],
    ['GET /api/stories?limit=10&depth=1', { path: '/api/stories?limit=10&depth=1' }],
    ['admin stories list (editor)', { as: 'editor', path: '/admin/collections/stories' }],
    [
      'search by headline (editor)',
      {
        as: 'editor',
        path: `/api/stories?limit=10&depth=0&where[headline][like]=${encodeURIComponent(`No. ${middleNumber}`)}`,
      },
    ],
    [
      'issue readiness (editor)',
      { as: 'editor', path: `/api/issues/${archive.pending[0]}/readiness` },
    ],
    ['desk dashboard (editor)', { as: 'editor', path: '/admin' }],
  ]
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

async function timeReads(client: Client, archive: ScaleArchive): Promise<Map<string, number>> {
  const medians = new Map<string, number>()
  for (const [name, request] of reads(archive)) {
    try {
      for (let warmUp = 0; warmUp < 5; warmUp++) await client.send(request)
      const times: number[] = []
      for (let round = 0; round < repeat; round++) times.push(await client.time(request))
      medians.set(name, median(times))
    } catch (error) {
      // A read that fails (the time budget's 503, say) has no median: it fails the floor.
      console.log(`  ${name}: ${(error as Error).message.slice(0, 300)}`)
      medians.set(name, Number.NaN)
    }
  }
  return medians
}

async function timeWrites(
  client: Client,
  archive: ScaleArchive,
  image: Buffer,
): Promise<Map<string, number>> {
  const publishes: number[] = []
  for (const id of archive.pending.slice(0, repeat)) {
    publishes.push(
      await client.time({
        as: 'reviewer',
        json: {},
        method: 'POST',
        path: `/api/issues/${id}/workflow/publish`,
      }),
    )
  }
  const uploads: number[] = []
  for (let round = 0; round < repeat; round++) {
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(image)]), `scale-upload-${round}.jpg`)
    form.append(
      '_payload',
      JSON.stringify({ alt: `A test card for the scale bench, number ${round}` }),
    )
    uploads.push(
      await client.time({ as: 'editor', body: form, method: 'POST', path: '/api/figures' }),
    )
  }
  return new Map([
    ['issue publish (reviewer)', median(publishes)],
    ['figure upload (editor)', median(uploads)],
  ])
}

/* ---------- Main ---------- */

interface Run {
  archive: ScaleArchive
  cached: Map<string, number>
  seedSeconds: number
  uncached: Map<string, number>
  writes: Map<string, number>
}

async function measureArchive(database: string, stories: number, image: Buffer): Promise<Run> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-scale-'))
  const scratch = database === 'postgres' ? await postgresDatabase('scale') : undefined
  const env: Env = {
    DATABASE_URL: scratch?.url ?? `file:${path.join(dir, 'scale.db')}`,
    FIGURES_DIR: path.join(dir, 'figures'),
    NEWSDESK_GRAPHQL_RATE_LIMIT: 'off',
    // The AVIF task would share the two cores with the measurement.
    NEWSDESK_RUN_JOBS: 'false',
    PAYLOAD_SECRET: crypto.randomBytes(24).toString('hex'),
  }
  let server: Server | undefined
  try {
    const seeded = performance.now()
    console.log(`${database}, ${stories} stories: seeding…`)
    const archive = seed(stories, env)
    const seedSeconds = (performance.now() - seeded) / 1000
    console.log(
      `  ${archive.stories} stories in ${archive.issues} issues, ${seedSeconds.toFixed(0)} s`,
    )
    const results: Partial<Run> = { archive, seedSeconds }
    for (const cache of ['off', 'on'] as const) {
      server = await startServer({ ...env, NEWSDESK_SITE_CACHE: cache })
      const client = new Client(server)
      await client.login('editor')
      await client.login('reviewer')
      if (cache === 'off') results.uncached = await timeReads(client, archive)
      else {
        results.cached = await timeReads(client, archive)
        results.writes = await timeWrites(client, archive, image)
      }
      await stopServer(server)
      server = undefined
    }
    return results as Run
  } finally {
    if (server) await stopServer(server)
    await scratch?.drop()
    fs.rmSync(dir, { force: true, recursive: true })
  }
}

function report(database: string, runs: Run[]): boolean {
  const sizes = runs.map((run) => run.archive.stories)
  const first = runs[0]!
  const last = runs[runs.length - 1]!
  const header = `${'ms (median)'.padEnd(44)}${sizes.map((size) => `${size} st.`.padStart(11)).join('')}${'growth'.padStart(9)}`
  let ok = true
  console.log(
    `\n${database}: seeded in ${runs.map((run) => `${run.seedSeconds.toFixed(0)} s`).join(', ')}`,
  )
  const table = (title: string, pick: (run: Run) => Map<string, number>, floor: number) => {
    console.log(`\n${title}\n${header}`)
    for (const name of pick(first).keys()) {
      const growth = pick(last).get(name)! / pick(first).get(name)!
      const missed = runs.length > 1 && !(growth <= floor)
      if (missed) ok = false
      const cells = runs.map((run) => pick(run).get(name)!.toFixed(1).padStart(11)).join('')
      console.log(
        `${name.padEnd(44)}${cells}${`${growth.toFixed(2)}×`.padStart(9)}${missed ? `  over ${floor}×` : ''}`,
      )
    }
  }
  table('Reads, caches off', (run) => run.uncached, floors.read)
  table('Reads, caches on', (run) => run.cached, floors.read)
  table('Writes, caches on', (run) => run.writes, floors.write)
  return ok
}

async function main(): Promise<void> {
  if (!args['no-build'] || !fs.existsSync('.next/BUILD_ID')) build()
  const image = await demoImage(['#264653', '#f4a261'], 1600, 1000)
  const sizes = String(args.sizes).split(',').map(Number)
  let ok = true
  for (const database of String(args.databases).split(',')) {
    const runs: Run[] = []
    const name = database === 'postgres' ? 'PostgreSQL' : 'SQLite'
    let passed = true
    // Each archive's table as soon as it is measured: the largest takes a while.
    for (const stories of sizes) {
      runs.push(await measureArchive(database, stories, image))
      passed = report(name, runs)
    }
    ok = passed && ok
  }
  const [load1, load5] = os.loadavg()
  console.log(
    `\nClient and server on this machine (${os.cpus().length} cores, load average ${load1.toFixed(2)} / ${load5.toFixed(2)} over 1 / 5 min); ${repeat} requests each, one at a time.`,
  )
  if (!ok) process.exitCode = 1
}

if (process.argv[2] === 'seed') await seedChild(Number(process.argv[3]))
else await main()
