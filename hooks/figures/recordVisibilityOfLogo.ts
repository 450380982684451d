import type { GlobalAfterChangeHook } from 'payload'

import { recordFigureVisibility } from '../../src/figures/visibility'
import { idOf, type ID } from '../../src/shared/ids'

/** After the Newsletter is saved: its old and new logo are asked again whether readers may see them. */
export const recordVisibilityOfLogo: GlobalAfterChangeHook = async ({ doc, previousDoc, req }) => {
  const logos = [idOf(previousDoc?.logo), idOf(doc?.logo)].filter(
    (id): id is ID => id !== undefined,
  )
  await recordFigureVisibility(req, logos)
  return doc
}
