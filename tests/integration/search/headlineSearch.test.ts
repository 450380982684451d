import { databaseKind } from '../../../src/db/database'
import { loginAs, payload, rest, unique } from '../../support/api'
import { act, actingAs, makeStory } from '../../support/fixtures'
import { recordStatements } from '../../support/statementRecorder'

afterAll(() => payload.destroy())

const onPostgres = databaseKind(process.env.DATABASE_URL) === 'postgres'

let editorToken: string
beforeAll(async () => {
  editorToken = await loginAs('editor')
})

/** The headlines a search over REST finds, as the admin's search box asks (drafts) or the site. */
async function headlinesFound(words: string, { drafts = false } = {}): Promise<string[]> {
  const query = new URLSearchParams({ 'where[headline][like]': words, limit: '50', depth: '0' })
  if (drafts) query.set('draft', 'true')
  const { body, status } = await rest('GET', `/stories?${query}`, { token: editorToken })
  expect(status).toBe(200)
  return (body.docs as { headline: string }[]).map((story) => story.headline).sort()
}

describe('searching stories by headline', () => {
  it('finds the stories whose headline holds every word, in any case, and no others', async () => {
    const tag = `Kelp${unique()}`
    await makeStory('published', `${tag} Robots Learn to Fold Laundry`)
    await makeStory('published', `${tag} folding proteins at speed`)
    await makeStory('draft', `${tag} Laundry day at the data centre`)

    expect(await headlinesFound(`${tag} fold laundry`)).toEqual([
      `${tag} Robots Learn to Fold Laundry`,
    ])
    expect(await headlinesFound(`${tag.toUpperCase()} FOLD`)).toEqual([
      `${tag} Robots Learn to Fold Laundry`,
      `${tag} folding proteins at speed`,
    ])
    expect(await headlinesFound(`${tag} laundry`, { drafts: true })).toEqual([
      `${tag} Laundry day at the data centre`,
      `${tag} Robots Learn to Fold Laundry`,
    ])
    expect(await headlinesFound(`${tag} sourdough`)).toEqual([])
  })

  it('finds a story by the headline it has now, never by the one it had, and a deleted one no more', async () => {
    const tag = `Fjord${unique()}`
    const story = await makeStory('published', `${tag} The Old Headline`)
    const editor = await actingAs('editor')
    // A revision in draft: readers' search still has the published headline, the desk's the new.
    await payload.update({
      collection: 'stories',
      data: { headline: `${tag} A Fresher Headline` },
      draft: true,
      id: story.id,
      req: editor,
    })
    expect(await headlinesFound(`${tag} fresher`, { drafts: true })).toEqual([
      `${tag} A Fresher Headline`,
    ])
    expect(await headlinesFound(`${tag} old`, { drafts: true })).toEqual([])
    expect(await headlinesFound(`${tag} old`)).toEqual([`${tag} The Old Headline`])

    // A revision of a published story waits in review.
    await act('reviewer', 'approve', 'stories', story.id)
    await act('reviewer', 'publish', 'stories', story.id)
    expect(await headlinesFound(`${tag} fresher`)).toEqual([`${tag} A Fresher Headline`])
    expect(await headlinesFound(`${tag} old`)).toEqual([])

    await payload.delete({ collection: 'stories', id: story.id })
    expect(await headlinesFound(tag)).toEqual([])
    expect(await headlinesFound(tag, { drafts: true })).toEqual([])
  })

  it('narrows a search inside "or" and "and" without changing what it finds', async () => {
    const tag = `Moss${unique()}`
    const wanted = await makeStory('published', `${tag} Quiet Satellites`)
    await makeStory('published', `${tag} Loud Satellites`)
    const { body } = await rest(
      'GET',
      `/stories?${new URLSearchParams({
        'where[or][0][headline][like]': `${tag} quiet`,
        'where[or][1][slug][equals]': 'no-such-story',
        depth: '0',
      })}`,
      { token: editorToken },
    )
    expect(body.docs.map((story: { id: unknown }) => story.id)).toEqual([wanted.id])
    expect(body.totalDocs).toBe(1)
  })

  it('reads only the stories whose headline matches, from an index', async () => {
    const tag = `Tern${unique()}`
    for (let index = 0; index < 4; index++) await makeStory('published', `${tag} Bird ${index}`)
    await makeStory('published', `${tag} The One Wren`)
    const searches = await recordStatements(payload, () => headlinesFound(`${tag} wren`))
    const searching = searches.filter(({ sql }) => /\bi?like\b/i.test(sql) && /stories/.test(sql))
    expect(searching.length).toBeGreaterThan(0)
    const plans: string[] = []
    if (onPostgres) {
      const pool = (payload.db as unknown as { pool: import('pg').Pool }).pool
      const client = await pool.connect()
      try {
        // On a table this small, walking it in order is cheapest; with that and reading it whole
        // priced out, what is left is an index that serves the search itself, if there is one.
        await client.query('SET enable_seqscan = off')
        await client.query('SET enable_indexscan = off')
        for (const { params, sql } of searching)
          plans.push(
            (await client.query(`EXPLAIN ${sql}`, params)).rows
              .map((row) => row['QUERY PLAN'])
              .join('\n'),
          )
      } finally {
        await client.query('RESET enable_seqscan')
        await client.query('RESET enable_indexscan')
        client.release()
      }
      for (const plan of plans) {
        expect(plan).not.toMatch(/Seq Scan on "?stories"?/)
        expect(plan).toMatch(/stories_headline_trgm_idx/)
      }
    } else {
      const client = (payload.db as unknown as { client: import('@libsql/client').Client }).client
      for (const { params, sql } of searching)
        plans.push(
          (await client.execute({ args: params as never, sql: `EXPLAIN QUERY PLAN ${sql}` })).rows
            .map((row) => String(row.detail))
            .join('\n'),
        )
      // Each statement that filters by headline reads stories by ID, or the headline index.
      for (const plan of plans) expect(plan).not.toMatch(/^SCAN stories\b/m)
      expect(plans.join('\n')).toMatch(/stories_headline_search/)
    }
  })
})
