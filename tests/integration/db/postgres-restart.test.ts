/**
 * PostgreSQL stopped under load and started again: while it is down, every request, those in
 * flight when it stopped and those made after, answers 503 with a message saying so, within a
 * few seconds (REST and GraphQL, reads and saves); once it is back, the same app instance serves
 * and saves again by itself. The app runs against a PostgreSQL server of this test's own
 * (tests/support/privatePostgres.ts), a copy of this file's database, as the shared server must
 * stay up.
 */
import { databaseKind } from '../../../src/db/database'
import { databaseUnavailableMessage } from '../../../src/shared/databaseUnavailable'
import { privatePostgres } from '../../support/privatePostgres'
import { until } from '../../support/until'

const onPostgres = databaseKind(process.env.DATABASE_URL) === 'postgres'
const server = onPostgres ? await privatePostgres(process.env.DATABASE_URL!) : undefined
// Read by payload.config.ts, which ../support/api loads; Jest gives each test file its own process.env.
if (server) process.env.DATABASE_URL = server.url
const { graphql, loginAs, payload, rest } = await import('../../support/api')

afterAll(async () => {
  await payload.destroy()
  await server?.remove()
})

/** Well above what a request takes with the database up, well below a hang. */
const answerWithinMs = 6_000

interface Answer {
  endedAt: number
  kind: string
  message?: string
  ms: number
  startedAt: number
  status: number
}

const messageOf = (body: unknown): string | undefined =>
  (body as { errors?: { message?: string }[] } | undefined)?.errors?.[0]?.message

/**
 * The requests an editor's desk makes: each answers with its status and first error message. They
 * ask for no related documents (`depth=0`, no relation in the GraphQL selections): when the
 * database goes mid-request, Payload's population of relations can leave a rejected load unhandled,
 * which Jest counts against whichever test runs, whatever the answer was.
 */
function requests(token: string, storyID: number | string) {
  let saves = 0
  const storiesQuery = '{ Stories(limit: 3, draft: true) { docs { id headline } } }'
  return {
    'GraphQL list': async () => {
      const { body, status } = await graphql(storiesQuery, { token })
      return { message: messageOf(body), status: body?.errors ? Math.max(status, 500) : status }
    },
    'GraphQL save': async () => {
      const { body, status } = await graphql(
        `mutation ($dek: String!) { updateStory(id: ${storyID}, draft: true, data: { dek: $dek }) { id } }`,
        { token, variables: { dek: `Saved ${++saves} times.` } },
      )
      return { message: messageOf(body), status: body?.errors ? Math.max(status, 500) : status }
    },
    'REST list': async () => {
      const { body, status } = await rest('GET', '/stories?limit=3&draft=true&depth=0', { token })
      return { message: messageOf(body), status }
    },
    'REST save': async () => {
      const { body, status } = await rest('PATCH', `/stories/${storyID}?draft=true&depth=0`, {
        body: { dek: `Saved ${++saves} times.` },
        token,
      })
      return { message: messageOf(body), status }
    },
  }
}

/** Sends the requests over and over, each kind in a loop of its own, until stopped. */
function load(kinds: ReturnType<typeof requests>) {
  const answers: Answer[] = []
  let running = true
  const loops = Object.entries(kinds).map(async ([kind, send]) => {
    while (running) {
      const startedAt = Date.now()
      const answer = await send()
      const endedAt = Date.now()
      answers.push({ ...answer, endedAt, kind, ms: endedAt - startedAt, startedAt })
    }
  })
  return {
    answers,
    stop: async () => {
      running = false
      await Promise.all(loops)
    },
  }
}

/** Answers grouped by kind and status, with the slowest of each: what the test prints. */
function summary(answers: Answer[]): string[] {
  const groups = new Map<string, number[]>()
  for (const { kind, ms, status } of answers)
    groups.set(`${kind} ${status}`, [...(groups.get(`${kind} ${status}`) ?? []), ms])
  return [...groups].map(
    ([key, times]) => `${key} ×${times.length}, slowest ${Math.max(...times)} ms`,
  )
}

;(onPostgres ? describe : describe.skip)('PostgreSQL restarted under load', () => {
  it('answers 503 while the database is down, then recovers without a restart', async () => {
    const token = await loginAs('editor')
    const created = await rest('POST', '/stories?draft=true', {
      body: { dek: 'Saved under load.', headline: 'Through a database restart' },
      token,
    })
    expect(created.status).toBe(201)
    const storyID = created.body.doc.id
    const running = load(requests(token, storyID))
    try {
      await until(() => running.answers.filter((answer) => answer.status === 200).length >= 20, {
        deadlineMs: 30_000,
        what: '20 answers before the stop',
      })
      expect(running.answers.filter((answer) => answer.status !== 200)).toEqual([])

      const stopping = Date.now()
      await server!.stop('fast')
      const stopped = Date.now()
      await until(
        () => running.answers.filter((answer) => answer.startedAt > stopped).length >= 40,
        { deadlineMs: 60_000, what: '40 answers while the database is down' },
      )
      // What was in flight when the stop began, and everything asked since.
      const outage = running.answers.filter((answer) => answer.endedAt > stopping)
      const after = outage.filter((answer) => answer.startedAt > stopped)
      console.log(
        `database stopped in ${stopped - stopping} ms; during the outage:\n${summary(outage).join('\n')}`,
      )
      expect(outage.filter((answer) => ![200, 503].includes(answer.status))).toEqual([])
      expect(outage.filter((answer) => answer.ms > answerWithinMs)).toEqual([])
      expect(new Set(after.map((answer) => answer.status))).toEqual(new Set([503]))
      expect(new Set(after.map((answer) => answer.message))).toEqual(
        new Set([databaseUnavailableMessage]),
      )
      expect(new Set(after.map((answer) => answer.kind)).size).toBe(4)

      const starting = Date.now()
      await server!.start()
      const started = Date.now()
      // Recovered: every kind of request succeeds again, and goes on succeeding.
      let recovered = 0
      await until(
        () => {
          const since = running.answers.filter((answer) => answer.startedAt > started)
          const kinds = new Set(since.filter((a) => a.status === 200).map((a) => a.kind))
          if (kinds.size === 4 && !recovered) recovered = Date.now()
          return (
            recovered > 0 && running.answers.some((answer) => answer.startedAt > recovered + 1000)
          )
        },
        { deadlineMs: 30_000, what: 'every kind of request succeeding again' },
      )
      const back = running.answers.filter((answer) => answer.startedAt > recovered)
      console.log(
        `database started in ${started - starting} ms; every kind of request succeeded again ` +
          `${recovered - started} ms later; since:\n${summary(back).join('\n')}`,
      )
      expect(back.filter((answer) => answer.status !== 200)).toEqual([])
    } finally {
      await running.stop()
    }
    // A save made now is stored.
    const saved = await rest('PATCH', `/stories/${storyID}?draft=true`, {
      body: { dek: 'Saved after the restart.' },
      token,
    })
    expect(saved.status).toBe(200)
    const read = await rest('GET', `/stories/${storyID}?draft=true`, { token })
    expect(read.body.dek).toBe('Saved after the restart.')
  })
})
