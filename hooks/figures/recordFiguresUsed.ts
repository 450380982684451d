import type { CollectionBeforeChangeHook } from 'payload'

import { figureIdsIn } from '../../src/figures/used'

/**
 * Keeps `figuresUsed` in step with the figures a document shows, so that read access can tell
 * which figures a published document exposes without parsing rich text on every read.
 */
export const recordFiguresUsed =
  (uploadFields: string[]): CollectionBeforeChangeHook =>
  ({ data, originalDoc }) => ({
    ...data,
    figuresUsed: figureIdsIn({ ...originalDoc, ...data, figuresUsed: undefined }, uploadFields),
  })
