import type { DefaultCellComponentProps } from 'payload'

import { stageLabels, type Stage } from '../table'

const colours: Record<Stage, string> = {
  approved: '#2f7d32',
  changes_requested: '#b3261e',
  draft: '#5f6368',
  in_review: '#b26a00',
  published: '#1a56db',
}

/** The stage as a coloured badge in list views. */
export function StageCell({ cellData }: DefaultCellComponentProps) {
  const stage = (cellData as Stage | undefined) ?? 'draft'
  return (
    <span
      className="newsdesk-stage"
      data-stage={stage}
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
