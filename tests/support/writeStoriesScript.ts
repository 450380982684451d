/**
 * Writes draft stories from a process of its own, as `npm run seed` or an importer would beside a
 * running server: `tsx tests/support/writeStoriesScript.ts <barrier dir> <count> <headline prefix>`
 * opens Payload on the DATABASE_URL it is given, writes `ready` into the barrier directory, waits
 * for `go` there, then saves `count` stories one by one, each in its own transaction. It prints
 * one JSON line: `{ written, failures, startedAt, endedAt }`.
 */
import fs from 'node:fs'
import path from 'node:path'

import { createLocalReq, getPayload } from 'payload'

import config from '../../payload.config'
import { demoLogins } from '../../src/seed'
import { until } from './until'
import { writeDraftStories } from './writeDraftStories'

const [barrier, count, prefix] = process.argv.slice(2)
const payload = await getPayload({ config, disableOnInit: true })
const { email } = demoLogins.find((login) => login.role === 'editor')!
const { docs } = await payload.find({ collection: 'users', where: { email: { equals: email } } })
const req = await createLocalReq({ user: { ...docs[0], collection: 'users' } }, payload)

fs.writeFileSync(path.join(barrier, 'ready'), '')
await until(() => fs.existsSync(path.join(barrier, 'go')), { deadlineMs: 60_000, what: 'go' })

const report = await writeDraftStories(payload, req, {
  count: Number(count),
  dek: 'Written from another process.',
  prefix,
})
console.log(JSON.stringify(report))
await payload.destroy()
process.exit(0)
