import path from 'node:path'

import type { CollectionAfterChangeHook } from 'payload'

import { removeFiles, writeAllOrNone, type FigureSource } from '../../src/figures/files'
import { figureWork } from '../../src/figures/pending'
import { queueFigureAvif } from '../../src/figures/avifTask'
import type { FigureSettings } from '../../src/figures/settings'

const filenamesOf = (doc: { sources?: FigureSource[] | null }): string[] =>
  (doc.sources ?? []).map((source) => source.filename)

/**
 * Writes the renditions `recordFigureSources` made, now that the document is saved, then removes
 * the ones it replaced and queues the AVIF task. When a write fails, nothing of this save stays on
 * disk (the new original included) and the error rolls the save back.
 */
export const writeFigureSources =
  (settings: FigureSettings): CollectionAfterChangeHook =>
  async ({ doc, previousDoc, req }) => {
    const work = figureWork(req)
    const files = work.writes.get(doc.filename)
    if (!files) return doc
    work.writes.delete(doc.filename)
    const newOriginal = doc.filename !== previousDoc?.filename
    try {
      await writeAllOrNone(settings.dir, files)
    } catch (error) {
      if (newOriginal) await removeFiles(settings.dir, [path.basename(doc.filename)])
      throw error
    }
    const current = new Set(filenamesOf(doc))
    await removeFiles(
      settings.dir,
      filenamesOf(previousDoc ?? {}).filter((filename) => !current.has(filename)),
    )
    if (settings.formats.includes('avif')) await queueFigureAvif(req, doc.id, doc.filename)
    return doc
  }
