import type { Role } from '../../../src/shared/roles'

/** The desk is served at an https public URL, set as a deployment sets it, before the config is loaded. */
const publicURL = 'https://desk.example.com'
process.env.NEWSDESK_PUBLIC_URL = publicURL

const { graphql, loginAs, payload, rest, unique } = await import('../../support/api')

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

const cookieOf = (response: { headers: Headers }) =>
  /payload-token=([^;]+)/.exec(response.headers.get('set-cookie') ?? '')?.[1]

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

describe('the login cookie', () => {
  it('is sent over HTTPS only, as the public URL is https', async () => {
    const { email, password } = await makeAccount()
    const cookie = (await login(email, password)).headers.get('set-cookie') ?? ''
    expect(cookie).toMatch(/^payload-token=/)
    expect(cookie).toMatch(/; Secure/)
    expect(cookie).toMatch(/; HttpOnly/)
  })

  it('counts only on pages of the public URL: a write from another origin is anonymous', async () => {
    const { email, password } = await makeAccount()
    const Cookie = `payload-token=${cookieOf(await login(email, password))}`
    const story = () => ({ dek: 'One sentence.', headline: `Cross-site ${unique()}` })

    const fromElsewhere = await rest('POST', '/stories?draft=true', {
      body: story(),
      headers: { Cookie, Origin: 'http://evil.example' },
    })
    expect(fromElsewhere.status).toBe(403)
    const me = await rest('GET', '/users/me', {
      headers: { Cookie, Origin: 'http://evil.example' },
    })
    expect(me.body.user ?? null).toBeNull()
    // A client that names no origin is no browser on the desk's pages: it sends a token instead.
    const unnamed = await rest('POST', '/stories?draft=true', {
      body: story(),
      headers: { Cookie },
    })
    expect(unnamed.status).toBe(403)

    const fromTheDesk = await rest('POST', '/stories?draft=true', {
      body: story(),
      headers: { Cookie, Origin: publicURL },
    })
    expect(fromTheDesk.status).toBe(201)
  })
})
