/**
 * `npm run bench:api` (issue 6): throughput of the public site's issue read on the production
 * server, against a database of its own in a temporary directory holding one published issue of
 * 6 stories (each with a 1600 x 1000 hero figure painted by sharp and real sections) and a sponsor
 * block. Nothing is downloaded.
 *
 *   (a) the whole issue through the site's GraphQL query, cache off (NEWSDESK_SITE_CACHE=off): read
 *       from its edition (src/site/editions.ts), with neither cache in front;
 *   (b) the same query, cache on;
 *   (c) a static JSON route in the same server answering a body as large as (b)'s (the ceiling);
 *   (d) Payload's generated GraphQL list of the 6 stories, 3 scalar fields each, cache off.
 *
 * autocannon measures each for 10 s with 10 connections from this machine after a warm-up; the
 * server runs twice, cache off for (a) and (d), on for (b) and (c). It exits non-zero if a floor
 * is missed: b/c at least 0.5, a/d at least 1.0. `--no-build` reuses the last `npm run build`.
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import autocannon from 'autocannon'

import { build, startServer, stopServer, type Server } from './benchServer'
import { runTsxSync } from './runTsx.js'

const script = fileURLToPath(import.meta.url)
type Env = Record<string, string>
const connections = 10
const seconds = 10
const warmUpSeconds = 3

const issueQuery = `query BenchIssue($number: Int!) {
  issueByNumber(number: $number) {
    number title slug publishDate letterHtml
    layout {
      kind
      story { headline slug dek heroFigure { url alt width height srcset { type srcset } placeholder { color dataURL } } sections { kind heading body html } }
      copy
      sponsor { name headline copy ctaLabel ctaUrl disclosure logo { url alt } }
    }
  }
}`
const storyListQuery =
  '{ Stories(limit: 6, where: { _status: { equals: published } }) { docs { headline slug dek } } }'

/* ---------- The seed, run in a child process through tsx ---------- */

/** Writes the users and the published bench issue into the database the environment names; prints its number. */
async function seedChild(): Promise<void> {
  const { getPayload } = await import('payload')
  const { default: config } = await import('../payload.config')
  const { seedBenchIssue } = await import('./benchApiSeed')
  const payload = await getPayload({ config, disableOnInit: true })
  await payload.db.migrate()
  const { number } = await seedBenchIssue(payload)
  process.stdout.write(`BENCH ${JSON.stringify({ number })}\n`)
  process.exit(0)
}

/** Runs this script in tsx (./runTsx) and returns what it printed after `BENCH `. */
function runChild(args: string[], env: Env): string {
  const { status, stderr, stdout } = runTsxSync([script, ...args], env)
  const line = stdout.split('\n').find((text: string) => text.startsWith('BENCH '))
  if (status !== 0 || !line)
    throw new Error(`${args.join(' ')} failed (exit ${status}):\n${stderr}\n${stdout}`)
  return line.slice('BENCH '.length)
}

/* ---------- Measuring ---------- */

interface Target {
  body?: string
  method: 'GET' | 'POST'
  path: string
}

const graphqlTarget = (query: string, variables?: Record<string, unknown>): Target => ({
  body: JSON.stringify({ query, variables }),
  method: 'POST',
  path: '/api/graphql',
})

const contentType = (target: Target): Record<string, string> =>
  target.body ? { 'content-type': 'application/json' } : {}

async function call(server: Server, target: Target): Promise<string> {
  const response = await fetch(`${server.origin}${target.path}`, {
    body: target.body,
    headers: contentType(target),
    method: target.method,
  })
  const text = await response.text()
  if (!response.ok)
    throw new Error(
      `${target.method} ${target.path} answered ${response.status}: ${text.slice(0, 500)}`,
    )
  if (target.path === '/api/graphql' && JSON.parse(text).errors)
    throw new Error(`GraphQL errors: ${text.slice(0, 1000)}`)
  return text
}

interface Measurement {
  bytes: number
  p50: number
  p99: number
  rps: number
}

/** A warm-up run, then the measured one; any failed request fails the bench (a fast error is no result). */
async function measure(server: Server, target: Target): Promise<Measurement> {
  const bytes = Buffer.byteLength(await call(server, target))
  const options = {
    body: target.body,
    connections,
    headers: contentType(target),
    method: target.method,
    url: `${server.origin}${target.path}`,
  }
  await autocannon({ ...options, duration: warmUpSeconds })
  const result = await autocannon({ ...options, duration: seconds })
  const failed = result.errors + result.timeouts + result.non2xx
  if (failed > 0)
    throw new Error(
      `${target.method} ${target.path}: ${failed} of ${result.requests.total} requests failed`,
    )
  return { bytes, p50: result.latency.p50, p99: result.latency.p99, rps: result.requests.average }
}

/** What the site query answers must be the issue the bench seeded, whole. */
function checkIssue(body: string): void {
  const issue = JSON.parse(body).data.issueByNumber
  const stories = issue?.layout.filter((block: { kind: string }) => block.kind === 'story') ?? []
  const figures = stories.filter(
    (block: { story: { heroFigure: unknown } }) => block.story.heroFigure,
  )
  const sponsors = issue?.layout.filter((block: { kind: string }) => block.kind === 'sponsor') ?? []
  if (stories.length !== 6 || figures.length !== 6 || sponsors.length !== 1) {
    throw new Error(
      `the seeded issue reads as ${stories.length} stories, ${figures.length} figures, ${sponsors.length} sponsors`,
    )
  }
}

/* ---------- Main ---------- */

async function main(): Promise<void> {
  if (!process.argv.includes('--no-build') || !fs.existsSync('.next/BUILD_ID')) build()
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-api-'))
  const env = {
    DATABASE_URL: `file:${path.join(dir, 'bench.db')}`,
    FIGURES_DIR: path.join(dir, 'figures'),
    // One client asking as fast as it can is what the anonymous GraphQL rate limit refuses.
    NEWSDESK_GRAPHQL_RATE_LIMIT: 'off',
    // The AVIF task would share the two cores with the measurement.
    NEWSDESK_RUN_JOBS: 'false',
    PAYLOAD_SECRET: crypto.randomBytes(24).toString('hex'),
  }
  const servers: Server[] = []
  const stopAll = () => Promise.all(servers.map(stopServer))
  process.once('SIGINT', () => void stopAll().then(() => process.exit(130)))
  try {
    console.log('Seeding the bench issue…')
    const { number } = JSON.parse(runChild(['seed'], env)) as { number: number }
    const issue = graphqlTarget(issueQuery, { number })
    const staticFile = path.join(dir, 'static.json')

    const cold = await startServer({ ...env, NEWSDESK_SITE_CACHE: 'off' })
    servers.push(cold)
    const issueBody = await call(cold, issue)
    checkIssue(issueBody)
    fs.writeFileSync(staticFile, issueBody)
    console.log(`Measuring, cache off: issue ${number}, ${Buffer.byteLength(issueBody)} bytes…`)
    const a = await measure(cold, issue)
    const d = await measure(cold, graphqlTarget(storyListQuery))
    await stopServer(cold)

    const warm = await startServer({ ...env, NEWSDESK_BENCH_STATIC_JSON: staticFile })
    servers.push(warm)
    console.log('Measuring, cache on…')
    const b = await measure(warm, issue)
    const c = await measure(warm, { method: 'GET', path: '/bench/static-json' })
    await stopServer(warm)

    report({ a, b, c, d })
  } finally {
    await stopAll()
    fs.rmSync(dir, { force: true, recursive: true })
  }
}

function report(results: Record<'a' | 'b' | 'c' | 'd', Measurement>): void {
  const labels = {
    a: '(a) issue query, GraphQL, cache off',
    b: '(b) issue query, GraphQL, cached',
    c: '(c) static JSON, same size (ceiling)',
    d: '(d) Payload list, 6 stories x 3 fields',
  }
  const [load1, load5] = os.loadavg()
  console.log(
    `\nautocannon: ${connections} connections, ${seconds} s each after a ${warmUpSeconds} s warm-up, client on this machine ` +
      `(${os.cpus().length} cores, load average ${load1.toFixed(2)} / ${load5.toFixed(2)} over 1 / 5 min).\n`,
  )
  console.log(
    `${'case'.padEnd(42)}${'req/s'.padStart(9)}${'p50 ms'.padStart(9)}${'p99 ms'.padStart(9)}${'bytes'.padStart(9)}`,
  )
  for (const key of ['a', 'b', 'c', 'd'] as const) {
    const { bytes, p50, p99, rps } = results[key]
    console.log(
      `${labels[key].padEnd(42)}${rps.toFixed(0).padStart(9)}${String(p50).padStart(9)}${String(p99).padStart(9)}${String(bytes).padStart(9)}`,
    )
  }
  const { a, b, c, d } = results
  const checks = [
    { floor: 0.5, label: 'b/c (cached vs ceiling)', value: b.rps / c.rps },
    { floor: 1.0, label: 'a/d (issue vs bare list)', value: a.rps / d.rps },
  ]
  console.log('')
  for (const { floor, label, value } of checks) {
    console.log(
      `${label.padEnd(28)}${value.toFixed(2).padStart(6)}   floor ${floor.toFixed(1)}   ${value >= floor ? 'ok' : 'MISSED'}`,
    )
  }
  if (checks.some(({ floor, value }) => value < floor)) process.exitCode = 1
}

if (process.argv.includes('seed')) await seedChild()
else await main()
