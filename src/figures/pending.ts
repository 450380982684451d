import type { PayloadRequest } from 'payload'

import type { PendingFile } from './files'
import type { FocalPoint, ProcessedUpload } from './pipeline'

/**
 * What one figure operation carries from hook to hook on `req.context`: the processed upload
 * (from beforeOperation to beforeChange) and the files to write once the document is saved
 * (from beforeChange to afterChange), keyed by the original's filename so bulk operations on
 * several figures keep theirs apart.
 */
interface FigureWork {
  upload?: ProcessedUpload
  writes: Map<string, PendingFile[]>
}

const key = 'newsdeskFigureWork'

export const figureWork = (req: PayloadRequest): FigureWork => {
  req.context[key] ??= { writes: new Map() } satisfies FigureWork
  return req.context[key] as FigureWork
}

/** Set on the AVIF task's own update, whose `sources` are the only ones a save may bring in. */
export const savedByTask = 'newsdeskFigureSourcesFromTask'

interface FocalFields {
  focalX?: number | null
  focalY?: number | null
}

/** The focal point a save ends with: the one sent, else the stored one, else the centre. */
export const focalPointOf = (data: FocalFields, stored?: FocalFields | null): FocalPoint => ({
  x: data.focalX ?? stored?.focalX ?? 50,
  y: data.focalY ?? stored?.focalY ?? 50,
})
