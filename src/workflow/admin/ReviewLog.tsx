'use client'
import React from 'react'

import { logLabel, stageLabels } from '../table'
import { personLabel } from '../../shared/people'
import { usePeople } from './usePeople'
import type { ReviewLogEntry } from './useWorkflowState'
import { idOf } from '../../shared/ids'

/** A moment as the desk reads it: date and time in the reader's own locale and zone. */
export const formatWhen = (at: string): string =>
  new Date(at).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })

/** Who took a logged step, by name; a step with no user was the server's own (a scheduled job). */
export const actorName = (entry: ReviewLogEntry, people: ReturnType<typeof usePeople>): string =>
  entry.by ? personLabel(people.get(String(idOf(entry.by)))) : 'the desk'

/** The review log, newest last: when, what happened in words, who, the move, and any note. */
export function ReviewLog({ log }: { log: ReviewLogEntry[] }) {
  const people = usePeople(log.map((entry) => entry.by))
  if (log.length === 0) return null
  return (
    <details>
      <summary>Review log ({log.length})</summary>
      <ol data-testid="workflow-log" style={{ margin: 0, paddingLeft: 18 }}>
        {log.map((entry, index) => (
          <li key={index}>
            <time dateTime={entry.at}>{formatWhen(entry.at)}</time>: {logLabel(entry.action)} by{' '}
            {actorName(entry, people)}
            {entry.from && entry.to && entry.from !== entry.to
              ? ` (${stageLabels[entry.from]} → ${stageLabels[entry.to]})`
              : ''}
            {entry.note ? `: ${entry.note}` : ''}
            {entry.overrideReason ? ` [override: ${entry.overrideReason}]` : ''}
          </li>
        ))}
      </ol>
    </details>
  )
}
