import type { UIFieldServerProps } from 'payload'

import { optionsOf } from '../../options'
import { StoryChecklistClient } from './StoryChecklistClient'

/** Hands the newsroom's rule options to the live checklist, which runs in the browser. */
export function StoryChecklist({ payload }: UIFieldServerProps) {
  return <StoryChecklistClient options={optionsOf(payload.config).rules} />
}
