import { loginAs, payload, rest, unique } from '../../support/api'
import { demoLogins } from '../../../src/seed'

afterAll(() => payload.destroy())

describe('people are shown by name', () => {
  it('titles users by their name, which every demo user has', async () => {
    expect(payload.collections.users.config.admin.useAsTitle).toBe('name')
    const { docs } = await payload.find({ collection: 'users', limit: 100 })
    for (const login of demoLogins) {
      expect(docs.find((user) => user.email === login.email)?.name).toBe(login.name)
    }
  })

  it('names a user saved without a name after their address, and keeps a name given', async () => {
    const token = await loginAs('admin')
    const email = `kim.lee-${unique()}@newsdesk.test`
    const made = await rest('POST', '/users', {
      body: { email, password: 'a long enough password', roles: ['editor'] },
      token,
    })
    expect(made.status).toBe(201)
    expect(made.body.doc.name).toBe(email.split('@')[0])

    const cleared = await rest('PATCH', `/users/${made.body.doc.id}`, {
      body: { name: '  ' },
      token,
    })
    expect(cleared.body.doc.name).toBe(email.split('@')[0])
    const named = await rest('PATCH', `/users/${made.body.doc.id}`, {
      body: { name: 'Kim Lee' },
      token,
    })
    expect(named.body.doc.name).toBe('Kim Lee')
    const other = await rest('PATCH', `/users/${made.body.doc.id}`, {
      body: { roles: ['reviewer'] },
      token,
    })
    expect(other.body.doc.name).toBe('Kim Lee')
  })
})
