import type { PayloadRequest } from 'payload'

import type { Figure } from '../../../payload-types'

import { awaitingReview, nextIssue, queueCounts } from '../../../src/desk/queue'
import { databaseKind } from '../../../src/db/database'
import { fetchFile, fromAnotherReader, graphql, loginAs, payload, rest } from '../../support/api'
import { actingAs, makeIssue, makeStory } from '../../support/fixtures'
import { recordStatements, type Statement } from '../../support/statementRecorder'

afterAll(() => payload.destroy())

const onPostgres = databaseKind(process.env.DATABASE_URL) === 'postgres'

/** A node of PostgreSQL's EXPLAIN (FORMAT JSON) plan. */
interface PlanNode {
  'Node Type': string
  'Relation Name'?: string
  Plans?: PlanNode[]
}

/** Published issues of one published story each, its hero figure its own: the archive grown by `count`. */
async function growArchive(count: number): Promise<string[]> {
  const slugs: string[] = []
  for (let index = 0; index < count; index++) {
    const story = await makeStory('published')
    await makeIssue('published', [{ blockType: 'story', story: story.id as number }])
    slugs.push(story.slug!)
  }
  return slugs
}

/**
 * Gives SQLite's planner, on this small database, the statistics it gathered (sampling 1,000 rows
 * an index) on an archive of 20,000 stories: `latest` and `_status` seemed to narrow a table to a
 * fortieth, a stage to halve that (the average hides that nearly every latest version is
 * published), a person to a twentieth, and every other column to a row. With the handful of rows
 * here, one index looks as good as another.
 */
async function planAsAtTwentyThousandStories(client: import('@libsql/client').Client) {
  const { rows } = await client.execute(
    "SELECT tbl_name, name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name IN ('_stories_v', '_issues_v', '_sponsors_v', 'issues') AND sql IS NOT NULL",
  )
  await client.execute('DELETE FROM sqlite_stat1')
  for (const { name, sql, tbl_name: table } of rows) {
    const total = table === '_stories_v' ? 20_000 : 4_000
    const columns = String(sql)
      .slice(String(sql).indexOf('(') + 1)
      .split(',')
      .map((column) => column.replace(/[`"()\s]/g, ''))
    let matching = total
    const perValue = columns.map((column) => {
      matching = /^(latest|_status)$/.test(column)
        ? Math.ceil(matching / 40)
        : /stage$/.test(column)
          ? Math.ceil(matching / 2)
          : /_(by|reviewer)(_id)?$/.test(column)
            ? Math.ceil(matching / 20)
            : 1
      return matching
    })
    await client.execute({
      args: [table, name, [total, ...perValue].join(' ')],
      sql: 'INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES (?, ?, ?)',
    })
  }
  await client.execute('ANALYZE sqlite_schema')
}

const answered = async (response: Promise<{ body: any; status: number }>) => {
  const { body, status } = await response
  expect(status).toBe(200)
  expect(body.errors).toBeUndefined()
  return body
}

/** The reads a reader and the desk make most, each returning the same amount however large the archive. */
function reads(
  storySlug: string,
  figureFile: string,
  editorToken: string,
  editor: PayloadRequest,
  reviewer: PayloadRequest,
) {
  const site = (query: string, variables?: Record<string, unknown>) =>
    answered(graphql(query, { headers: fromAnotherReader(), variables }))
  return {
    'a list of stories with hero figures (GraphQL)': () =>
      site('{ Stories(limit: 3) { docs { headline heroFigure { url alt } } } }'),
    'a list of figures (REST)': () => answered(rest('GET', '/figures?limit=3')),
    "a figure's rendition": async () => expect((await fetchFile(figureFile)).status).toBe(200),
    'a list of stories with relations (REST)': () =>
      answered(rest('GET', '/stories?limit=3&depth=1')),
    'the first page of the archive': () =>
      site('{ issueArchive(page: 1, limit: 3) { docs { number leadStory { headline } } } }'),
    'the second page of the archive': () =>
      site('{ issueArchive(page: 2, limit: 3) { docs { number leadStory { headline } } } }'),
    'a story by its slug': () =>
      site('query ($slug: String!) { storyBySlug(slug: $slug) { headline heroFigure { url } } }', {
        slug: storySlug,
      }),
    "the admin's list of stories (editor)": () =>
      answered(rest('GET', '/stories?limit=3&draft=true&sort=-updatedAt', { token: editorToken })),
    "the desk's next issue (editor)": () => nextIssue(editor),
    "the desk's review queue (reviewer)": () => awaitingReview(reviewer),
  }
}

async function statementsOf(work: Record<string, () => Promise<unknown>>) {
  const recorded: Record<string, Statement[]> = {}
  for (const [name, read] of Object.entries(work))
    recorded[name] = await recordStatements(payload, read)
  return recorded
}

const shape = (statements: Statement[]) => ({
  rows: statements.reduce((sum, statement) => sum + statement.rows, 0),
  statements: statements.length,
})

describe('reads cost the same at any size of the archive', () => {
  let recorded: Record<string, Statement[]>

  beforeAll(async () => {
    process.env.NEWSDESK_SITE_CACHE = 'off'
    await makeIssue('draft')
    // Both pages of the archive read hold grown issues only, of one shape, at either size.
    const [storySlug] = await growArchive(6)
    const story = (
      await payload.find({
        collection: 'stories',
        depth: 1,
        where: { slug: { equals: storySlug } },
      })
    ).docs[0]!
    const rendition = (story.heroFigure as Figure).sources!.find(
      (source) => source.format === 'jpeg',
    )!
    const work = reads(
      storySlug!,
      rendition.url!,
      await loginAs('editor'),
      await actingAs('editor'),
      await actingAs('reviewer'),
    )
    await statementsOf(work) // the first reads fill caches that are not the site's (users, the config)
    const small = await statementsOf(work)
    await growArchive(6)
    recorded = await statementsOf(work)
    for (const name of Object.keys(work)) {
      recorded[`${name}, at twice the size`] = recorded[name]!
      recorded[name] = small[name]!
    }
  })
  afterAll(() => {
    delete process.env.NEWSDESK_SITE_CACHE
  })

  it('each read sends as many statements and gets as many rows back after the archive doubled', () => {
    const names = Object.keys(recorded).filter((name) => !name.endsWith(', at twice the size'))
    const at = (suffix: string) =>
      Object.fromEntries(names.map((name) => [name, shape(recorded[`${name}${suffix}`]!)]))
    expect(at(', at twice the size')).toEqual(at(''))
    for (const name of names) expect(shape(recorded[name]!).statements).toBeGreaterThan(0)
  })

  ;(onPostgres ? it.skip : it)(
    'on SQLite, the planner has the statistics it chooses indexes by, gathered at start',
    async () => {
      const client = (payload.db as unknown as { client: import('@libsql/client').Client }).client
      const { rows } = await client.execute(
        "SELECT idx FROM sqlite_stat1 WHERE tbl = '_stories_v' AND idx IS NOT NULL",
      )
      expect(rows.map((row) => row.idx)).toEqual(
        expect.arrayContaining(['_stories_v_latest_idx', '_stories_v_parent_idx']),
      )
    },
  )

  // With bound parameters SQLite cannot see that few latest versions are at any stage but
  // "published"; offered an index that holds the list's sort without its stage, it walked the whole
  // archive in that order. Each of these lists now has one index holding its filter and its order.
  ;(onPostgres ? it.skip : it)(
    "on SQLite, the desk's queues, counts and next issue, and a deep page of the archive, each read one index",
    async () => {
      const client = (payload.db as unknown as { client: import('@libsql/client').Client }).client
      await planAsAtTwentyThousandStories(client)
      const reviewer = await actingAs('reviewer')
      const desk = await recordStatements(payload, async () => {
        await queueCounts(reviewer)
        await awaitingReview(reviewer)
        await nextIssue(reviewer)
      })
      const archive = await recordStatements(payload, () =>
        answered(
          graphql('{ issueArchive(page: 3, limit: 2) { docs { number } } }', {
            headers: fromAnotherReader(),
          }),
        ),
      )
      const planOf = async ({ params, sql }: Statement) =>
        (await client.execute({ args: params as never, sql: `EXPLAIN QUERY PLAN ${sql}` })).rows
          .map((row) => String(row.detail))
          .join('; ')
      const atAStage = desk.filter(({ sql }) => /"version_stage" = \?/.test(sql))
      expect(atAStage.length).toBeGreaterThan(0)
      for (const statement of atAStage)
        expect(await planOf(statement)).toMatch(
          /USING (COVERING )?INDEX _(stories|issues|sponsors)_v_latest_version_stage_version_(updated_at|number)_idx \(latest=\? AND version_stage=\?\)/,
        )
      const archivePage = archive.find(({ sql }) => /from "issues".* offset \?/i.test(sql))
      expect(await planOf(archivePage!)).toMatch(
        /USING COVERING INDEX _status_number_createdAt_idx/,
      )
    },
  )

  // The planner reads a small table whole whatever its indexes; with sequential scans priced out,
  // a plan that still scans one of these tables has no index to use.
  ;(onPostgres ? it : it.skip)(
    'on PostgreSQL, no statement of these reads scans a table of stories, issues, sponsors or figures',
    async () => {
      const archiveTables = /^_?(stories|issues|sponsors|figures)(_|$)/
      const scans: string[] = []
      const pool = (payload.db as unknown as { pool: import('pg').Pool }).pool
      const client = await pool.connect()
      try {
        await client.query('SET enable_seqscan = off')
        for (const [name, statements] of Object.entries(recorded)) {
          for (const { params, sql } of statements) {
            if (!/^\s*(select|with)\b/i.test(sql)) continue
            const [{ 'QUERY PLAN': plan }] = (
              await client.query(`EXPLAIN (FORMAT JSON) ${sql}`, params)
            ).rows
            const visit = (node: PlanNode) => {
              if (
                node['Node Type'] === 'Seq Scan' &&
                archiveTables.test(node['Relation Name'] ?? '')
              )
                scans.push(`${name}: ${node['Relation Name']} in ${sql.slice(0, 200)}`)
              for (const child of node.Plans ?? []) visit(child)
            }
            visit(plan[0].Plan)
          }
        }
      } finally {
        await client.query('RESET enable_seqscan')
        client.release()
      }
      expect(scans).toEqual([])
    },
  )
})
