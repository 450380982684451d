import type { Role } from '../../../src/shared/roles'
import { graphql, loginAs, payload, rest, unique } from '../../support/api'

afterAll(() => payload.destroy())

/** An account of its own for each test, so locking it or resetting its password touches no one else. */
async function makeAccount(role: Role = 'editor') {
  const email = `account-${unique()}@newsdesk.test`
  const password = `first-password-${unique()}`
  const user = await payload.create({
    collection: 'users',
    data: { email, password, roles: [role] },
  })
  return { email, id: user.id, password }
}

const login = (email: string, password: string) =>
  rest('POST', '/users/login', { body: { email, password } })

/** Fails the login as often as Payload allows (maxLoginAttempts, 5), which locks the account. */
async function lockOut(email: string) {
  const answers = []
  for (let attempt = 0; attempt < 5; attempt++) answers.push(await login(email, 'wrong password'))
  return answers
}

describe('unlocking an account', () => {
  it('is for admins only: an editor or a reviewer is refused and the account stays locked', async () => {
    const account = await makeAccount('reviewer')
    await lockOut(account.email)
    for (const role of ['editor', 'reviewer'] as const) {
      const token = await loginAs(role)
      const refused = await rest('POST', '/users/unlock', { body: { email: account.email }, token })
      expect(refused.status).toBe(403)
      const overGraphQL = await graphql(
        'mutation ($email: String!) { unlockUser(email: $email) }',
        {
          token,
          variables: { email: account.email },
        },
      )
      expect(overGraphQL.body.errors[0].extensions.statusCode).toBe(403)
    }
    expect((await login(account.email, account.password)).status).toBe(401)

    const unlocked = await rest('POST', '/users/unlock', {
      body: { email: account.email },
      token: await loginAs('admin'),
    })
    expect(unlocked.status).toBe(200)
    expect((await login(account.email, account.password)).status).toBe(200)
  })
})
