import path from 'node:path'

import { limitConcurrency, type Limiter } from './limit'

/** A web format a figure's responsive sizes are made in. */
export type ModernFormat = 'avif' | 'webp'
/** Every format a figure's files can be in. */
export type FigureFormat = ModernFormat | 'jpeg' | 'png'

export interface CropSize {
  height: number
  width: number
}

/** Plugin options for figures; every one has a default. */
export interface FigureOptions {
  /**
   * Where figures are stored on disk: each original and all its renditions (sizes, formats,
   * crops). A storage adapter (S3 and the like) would take over the original only.
   * @default 'figures' under the working directory
   */
  dir?: string
  /**
   * Encoder effort: higher is smaller and slower. AVIF 3: on a 1600 px photo, sharp's default
   * effort 4 took 5.8 s against 0.8 s for the same bytes. WebP 2: half the time of effort 4 for 3%
   * more bytes.
   * @default { avif: 3, webp: 2 }
   */
  effort?: { avif?: number; webp?: number }
  /**
   * A 16:9 crop around the focal point, for cards.
   * @default 1200 x 675
   */
  card?: CropSize
  /**
   * How many uploads are processed at once; more wait their turn, so memory stays bounded.
   * Queued AVIF work runs one figure at a time besides.
   * @default 2
   */
  concurrency?: number
  /**
   * Widths of the JPEG copies that email clients get.
   * @default [640, 1024]
   */
  jpegWidths?: number[]
  /**
   * Largest accepted upload in bytes; larger ones are refused with 413.
   * @default 25 MB
   */
  maxBytes?: number
  /**
   * Largest accepted image in pixels (width x height), checked from the header.
   * @default 50 megapixels
   */
  maxPixels?: number
  /**
   * Formats each responsive width is made in. AVIF is made by a queued task, after the upload answers.
   * @default ['webp', 'avif']
   */
  formats?: ModernFormat[]
  /**
   * The stored original's long side is capped to this.
   * @default 3200
   */
  originalMaxSide?: number
  /**
   * Encoder quality, 1-100.
   * @default JPEG 80, WebP 78, AVIF 50, original 90
   */
  quality?: { avif?: number; jpeg?: number; original?: number; webp?: number }
  /**
   * A square crop around the focal point, for thumbnails.
   * @default 400
   */
  thumbnail?: number
  /**
   * Widths made for srcset; an image narrower than a width is never upscaled to it.
   * @default [320, 640, 1024, 1600]
   */
  widths?: number[]
}

export interface FigureSettings {
  card: CropSize
  dir: string
  effort: { avif: number; webp: number }
  formats: ModernFormat[]
  jpegWidths: number[]
  maxBytes: number
  maxPixels: number
  originalMaxSide: number
  quality: { avif: number; jpeg: number; original: number; webp: number }
  /** Runs upload processing within the concurrency bound. */
  limit: Limiter
  /** Runs queued AVIF work one figure at a time, apart from uploads so they never queue behind it. */
  limitBackground: Limiter
  thumbnail: CropSize
  widths: number[]
}

const megabyte = 1024 * 1024

export function figureSettings(options: FigureOptions = {}): FigureSettings {
  const side = options.thumbnail ?? 400
  return {
    card: options.card ?? { height: 675, width: 1200 },
    dir: options.dir ?? path.resolve(process.cwd(), 'figures'),
    effort: { avif: 3, webp: 2, ...options.effort },
    formats: options.formats ?? ['webp', 'avif'],
    jpegWidths: options.jpegWidths ?? [640, 1024],
    limit: limitConcurrency(options.concurrency ?? 2),
    limitBackground: limitConcurrency(1),
    maxBytes: options.maxBytes ?? 25 * megabyte,
    maxPixels: options.maxPixels ?? 50_000_000,
    originalMaxSide: options.originalMaxSide ?? 3200,
    quality: { avif: 50, jpeg: 80, original: 90, webp: 78, ...options.quality },
    thumbnail: { height: side, width: side },
    widths: options.widths ?? [320, 640, 1024, 1600],
  }
}

export const formatBytes = (bytes: number): string =>
  bytes < megabyte
    ? `${Math.round(bytes / 1024)} KB`
    : `${Math.round((bytes / megabyte) * 10) / 10} MB`
