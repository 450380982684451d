import type { CollectionAfterDeleteHook } from 'payload'

import { removeFiles, type FigureSource } from '../src/figures/files'

/** Payload deletes a figure's original; this deletes the renditions made from it. */
export const deleteFigureSources =
  (figuresDir: string): CollectionAfterDeleteHook =>
  async ({ doc }) => {
    await removeFiles(
      figuresDir,
      ((doc.sources ?? []) as FigureSource[]).map((source) => source.filename),
    )
  }
