import fs from 'node:fs/promises'

import {
  APIError,
  executeAccess,
  ValidationError,
  type CollectionBeforeOperationHook,
} from 'payload'

import { originalFilename } from '../../src/figures/files'
import { figureWork } from '../../src/figures/pending'
import { FigureRefusal, processUpload } from '../../src/figures/pipeline'
import type { FigureSettings } from '../../src/figures/settings'

/** A refused file answers with its status; the message names the `file` field as Payload's own checks do. */
const asUploadError = (error: unknown): unknown => {
  if (!(error instanceof FigureRefusal)) return error
  if (error.status === 400)
    return new ValidationError({ errors: [{ message: error.message, path: 'file' }] })
  return new APIError(error.message, error.status, undefined, true)
}

/**
 * Refuses a bad upload before Payload stores anything, and swaps a good one for its cleaned
 * original (upright, sRGB, long side capped, every metadata block gone), so the file Payload
 * writes is the cleaned one. The renditions made from the same decode wait on `req.context`.
 * This hook runs before Payload's own access check, so it checks access first: a caller who may
 * not upload gets 403 and costs no decoding.
 */
export const cleanUploadedFigure =
  (settings: FigureSettings): CollectionBeforeOperationHook =>
  async ({ args, collection, operation, req }) => {
    if (operation !== 'create' && operation !== 'update') return args
    const work = figureWork(req)
    work.upload = undefined
    const file = req.file
    if (!file) return args
    if (!args.overrideAccess)
      await executeAccess(
        { data: args.data, id: 'id' in args ? (args.id as number | string) : undefined, req },
        collection.access[operation],
      )
    const uploaded =
      file.data.length === 0 && file.tempFilePath ? await fs.readFile(file.tempFilePath) : file.data
    const upload = await processUpload(uploaded, settings).catch((error: unknown) => {
      throw asUploadError(error)
    })
    const { data, format } = upload.original
    if (file.tempFilePath) await fs.writeFile(file.tempFilePath, data)
    req.file = {
      ...file,
      data,
      mimetype: `image/${format}`,
      name: originalFilename(file.name, format),
      size: data.length,
    }
    work.upload = upload
    return args
  }
