'use client'
import { useConfig } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import { idOf } from '../../shared/ids'
import type { Person } from '../../shared/people'

/**
 * The people these references name (IDs or populated users), read once from the users
 * collection: the form holds a review log's `by` as an ID only.
 */
export function usePeople(references: unknown[]): Map<string, Person> {
  const { config } = useConfig()
  const ids = [...new Set(references.map(idOf).filter((id) => id !== undefined))].map(String)
  const key = ids.sort().join(',')
  const [people, setPeople] = useState(new Map<string, Person>())
  useEffect(() => {
    if (!key) return
    const query = new URLSearchParams({
      depth: '0',
      limit: '100',
      'select[email]': 'true',
      'select[name]': 'true',
      'where[id][in]': key,
    })
    const controller = new AbortController()
    void fetch(`${config.routes.api}/${config.admin.user}?${query}`, {
      credentials: 'include',
      signal: controller.signal,
    })
      .then((response) => (response.ok ? response.json() : { docs: [] }))
      .then(({ docs }: { docs: Person[] }) =>
        setPeople(new Map(docs.map((person) => [String(person.id), person]))),
      )
      .catch(() => undefined)
    return () => controller.abort()
  }, [config.admin.user, config.routes.api, key])
  return people
}
