import React from 'react'

import { stageLabels, type Stage } from '../table'

const colours: Record<Stage, string> = {
  approved: '#2f7d32',
  changes_requested: '#b3261e',
  draft: '#5f6368',
  in_review: '#b26a00',
  published: '#1a56db',
}

/** A stage as a coloured badge: the one way lists, the edit view and the dashboard show it. */
export function StageBadge({ stage, testId }: { stage: Stage; testId?: string }) {
  return (
    <span
      className="newsdesk-stage"
      data-stage={stage}
      data-testid={testId}
      style={{
        background: `${colours[stage]}1a`,
        border: `1px solid ${colours[stage]}`,
        borderRadius: 999,
        color: colours[stage],
        fontSize: 12,
        padding: '2px 8px',
        whiteSpace: 'nowrap',
      }}
    >
      {stageLabels[stage]}
    </span>
  )
}
