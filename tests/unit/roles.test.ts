import { hasRole, isStaffUser, roles, type Role, type StaffUser } from '../../src/shared/roles'

const user = (...held: Role[]): StaffUser => ({ id: 1, roles: held })

describe('hasRole', () => {
  it('is true when the user holds any of the wanted roles', () => {
    expect(hasRole(user('editor'), 'editor')).toBe(true)
    expect(hasRole(user('reviewer', 'editor'), 'editor')).toBe(true)
    expect(hasRole(user('reviewer'), 'admin', 'reviewer')).toBe(true)
  })

  it('is false when the user holds none of them', () => {
    expect(hasRole(user('reviewer'), 'admin', 'editor')).toBe(false)
    expect(hasRole(user(), 'admin')).toBe(false)
    expect(hasRole(user('editor'))).toBe(false)
  })

  it('is false for the public and for users whose roles are not loaded', () => {
    expect(hasRole(null, 'admin')).toBe(false)
    expect(hasRole(undefined, 'admin')).toBe(false)
    expect(hasRole({ id: 'u1' }, 'admin')).toBe(false)
    expect(hasRole({ id: 'u1', roles: null }, 'admin')).toBe(false)
  })
})

describe('isStaffUser', () => {
  it.each(roles)('counts a %s as staff', (role) => {
    expect(isStaffUser(user(role))).toBe(true)
  })

  it('treats a logged-in user without a newsroom role like the public', () => {
    expect(isStaffUser(user())).toBe(false)
    expect(isStaffUser({ id: 2, roles: null })).toBe(false)
    expect(isStaffUser({ id: 2 })).toBe(false)
    expect(isStaffUser(null)).toBe(false)
  })
})
