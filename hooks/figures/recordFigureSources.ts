import fs from 'node:fs/promises'
import path from 'node:path'

import type { CollectionBeforeChangeHook } from 'payload'

import { nameRenditions, type FigureSource } from '../../src/figures/files'
import { figureWork, focalPointOf, savedByTask } from '../../src/figures/pending'
import { isCrop, renderCrops, renderStored, type Rendition } from '../../src/figures/pipeline'
import type { FigureSettings } from '../../src/figures/settings'

interface StoredFigure {
  aspectRatio?: number | null
  filename?: string | null
  focalX?: number | null
  focalY?: number | null
  placeholder?: unknown
  sources?: FigureSource[] | null
}

const focalMoved = (data: StoredFigure, stored: StoredFigure): boolean =>
  (data.focalX != null && data.focalX !== stored.focalX) ||
  (data.focalY != null && data.focalY !== stored.focalY)

/**
 * Gives the figure the renditions its file and focal point call for: all of them for a new file,
 * fresh crops when the focal point moved. The files are written in `writeFigureSources` once
 * the document is saved. `sources`, `placeholder` and `aspectRatio` are the server's alone: any
 * other save keeps the stored ones whatever it sends.
 */
export const recordFigureSources =
  (settings: FigureSettings): CollectionBeforeChangeHook =>
  async ({ data, operation, originalDoc, req }) => {
    const stored: StoredFigure = operation === 'update' ? (originalDoc ?? {}) : {}
    const work = figureWork(req)
    const filename: string = data.filename ?? stored.filename
    const focal = focalPointOf(data, stored)

    let renditions: Rendition[]
    let kept: FigureSource[] = []
    if (work.upload) {
      renditions = [
        ...work.upload.renditions,
        ...(await renderCrops(work.upload.pixels, settings, focal)),
      ]
      data.placeholder = work.upload.placeholder
      data.aspectRatio = work.upload.width / work.upload.height
    } else if (operation === 'update' && focalMoved(data, stored)) {
      const original = await fs.readFile(path.join(settings.dir, path.basename(filename)))
      renditions = await settings.limit(() =>
        renderStored(
          original,
          settings,
          focal,
          (item) => Boolean(item.crop) && item.format !== 'avif',
        ),
      )
      kept = (stored.sources ?? []).filter((source) => !isCrop(source.variant))
    } else {
      if (!req.context[savedByTask]) data.sources = stored.sources
      data.placeholder = stored.placeholder
      data.aspectRatio = stored.aspectRatio
      return data
    }

    const { files, sources } = await nameRenditions(settings.dir, filename, renditions, focal)
    work.writes.set(filename, files)
    data.sources = [...kept, ...sources]
    return data
  }
