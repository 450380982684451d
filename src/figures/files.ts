import fs from 'node:fs/promises'
import path from 'node:path'

import { isCrop, type FocalPoint, type Rendition } from './pipeline'
import type { FigureFormat } from './settings'

/** One file a figure offers, as stored on the figure document. */
export interface FigureSource {
  filename: string
  filesize: number
  format: FigureFormat
  height: number
  variant: string
  width: number
}

export interface PendingFile {
  data: Buffer
  filename: string
}

const extensions: Record<FigureFormat, string> = {
  avif: 'avif',
  jpeg: 'jpg',
  png: 'png',
  webp: 'webp',
}

const stemOf = (filename: string): string => filename.replace(/\.[^.]*$/, '')

/**
 * Control, format and invisible characters (`\p{C}`: NUL, a right-to-left override, zero-width
 * marks) and line or paragraph separators: a name holding one shows as something it is not
 * (`photo\u202egnp.exe` shows as `photoexe.png`) or breaks the tools it is passed to.
 */
const unprintable = /[\p{C}\p{Zl}\p{Zp}]/gu

/**
 * Names the cleaned original after the uploaded file: its stem without unprintable characters, and
 * the extension of the format it was stored in, whatever the uploader's name said.
 */
export function originalFilename(uploaded: string, format: FigureFormat): string {
  const stem = stemOf(uploaded.normalize('NFC').replace(unprintable, '')).trim()
  return `${stem || 'figure'}.${extensions[format]}`
}

/**
 * Names a rendition after the original it was made from (`photo.jpg` gives `photo-w640.webp`).
 * Crops carry their focal point, so a re-made crop gets a new URL and caches never serve the old one.
 */
function sourceFilename(
  original: string,
  rendition: Pick<Rendition, 'format' | 'variant'>,
  focal: FocalPoint,
  token = '',
): string {
  const focalTag = isCrop(rendition.variant) ? `-${Math.round(focal.x)}x${Math.round(focal.y)}` : ''
  return `${stemOf(original)}${token}-${rendition.variant}${focalTag}.${extensions[rendition.format]}`
}

const exists = (file: string): Promise<boolean> =>
  fs.access(file).then(
    () => true,
    () => false,
  )

/**
 * Names renditions so that none takes the name of a file already in the directory (another
 * figure's original may be called `photo-w640.jpg`): a numbered token is added until all are free.
 */
export async function nameRenditions(
  dir: string,
  original: string,
  renditions: Rendition[],
  focal: FocalPoint,
): Promise<{ files: PendingFile[]; sources: FigureSource[] }> {
  for (let attempt = 0; ; attempt++) {
    const token = attempt === 0 ? '' : `-${attempt}`
    const names = renditions.map((rendition) => sourceFilename(original, rendition, focal, token))
    const taken = await Promise.all(names.map((name) => exists(path.join(dir, name))))
    if (taken.some(Boolean)) continue
    return {
      files: renditions.map((rendition, index) => ({
        data: rendition.data,
        filename: names[index],
      })),
      sources: renditions.map(({ data, format, height, variant, width }, index) => ({
        filename: names[index],
        filesize: data.length,
        format,
        height,
        variant,
        width,
      })),
    }
  }
}

/** Deletes files by name, ignoring those already gone. */
export async function removeFiles(dir: string, filenames: string[]): Promise<void> {
  await Promise.all(
    filenames.map((filename) => fs.rm(path.join(dir, path.basename(filename)), { force: true })),
  )
}

/**
 * Writes every file or none: a file of that name already there is never overwritten, and when
 * one write fails the ones already written are removed before the error is passed on.
 */
export async function writeAllOrNone(dir: string, files: PendingFile[]): Promise<void> {
  await fs.mkdir(dir, { recursive: true })
  const results = await Promise.allSettled(
    files.map((file) => fs.writeFile(path.join(dir, file.filename), file.data, { flag: 'wx' })),
  )
  const failure = results.find(
    (result): result is PromiseRejectedResult => result.status === 'rejected',
  )
  if (!failure) return
  // A write that failed part-way leaves a partial file of ours; one refused as existing is not ours.
  const ours = files.filter((_, index) => {
    const result = results[index]
    return (
      result.status === 'fulfilled' || (result.reason as NodeJS.ErrnoException).code !== 'EEXIST'
    )
  })
  await removeFiles(
    dir,
    ours.map((file) => file.filename),
  )
  throw failure.reason
}
