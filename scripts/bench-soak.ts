/**
 * `npm run bench:soak` (issue 20): the production server under a newsroom's bad day, once on
 * SQLite and once on PostgreSQL, each on a database of its own (an SQLite file in a temporary
 * directory; a scratch database on the PostgreSQL server of SOAK_POSTGRES_URL, else
 * TEST_POSTGRES_URL, else postgres://postgres@127.0.0.1:5432/postgres, created and dropped here),
 * seeded with the demo desk by `npm run seed`'s script.
 *
 * For `--seconds` (60), at once: anonymous readers of the site (GraphQL and REST, each reader
 * from an address of its own), editors saving drafts of their own stories (each save sending the
 * `updatedAt` it last read), reviewers taking stories through the workflow (submit, request
 * changes, submit, approve, publish, unpublish), figure uploads, and every few seconds an issue of
 * two new stories taken through review and published.
 *
 * Then, with the server still up, it reads back every write that was acknowledged: each editor's
 * last save, each reviewed story's last stage, each uploaded figure and its file, each published
 * issue and its stories through the site. It prints requests per second, p50 and p99 by kind,
 * errors and lost writes, and exits non-zero if a floor is missed on either database: no 5xx, no
 * lost write, a save's p99 under 1 s. `--no-build` reuses the last `npm run build`;
 * `--databases sqlite` runs one.
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { demoLogins } from '../src/seed'
import { demoImage } from '../src/seed/demoImage'
import { bold, paragraph, richText } from '../src/shared/lexical'
import type { Role } from '../src/shared/roles'
import { build, postgresDatabase, startServer, stopServer, type Server } from './benchServer'
import { runTsxSync } from './runTsx.js'

const { values: args } = parseArgs({
  options: {
    databases: { default: 'sqlite,postgres', type: 'string' },
    'no-build': { default: false, type: 'boolean' },
    seconds: { default: '60', type: 'string' },
  },
})
const seconds = Number(args.seconds)
const readers = 6
const editors = 3
const reviewers = 2
const publishEveryMs = 5_000
/**
 * Readers ask as fast as they can; the desk's people act at most this often, each of them: a save
 * a second is faster than anyone types and saves, an upload every two seconds faster than anyone
 * picks files. Without a pause, seven writers in a loop would measure only SQLite's one-writer queue.
 */
const personEveryMs = 1_000
const uploadEveryMs = 2_000
const floors = { savesP99Ms: 1_000 }

const kinds = [
  'read: GraphQL',
  'read: REST',
  'save draft',
  'workflow action',
  'figure upload',
  'issue publish',
  'create',
] as const
type Kind = (typeof kinds)[number]

/* ---------- Requests, timed and counted ---------- */

interface Sample {
  kind: Kind
  ms: number
  status: number
}

interface Block {
  story?: { slug: string } | null
}

/** The fields of Newsdesk's answers that this script reads, whichever answer holds them. */
interface Body {
  data?: { latestIssue?: { layout: Block[] } | null }
  dek?: string
  updatedAt?: string
  doc: { id: number | string; slug: string; updatedAt: string }
  errors?: unknown[]
  layout?: Block[]
  stage?: string
  token: string
  url: string
}

interface Answer {
  body: Body
  status: number
}

class Client {
  samples: Sample[] = []
  /** The first few unexpected answers, for the report. */
  failures: string[] = []
  private tokens = new Map<Role, string>()

  constructor(readonly server: Server) {}

  authorization(role: Role): Record<string, string> {
    return { Authorization: `JWT ${this.tokens.get(role)}` }
  }

  async login(role: Role): Promise<void> {
    const { email, password } = demoLogins.find((login) => login.role === role)!
    const { body } = await this.send('create', 'POST', '/api/users/login', {
      json: { email, password },
    })
    this.tokens.set(role, body.token)
  }

  /** Sends one request; an answer other than 2xx (or a GraphQL answer with errors) is a failure. */
  async send(
    kind: Kind,
    method: string,
    pathAndQuery: string,
    {
      as,
      form,
      headers = {},
      json,
    }: { as?: Role; form?: FormData; headers?: Record<string, string>; json?: unknown } = {},
  ): Promise<Answer> {
    const sent = new Headers(headers)
    if (json !== undefined) sent.set('Content-Type', 'application/json')
    if (as) sent.set('Authorization', this.authorization(as).Authorization!)
    const started = performance.now()
    let status = 0
    let body: Body
    try {
      const response = await fetch(`${this.server.origin}${pathAndQuery}`, {
        body: form ?? (json === undefined ? undefined : JSON.stringify(json)),
        headers: sent,
        method,
        signal: AbortSignal.timeout(30_000),
      })
      status = response.status
      const text = await response.text()
      body = text ? JSON.parse(text) : {}
    } catch (error) {
      // No answer at all (a reset connection, a timeout): counted as an error, status 0.
      body = { errors: [{ message: String(error) }] } as Body
    }
    this.samples.push({ kind, ms: performance.now() - started, status })
    if (status < 200 || status >= 300 || body?.errors) {
      if (this.failures.length < 10)
        this.failures.push(
          `${kind} ${method} ${pathAndQuery}: ${status} ${JSON.stringify(body).slice(0, 300)}`,
        )
      throw new Error(`${method} ${pathAndQuery} answered ${status}`)
    }
    return { body, status }
  }

  graphql(kind: Kind, query: string, variables: Record<string, unknown>, headers = {}) {
    return this.send(kind, 'POST', '/api/graphql', { headers, json: { query, variables } })
  }
}

/* ---------- What the desk writes ---------- */

const letter = () =>
  richText(
    paragraph('Dear friends,'),
    paragraph('This week, what held up under load and why it matters to the desk.'),
    paragraph(bold('Keep learning!')),
  )

const sections = (headline: string) => [
  { blockType: 'whatsNew', body: richText(paragraph(`${headline}: what is new.`)) },
  { blockType: 'whyItMatters', body: richText(paragraph(`${headline}: why it matters.`)) },
  { blockType: 'wereThinking', body: richText(paragraph(`${headline}: what we think.`)) },
]

let counter = 0
let issuesMade = 0
const unique = () => `${Date.now().toString(36)}-${++counter}`

/** A story ready for review, by the editor. */
async function writeStory(client: Client, heroFigure: unknown): Promise<Answer> {
  const headline = `Soak story ${unique()}`
  return client.send('create', 'POST', '/api/stories?draft=true', {
    as: 'editor',
    json: {
      dek: `The one sentence under ${headline}.`,
      headline,
      heroFigure,
      sections: sections(headline),
    },
  })
}

const act = (client: Client, collection: string, id: unknown, action: string, note?: string) =>
  client.send(
    collection === 'issues' && action === 'publish' ? 'issue publish' : 'workflow action',
    'POST',
    `/api/${collection}/${id}/workflow/${action}`,
    {
      as: ['submit', 'withdraw'].includes(action) ? 'editor' : 'reviewer',
      json: note ? { note } : {},
    },
  )

/* ---------- The load ---------- */

interface Acknowledged {
  /** Each editor's story and the dek of its last acknowledged save. */
  drafts: Map<string, string>
  /** Each reviewed story and the stage its last acknowledged action left it in. */
  stages: Map<string, string>
  figures: string[]
  /** Each published issue's number and the slugs of its stories, in order. */
  issues: { number: number; slugs: string[] }[]
}

const issueQuery = `query SoakIssue {
  latestIssue {
    number title slug letterHtml
    layout { kind story { headline slug dek heroFigure { url srcset { type srcset } } sections { kind html } } }
  }
}`
const archiveQuery = `query SoakArchive { issueArchive(page: 1, limit: 10) { totalPages docs { number slug } } }`

/** Loops until the deadline, each step's failure counted and the loop going on. */
/** Waits out the rest of `everyMs` from `since`: a person's pace between two of their actions. */
const pace = (since: number, everyMs: number) =>
  new Promise((resolve) => setTimeout(resolve, Math.max(0, since + everyMs - Date.now())))

async function repeat(
  until: number,
  step: (round: number) => Promise<void>,
  { everyMs = 0 } = {},
): Promise<void> {
  for (let round = 0; Date.now() < until; round++) {
    const started = Date.now()
    try {
      await step(round)
    } catch {
      // Counted where it was answered; a load keeps going through errors.
    }
    await pace(started, everyMs)
  }
}

/** What every actor of the load shares: the client, the record of what was acknowledged, the stories' hero figure, the end. */
interface Desk {
  acknowledged: Acknowledged
  client: Client
  hero: unknown
  until: number
}

async function reader({ client, until }: Desk, index: number): Promise<void> {
  const headers = { 'X-Forwarded-For': `203.0.113.${index + 1}` }
  let storySlug: string | undefined
  await repeat(until, async (round) => {
    switch (round % 5) {
      case 0: {
        const { body } = await client.graphql('read: GraphQL', issueQuery, {}, headers)
        storySlug = body.data?.latestIssue?.layout.find((block) => block.story)?.story?.slug
        break
      }
      case 1:
        await client.graphql('read: GraphQL', archiveQuery, {}, headers)
        break
      case 2:
        await client.send('read: REST', 'GET', '/api/site/issues/latest', { headers })
        break
      case 3:
        await client.send('read: REST', 'GET', '/api/site/issues?page=1&limit=10', { headers })
        break
      default:
        if (storySlug)
          await client.send('read: REST', 'GET', `/api/site/stories/${storySlug}`, { headers })
    }
  })
}

async function editor({ acknowledged, client, until }: Desk): Promise<void> {
  const { body } = await client.send('create', 'POST', '/api/stories?draft=true', {
    as: 'editor',
    json: { dek: 'First draft.', headline: `Soak draft ${unique()}` },
  })
  const id = String(body.doc.id)
  let updatedAt: string = body.doc.updatedAt
  acknowledged.drafts.set(id, 'First draft.')
  await repeat(
    until,
    async (round) => {
      const dek = `Revision ${round + 1} of this draft.`
      try {
        const saved = await client.send('save draft', 'PATCH', `/api/stories/${id}?draft=true`, {
          as: 'editor',
          json: { dek, updatedAt },
        })
        updatedAt = saved.body.doc.updatedAt
        acknowledged.drafts.set(id, dek)
      } catch (error) {
        // Counted; the editor reloads, as the admin offers, and goes on from what is stored.
        const stored = await client.send('read: REST', 'GET', `/api/stories/${id}?draft=true`, {
          as: 'editor',
        })
        updatedAt = stored.body.updatedAt!
        throw error
      }
    },
    { everyMs: personEveryMs },
  )
}

/** The stages a story goes through here, with the stage each action leaves it in. */
const review = [
  ['submit', 'in_review'],
  ['requestChanges', 'changes_requested'],
  ['submit', 'in_review'],
  ['approve', 'approved'],
  ['publish', 'published'],
  ['unpublish', 'draft'],
] as const

async function reviewer({ acknowledged, client, hero, until }: Desk): Promise<void> {
  await repeat(until, async () => {
    const { body } = await writeStory(client, hero)
    const id = String(body.doc.id)
    acknowledged.stages.set(id, 'draft')
    for (const [action, stage] of review) {
      if (Date.now() >= until) return
      const started = Date.now()
      await act(client, 'stories', id, action, 'Cite the benchmark.')
      acknowledged.stages.set(id, stage)
      await pace(started, personEveryMs)
    }
  })
}

async function uploader({ acknowledged, client, until }: Desk, images: Buffer[]): Promise<void> {
  await repeat(
    until,
    async (round) => {
      const form = new FormData()
      form.append(
        'file',
        new Blob([new Uint8Array(images[round % images.length]!)]),
        `soak-${unique()}.jpg`,
      )
      form.append(
        '_payload',
        JSON.stringify({ alt: `A test card, number ${round}, in two colours` }),
      )
      const { body } = await client.send('figure upload', 'POST', '/api/figures', {
        as: 'editor',
        form,
      })
      acknowledged.figures.push(String(body.doc.id))
    },
    { everyMs: uploadEveryMs },
  )
}

async function publisher({ acknowledged, client, hero, until }: Desk): Promise<void> {
  await repeat(
    until,
    async () => {
      const stories: { id: unknown; slug: string }[] = []
      for (let index = 0; index < 2; index++) {
        const { body } = await writeStory(client, hero)
        await act(client, 'stories', body.doc.id, 'submit')
        await act(client, 'stories', body.doc.id, 'approve')
        stories.push({ id: body.doc.id, slug: body.doc.slug })
      }
      // The seeded demo issue's number is far below: each run has a database of its own.
      const number = 10_000 + ++issuesMade
      const { body } = await client.send('create', 'POST', '/api/issues?draft=true', {
        as: 'editor',
        json: {
          layout: stories.map(({ id }) => ({ blockType: 'story', story: id })),
          letter: letter(),
          number,
          title: `Soak issue ${number}`,
        },
      })
      await act(client, 'issues', body.doc.id, 'submit')
      await act(client, 'issues', body.doc.id, 'approve')
      await act(client, 'issues', body.doc.id, 'publish')
      acknowledged.issues.push({ number, slugs: stories.map(({ slug }) => slug) })
    },
    { everyMs: publishEveryMs },
  )
}

/* ---------- Checking what was acknowledged ---------- */

/** Reads every acknowledged write back; returns what is missing or wrong. */
async function lostWrites(client: Client, acknowledged: Acknowledged): Promise<string[]> {
  const lost: string[] = []
  const get = (pathAndQuery: string, as?: Role) =>
    client.send('read: REST', 'GET', pathAndQuery, { as }).catch(() => undefined)
  for (const [id, dek] of acknowledged.drafts) {
    const answer = await get(`/api/stories/${id}?draft=true&depth=0`, 'editor')
    if (answer?.body.dek !== dek)
      lost.push(`story ${id}: dek "${answer?.body.dek}", saved "${dek}"`)
  }
  for (const [id, stage] of acknowledged.stages) {
    const answer = await get(`/api/stories/${id}?draft=true&depth=0`, 'editor')
    if (answer?.body.stage !== stage)
      lost.push(`story ${id}: stage ${answer?.body.stage}, acknowledged ${stage}`)
  }
  for (const id of acknowledged.figures) {
    const answer = await get(`/api/figures/${id}`, 'editor')
    // Not used by anything published, so served to staff only.
    const file =
      answer &&
      (await fetch(`${client.server.origin}${answer.body.url}`, {
        headers: client.authorization('editor'),
      }))
    if (!file?.ok) lost.push(`figure ${id}: ${answer ? `file ${file?.status}` : 'missing'}`)
  }
  for (const { number, slugs } of acknowledged.issues) {
    const answer = await get(`/api/site/issues/number/${number}`)
    const shown = answer?.body.layout?.map((block) => block.story?.slug)
    if (JSON.stringify(shown) !== JSON.stringify(slugs))
      lost.push(
        `issue ${number}: the site shows ${JSON.stringify(shown)}, published ${JSON.stringify(slugs)}`,
      )
    for (const slug of slugs)
      if (!(await get(`/api/site/stories/${slug}`)))
        lost.push(`issue ${number}: story ${slug} not on the site`)
  }
  return lost
}

/* ---------- One database ---------- */

interface Result {
  database: string
  failures: string[]
  issues: number
  lost: string[]
  samples: Sample[]
  seconds: number
}

async function soak(
  database: string,
  env: Record<string, string>,
  images: Buffer[],
): Promise<Result> {
  console.log(`\n${database}: seeding the demo desk…`)
  const seeded = runTsxSync(['scripts/seed.ts'], env)
  if (seeded.status !== 0) throw new Error(`seeding failed:\n${seeded.stderr}\n${seeded.stdout}`)
  const server = await startServer(env)
  try {
    const client = new Client(server)
    await Promise.all((['editor', 'reviewer'] as const).map((role) => client.login(role)))
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(images[0]!)]), 'soak-hero.jpg')
    form.append(
      '_payload',
      JSON.stringify({ alt: 'A test card in two colours, the soak stories’ hero' }),
    )
    const hero = (await client.send('create', 'POST', '/api/figures', { as: 'editor', form })).body
      .doc.id
    client.samples = []

    console.log(`${database}: ${seconds} s of load…`)
    const acknowledged: Acknowledged = {
      drafts: new Map(),
      figures: [],
      issues: [],
      stages: new Map(),
    }
    const started = Date.now()
    const until = started + seconds * 1000
    const desk: Desk = { acknowledged, client, hero, until }
    await Promise.all([
      ...Array.from({ length: readers }, (_, index) => reader(desk, index)),
      ...Array.from({ length: editors }, () => editor(desk)),
      ...Array.from({ length: reviewers }, () => reviewer(desk)),
      uploader(desk, images),
      publisher(desk),
    ])
    const elapsed = (Date.now() - started) / 1000
    const samples = [...client.samples]
    const failures = [...client.failures]
    console.log(`${database}: reading back every acknowledged write…`)
    const lost = await lostWrites(client, acknowledged)
    return {
      database,
      failures,
      issues: acknowledged.issues.length,
      lost,
      samples,
      seconds: elapsed,
    }
  } catch (error) {
    console.error(server.log().slice(-5000))
    throw error
  } finally {
    await stopServer(server)
  }
}

/* ---------- Report ---------- */

const percentile = (sorted: number[], p: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]! : 0

function report(result: Result): boolean {
  const { database, failures, issues, lost, samples } = result
  console.log(
    `\n${database}: ${result.seconds.toFixed(1)} s, ${readers} readers, ${editors} editors, ${reviewers} reviewers, 1 uploader, 1 publisher\n`,
  )
  console.log(
    `${'kind'.padEnd(18)}${'requests'.padStart(9)}${'req/s'.padStart(8)}${'p50 ms'.padStart(9)}${'p99 ms'.padStart(9)}${'errors'.padStart(8)}${'5xx'.padStart(6)}`,
  )
  const p99Of: Partial<Record<Kind, number>> = {}
  for (const kind of kinds) {
    const mine = samples.filter((sample) => sample.kind === kind)
    const times = mine.map((sample) => sample.ms).sort((a, b) => a - b)
    p99Of[kind] = percentile(times, 99)
    const errors = mine.filter((sample) => sample.status < 200 || sample.status >= 300).length
    const serverErrors = mine.filter((sample) => sample.status >= 500).length
    console.log(
      `${kind.padEnd(18)}${String(mine.length).padStart(9)}${(mine.length / result.seconds).toFixed(1).padStart(8)}` +
        `${percentile(times, 50).toFixed(0).padStart(9)}${p99Of[kind]!.toFixed(0).padStart(9)}${String(errors).padStart(8)}${String(serverErrors).padStart(6)}`,
    )
  }
  const serverErrors = samples.filter((sample) => sample.status >= 500).length
  const errors = samples.filter((sample) => sample.status < 200 || sample.status >= 300).length
  console.log(
    `\nall: ${samples.length} requests, ${errors} errors, ${serverErrors} 5xx; ${issues} issues published`,
  )
  if (failures.length) console.log(`first errors:\n  ${failures.join('\n  ')}`)
  console.log(
    `lost writes: ${lost.length}${lost.length ? `\n  ${lost.slice(0, 10).join('\n  ')}` : ''}`,
  )
  const checks = [
    { label: '5xx answers', ok: serverErrors === 0, value: `${serverErrors}`, floor: '0' },
    { label: 'lost writes', ok: lost.length === 0, value: `${lost.length}`, floor: '0' },
    {
      label: 'save p99',
      ok: p99Of['save draft']! < floors.savesP99Ms,
      value: `${p99Of['save draft']!.toFixed(0)} ms`,
      floor: `< ${floors.savesP99Ms} ms`,
    },
  ]
  for (const { floor, label, ok, value } of checks)
    console.log(
      `${label.padEnd(14)}${value.padStart(9)}   floor ${floor.padEnd(9)} ${ok ? 'ok' : 'MISSED'}`,
    )
  return checks.every(({ ok }) => ok)
}

/* ---------- Main ---------- */

async function main(): Promise<void> {
  if (!args['no-build'] || !fs.existsSync('.next/BUILD_ID')) build()
  const images = await Promise.all(
    [
      ['#1d3557', '#e63946'],
      ['#2a9d8f', '#e9c46a'],
      ['#264653', '#f4a261'],
    ].map((palette) => demoImage(palette as [string, string], 1200, 800)),
  )
  const results: Result[] = []
  for (const database of String(args.databases).split(',')) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-soak-'))
    const scratch = database === 'postgres' ? await postgresDatabase('soak') : undefined
    try {
      results.push(
        await soak(
          database === 'postgres' ? 'PostgreSQL' : 'SQLite',
          {
            DATABASE_URL: scratch?.url ?? `file:${path.join(dir, 'soak.db')}`,
            FIGURES_DIR: path.join(dir, 'figures'),
            // The readers ask as fast as they can; bench:api does the same.
            NEWSDESK_GRAPHQL_RATE_LIMIT: 'off',
            PAYLOAD_SECRET: crypto.randomBytes(24).toString('hex'),
          },
          images,
        ),
      )
    } finally {
      await scratch?.drop()
      fs.rmSync(dir, { force: true, recursive: true })
    }
  }
  const [load1, load5] = os.loadavg()
  console.log(
    `\nClient and server on this machine (${os.cpus().length} cores, load average ${load1.toFixed(2)} / ${load5.toFixed(2)} over 1 / 5 min).`,
  )
  const passed = results.map(report)
  if (passed.some((ok) => !ok)) process.exitCode = 1
}

await main()
