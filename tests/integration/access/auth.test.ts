import { startMailbox } from '../../support/mailbox'
import type { Role } from '../../../src/shared/roles'

/**
 * Accounts as a deployment runs them: a real SMTP server on loopback catches the mail, and the
 * desk is served at an https public URL. Both are set through the environment a deployment uses,
 * before the config is loaded.
 */
const mailbox = await startMailbox()
const { inbox } = mailbox
const publicURL = 'https://desk.example.com'
process.env.NEWSDESK_PUBLIC_URL = publicURL

const { graphql, loginAs, payload, rest, unique } = await import('../../support/api')

afterAll(async () => {
  await payload.destroy()
  await mailbox.close()
})

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

const loginMutation = `mutation ($email: String!, $password: String) {
  loginUser(email: $email, password: $password) { token }
}`

/** Fails the login as often as Payload allows (maxLoginAttempts, 5), which locks the account. */
async function lockOut(email: string) {
  const answers = []
  for (let attempt = 0; attempt < 5; attempt++) answers.push(await login(email, 'wrong password'))
  return answers
}

const cookieOf = (response: { headers: Headers }) =>
  /payload-token=([^;]+)/.exec(response.headers.get('set-cookie') ?? '')?.[1]

const answer = ({ body, status }: { body: unknown; status: number }) => ({ body, status })

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

describe('password reset', () => {
  const resetLink = new RegExp(`${publicURL}/admin/reset/([0-9a-f]+)`)

  /** Asks for a reset as anyone may, and returns the token from the mail that arrives. */
  async function tokenMailedTo(email: string) {
    const asked = await rest('POST', '/users/forgot-password', { body: { email } })
    expect(asked.status).toBe(200)
    const mail = inbox.filter((message) => message.to.includes(email)).at(-1)
    const token = mail && resetLink.exec(mail.html)?.[1]
    expect(token).toBeDefined()
    return token as string
  }

  it('mails a link whose token sets a new password once, and ends the sessions opened before', async () => {
    const account = await makeAccount()
    const before = await login(account.email, account.password)
    expect(before.status).toBe(200)

    const token = await tokenMailedTo(account.email)
    const newPassword = `second-password-${unique()}`
    const reset = await rest('POST', '/users/reset-password', {
      body: { password: newPassword, token },
    })
    expect(reset.status).toBe(200)

    const meWithOldToken = await rest('GET', '/users/me', { token: before.body.token })
    expect(meWithOldToken.body.user ?? null).toBeNull()
    const meWithOldCookie = await rest('GET', '/users/me', {
      headers: { Cookie: `payload-token=${cookieOf(before)}`, Origin: publicURL },
    })
    expect(meWithOldCookie.body.user ?? null).toBeNull()
    expect((await login(account.email, account.password)).status).toBe(401)
    expect((await login(account.email, newPassword)).status).toBe(200)

    const again = await rest('POST', '/users/reset-password', {
      body: { password: `third-password-${unique()}`, token },
    })
    expect(again.status).toBe(403)
    expect(again.body.errors[0].message).toMatch(/invalid or has expired/)
    expect((await login(account.email, newPassword)).status).toBe(200)
  })

  it('refuses an expired token and leaves the password as it was', async () => {
    const account = await makeAccount()
    const token = await tokenMailedTo(account.email)
    await payload.db.updateOne({
      collection: 'users',
      data: { resetPasswordExpiration: new Date(Date.now() - 1000).toISOString() },
      id: account.id,
    })
    const reset = await rest('POST', '/users/reset-password', {
      body: { password: `second-password-${unique()}`, token },
    })
    expect(reset.status).toBe(403)
    expect(reset.body.errors[0].message).toMatch(/invalid or has expired/)
    expect((await login(account.email, account.password)).status).toBe(200)
  })

  it('answers a known and an unknown address alike', async () => {
    const account = await makeAccount()
    const known = await rest('POST', '/users/forgot-password', { body: { email: account.email } })
    const unknown = await rest('POST', '/users/forgot-password', {
      body: { email: `nobody-${unique()}@newsdesk.test` },
    })
    expect(answer(known)).toEqual({ body: { message: 'Success' }, status: 200 })
    expect(answer(unknown)).toEqual(answer(known))

    const overGraphQL = async (email: string) =>
      answer(
        await graphql('mutation ($email: String!) { forgotPasswordUser(email: $email) }', {
          variables: { email },
        }),
      )
    const knownOverGraphQL = await overGraphQL((await makeAccount()).email)
    expect(knownOverGraphQL).toEqual({ body: { data: { forgotPasswordUser: true } }, status: 200 })
    expect(await overGraphQL(`nobody-${unique()}@newsdesk.test`)).toEqual(knownOverGraphQL)
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

describe('a login', () => {
  it('answers a locked account as it answers an unknown one, over REST and GraphQL', async () => {
    const account = await makeAccount()
    const unknown = answer(await login(`nobody-${unique()}@newsdesk.test`, account.password))
    expect(unknown.status).toBe(401)

    for (const attempt of await lockOut(account.email)) expect(answer(attempt)).toEqual(unknown)
    const locked = await login(account.email, account.password)
    expect(answer(locked)).toEqual(unknown)
    expect(cookieOf(locked)).toBeUndefined()

    const overGraphQL = async (email: string) =>
      (await graphql(loginMutation, { variables: { email, password: account.password } })).body
    expect(await overGraphQL(account.email)).toEqual(
      await overGraphQL(`nobody-${unique()}@newsdesk.test`),
    )
  })
})
