/**
 * Publishes issues from a process of its own, to be killed in the middle of a publish
 * (tests/integration/workflow/crash.test.ts): `tsx tests/support/publishIssueScript.ts` opens
 * Payload on the DATABASE_URL it is given, prints `READY`, then reads one line from stdin,
 * `<issue id> <stop at>`, and publishes that issue as the reviewer. `<stop at>` is where it stops
 * and waits to be killed, printing `STOPPED <where>` first: `write:<k>` before the k-th database
 * write of the publish, `commit` before the transaction commits, `committed` once it has, or
 * `none` to publish to the end and print `DONE <writes>`, the number of writes a whole publish
 * made. The stops are made here, around the database adapter's methods, so the product has no
 * test-only code path.
 */
import readline from 'node:readline'

import { createLocalReq, getPayload } from 'payload'

import config from '../../payload.config'
import { demoLogins } from '../../src/seed'
import { runWorkflowAction } from '../../src/workflow/server'

const writeMethods = [
  'create',
  'createGlobal',
  'createGlobalVersion',
  'createVersion',
  'deleteMany',
  'deleteOne',
  'deleteVersions',
  'updateGlobal',
  'updateGlobalVersion',
  'updateJobs',
  'updateMany',
  'updateOne',
  'updateVersion',
  'upsert',
] as const

const payload = await getPayload({ config, disableOnInit: true })
const { email } = demoLogins.find((login) => login.role === 'reviewer')!
const { docs } = await payload.find({ collection: 'users', where: { email: { equals: email } } })
const req = await createLocalReq({ user: { ...docs[0], collection: 'users' } }, payload)

console.log('READY')
const { value: order } = await readline
  .createInterface({ input: process.stdin })
  [Symbol.asyncIterator]()
  .next()
const [issueID, stopAt] = String(order).split(' ') as [string, string]

/** Says where it stopped and waits for the SIGKILL that the test sends. */
const stop = (where: string): Promise<never> => {
  console.log(`STOPPED ${where}`)
  setInterval(() => undefined, 60_000)
  return new Promise<never>(() => undefined)
}

const db = payload.db as unknown as Record<string, (...args: unknown[]) => Promise<unknown>>
let writes = 0
for (const method of writeMethods) {
  const write = db[method]!.bind(payload.db)
  db[method] = async (...args) => {
    writes++
    const { collection, collectionSlug } = args[0] as {
      collection?: string
      collectionSlug?: string
    }
    if (stopAt === `write:${writes}`)
      await stop(`before write ${writes} (${method} ${collection ?? collectionSlug})`)
    return write(...args)
  }
}
const commit = payload.db.commitTransaction.bind(payload.db)
payload.db.commitTransaction = async (id) => {
  if (stopAt === 'commit') await stop(`before commit, after ${writes} writes`)
  await commit(id)
  if (stopAt === 'committed') await stop(`after commit, ${writes} writes`)
}

await runWorkflowAction({ action: 'publish', collection: 'issues', id: issueID, req })
console.log(`DONE ${writes}`)
await payload.destroy()
process.exit(0)
