import type { ID } from './ids'

export const roles = ['admin', 'editor', 'reviewer'] as const

export type Role = (typeof roles)[number]

/** The part of a user record that access rules and the workflow look at; works for any ID type and users collection. */
export interface StaffUser {
  id: ID
  roles?: readonly Role[] | null
}

export const hasRole = (user: StaffUser | null | undefined, ...wanted: Role[]): boolean =>
  Boolean(user?.roles?.some((role) => wanted.includes(role)))

/** Anyone holding a newsroom role; a logged-in user without one is treated like the public. */
export const isStaffUser = (user: StaffUser | null | undefined): boolean => hasRole(user, ...roles)
