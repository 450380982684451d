'use client'
import { useConfig } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import { actions } from '../table'
import { idOf } from '../../shared/ids'
import type { Person } from '../../shared/people'
import type { StaffUser } from '../../shared/roles'

export type StaffPerson = Person & StaffUser

/**
 * Users matching a query (REST `where` parameters), read once per distinct query: names, addresses
 * and roles only. An empty query reads nothing.
 */
function useUsers(where: Record<string, string>): StaffPerson[] {
  const { config } = useConfig()
  const key = new URLSearchParams(where).toString()
  const [people, setPeople] = useState<StaffPerson[]>([])
  useEffect(() => {
    if (!key) return
    const query = new URLSearchParams({
      depth: '0',
      limit: '100',
      'select[email]': 'true',
      'select[name]': 'true',
      'select[roles]': 'true',
    })
    const controller = new AbortController()
    void fetch(`${config.routes.api}/${config.admin.user}?${query}&${key}`, {
      credentials: 'include',
      signal: controller.signal,
    })
      .then((response) => (response.ok ? response.json() : { docs: [] }))
      .then(({ docs }: { docs: StaffPerson[] }) => setPeople(docs))
      .catch(() => undefined)
    return () => controller.abort()
  }, [config.admin.user, config.routes.api, key])
  return people
}

/**
 * The people these references name (IDs or populated users), by ID as text: the form holds a
 * review log's `by` as an ID only.
 */
export function usePeople(references: unknown[]): Map<string, Person> {
  const ids = [...new Set(references.map(idOf).filter((id) => id !== undefined))].map(String)
  const people = useUsers(ids.length ? { 'where[id][in]': ids.sort().join(',') } : {})
  return new Map(people.map((person) => [String(person.id), person]))
}

/** Everyone holding a role that approves: the people a submit may ask to review. */
export const useReviewers = (): StaffPerson[] =>
  useUsers({ 'where[roles][in]': actions.approve.roles.join(',') })
