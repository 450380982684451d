import type { DefaultCellComponentProps } from 'payload'

import type { Stage } from '../table'
import { StageBadge } from './StageBadge'

/** The stage column of list views. */
export function StageCell({ cellData }: DefaultCellComponentProps) {
  return <StageBadge stage={(cellData as Stage | undefined) ?? 'draft'} />
}
