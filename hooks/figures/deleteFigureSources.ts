import type { CollectionAfterDeleteHook } from 'payload'

import { removeFiles, type FigureSource } from '../../src/figures/files'
import type { FigureSettings } from '../../src/figures/settings'

/** Payload deletes a figure's original; this deletes the renditions made from it. */
export const deleteFigureSources =
  ({ dir }: FigureSettings): CollectionAfterDeleteHook =>
  async ({ doc }) => {
    await removeFiles(
      dir,
      ((doc.sources ?? []) as FigureSource[]).map((source) => source.filename),
    )
  }
