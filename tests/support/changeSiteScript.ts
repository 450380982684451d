/**
 * Changes a published issue from a process of its own, as `npm run worker` or a second app server
 * would, through the Local API and the editorial workflow, on the DATABASE_URL and REDIS_URL it is
 * given: `tsx tests/support/changeSiteScript.ts retitle <issue id> <title>` saves the title as a
 * draft (which puts the issue back in review) and has it approved and published; `unpublish <issue id>` unpublishes the issue.
 */
import { createLocalReq, getPayload, type PayloadRequest } from 'payload'

import config from '../../payload.config'
import type { Role } from '../../src/shared/roles'
import { demoLogins } from '../../src/seed'
import { runWorkflowAction } from '../../src/workflow/server'

const [command, id, title] = process.argv.slice(2)
const payload = await getPayload({ config })

async function actingAs(role: Role): Promise<PayloadRequest> {
  const { email } = demoLogins.find((login) => login.role === role)!
  const { docs } = await payload.find({ collection: 'users', where: { email: { equals: email } } })
  return createLocalReq({ user: { ...docs[0], collection: 'users' } }, payload)
}

const act = async (role: Role, action: 'approve' | 'publish' | 'unpublish') =>
  runWorkflowAction({ action, collection: 'issues', id, req: await actingAs(role) })

if (command === 'retitle') {
  await payload.update({
    collection: 'issues',
    data: { title },
    draft: true,
    id,
    req: await actingAs('editor'),
  })
  await act('reviewer', 'approve')
  await act('reviewer', 'publish')
} else if (command === 'unpublish') {
  await act('reviewer', 'unpublish')
} else {
  throw new Error(`unknown command ${command}; use retitle or unpublish`)
}
// Closes the database and Redis, sending the announcement of the change first.
await payload.destroy()
process.exit(0)
