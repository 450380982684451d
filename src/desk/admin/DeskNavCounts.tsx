import { createLocalReq, type Payload, type TypedUser } from 'payload'
import React from 'react'

import { hasRole, type StaffUser } from '../../shared/roles'
import { queueCounts } from '../queue'

/**
 * Under the navigation's links: how much awaits this user (review for reviewers, changes asked of
 * an editor's work), each a link to the dashboard that lists it. Nothing when nothing waits.
 */
export async function DeskNavCounts({
  payload,
  user,
}: {
  payload: Payload
  user?: TypedUser | null
}) {
  if (!user) return null
  const counts = await queueCounts(await createLocalReq({ user }, payload))
  const staff = user as unknown as StaffUser
  const waiting = [
    ...(hasRole(staff, 'reviewer', 'admin') && counts.awaitingReview > 0
      ? [{ count: counts.awaitingReview, label: 'Awaiting review', testId: 'nav-awaiting-review' }]
      : []),
    ...(hasRole(staff, 'editor', 'admin') && counts.changesRequested > 0
      ? [
          {
            count: counts.changesRequested,
            label: 'Changes requested',
            testId: 'nav-changes-requested',
          },
        ]
      : []),
  ]
  if (waiting.length === 0) return null
  return (
    <nav aria-label="Your queue" style={{ display: 'grid', gap: 4, marginTop: 16 }}>
      {waiting.map(({ count, label, testId }) => (
        <a
          data-testid={testId}
          href={payload.config.routes.admin}
          key={label}
          style={{ display: 'flex', gap: 8 }}
        >
          {label}
          <span
            aria-label={`${count} waiting`}
            style={{
              background: '#b3261e',
              borderRadius: 999,
              color: '#fff',
              fontSize: 12,
              padding: '0 8px',
            }}
          >
            {count}
          </span>
        </a>
      ))}
    </nav>
  )
}
