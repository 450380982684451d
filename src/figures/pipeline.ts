/**
 * The figure pipeline: reads an upload's header, decodes it once (shrink-on-load, EXIF rotation,
 * sRGB), and encodes every file a reader needs from those pixels. It knows nothing of Payload, so
 * the hooks, the AVIF task and `npm run bench:figures` all run this same code.
 */
import os from 'node:os'

import sharp from 'sharp'

import { limitConcurrency } from './limit'
import type { CropSize, FigureFormat, FigureSettings } from './settings'
import { formatBytes } from './settings'
import { sniffImage, type AcceptedType } from './sniff'

/** A problem with the uploaded file itself: the hooks answer it with `status` and this message. */
export class FigureRefusal extends Error {
  constructor(
    message: string,
    readonly status = 400,
  ) {
    super(message)
    this.name = 'FigureRefusal'
  }
}

/** A focal point in percent of width and height, as Payload stores `focalX` and `focalY`. */
export interface FocalPoint {
  x: number
  y: number
}

export const centre: FocalPoint = { x: 50, y: 50 }

interface Size {
  height: number
  width: number
}

/** Decoded, upright, 8-bit sRGB pixels (with alpha when the image has it). */
export interface Pixels extends Size {
  channels: 1 | 2 | 3 | 4
  data: Buffer
}

/** One encoded file a figure offers: a responsive width (`w640`) or a crop (`card`, `thumbnail`). */
export interface Rendition extends Size {
  data: Buffer
  format: FigureFormat
  variant: string
}

export interface Placeholder {
  /** The dominant colour as `#rrggbb`. */
  color: string
  /** A tiny blurred WebP as a data URL. */
  dataURL: string
}

export interface ProcessedUpload extends Size {
  original: { data: Buffer; format: 'jpeg' | 'png' }
  pixels: Pixels
  placeholder: Placeholder
  renditions: Rendition[]
}

/** What one rendition will be: its variant, format and the pixels it is made from. */
export interface PlannedRendition {
  crop?: CropSize
  format: FigureFormat
  variant: string
  width: number
}

const megapixels = (pixels: number): string => `${Math.round(pixels / 100_000) / 10} megapixels`

/**
 * Checks an upload from its bytes and header alone, before any pixel is decoded, so a huge or
 * hostile file costs no memory. Returns its type and upright size.
 */
async function inspectUpload(
  data: Buffer,
  settings: FigureSettings,
): Promise<Size & { type: AcceptedType }> {
  if (data.length === 0) throw new FigureRefusal('The file is empty.')
  if (data.length > settings.maxBytes) {
    throw new FigureRefusal(
      `The file is ${formatBytes(data.length)}; figures can be at most ${formatBytes(settings.maxBytes)}.`,
      413,
    )
  }
  const sniffed = sniffImage(data)
  if ('refused' in sniffed)
    throw new FigureRefusal(`This file cannot be a figure. ${sniffed.refused}`)
  let header: sharp.Metadata
  try {
    // The header only: no pixel is decoded here, so no pixel limit is needed yet.
    header = await sharp(data, { limitInputPixels: false }).metadata()
  } catch {
    throw new FigureRefusal(
      `The file starts like a ${sniffed.accepted.toUpperCase()} image but its header is damaged.`,
    )
  }
  if (header.format !== sniffed.accepted || !header.width || !header.height) {
    throw new FigureRefusal(
      `The file starts like a ${sniffed.accepted.toUpperCase()} image but is not one.`,
    )
  }
  const pixels = header.width * header.height
  if (pixels > settings.maxPixels) {
    throw new FigureRefusal(
      `The image is ${header.width} x ${header.height} pixels (${megapixels(pixels)}); figures can have at most ${megapixels(settings.maxPixels)}.`,
    )
  }
  const sideways = (header.orientation ?? 1) >= 5
  return {
    height: sideways ? header.width : header.height,
    type: sniffed.accepted,
    width: sideways ? header.height : header.width,
  }
}

/**
 * Decodes once: shrink-on-load straight to at most `maxSide`, turned upright from its EXIF
 * orientation, converted to 8-bit sRGB from CMYK, 16-bit or any ICC profile. GIF and TIFF give
 * their first frame. Every metadata block stays behind: only pixels come out.
 */
export async function decodeImage(
  data: Buffer,
  settings: FigureSettings,
  width?: number,
): Promise<Pixels> {
  const side = settings.originalMaxSide
  try {
    const { data: pixels, info } = await sharp(data, { limitInputPixels: settings.maxPixels })
      .rotate()
      .resize(
        width
          ? { width, withoutEnlargement: true }
          : { fit: 'inside', height: side, width: side, withoutEnlargement: true },
      )
      .toColourspace('srgb')
      .raw()
      .toBuffer({ resolveWithObject: true })
    return { channels: info.channels, data: pixels, height: info.height, width: info.width }
  } catch (error) {
    const reason = error instanceof Error ? error.message.replace(/^\w+: /, '') : String(error)
    throw new FigureRefusal(
      `The image could not be decoded; the file is damaged or incomplete (${reason}).`,
    )
  }
}

const hasAlpha = (pixels: Pixels): boolean => pixels.channels === 2 || pixels.channels === 4

/** Lossless sources and transparent images stay PNG; photographs are stored as JPEG. */
const originalFormatFor = (type: AcceptedType, pixels: Pixels): 'jpeg' | 'png' =>
  type === 'png' || type === 'gif' || hasAlpha(pixels) ? 'png' : 'jpeg'

const fromPixels = (pixels: Pixels) =>
  sharp(pixels.data, {
    raw: { channels: pixels.channels, height: pixels.height, width: pixels.width },
  })

/**
 * Encoder settings chosen on purpose (see FigureOptions.effort): AVIF at 4:2:0 chroma, where
 * sharp's 4:4:4 default takes a fifth longer for nearly twice the bytes at the same quality.
 */
function encode(
  image: sharp.Sharp,
  format: FigureFormat,
  settings: FigureSettings,
  quality?: number,
): Promise<Buffer> {
  switch (format) {
    case 'avif':
      return image
        .avif({
          chromaSubsampling: '4:2:0',
          effort: settings.effort.avif,
          quality: quality ?? settings.quality.avif,
        })
        .toBuffer()
    case 'webp':
      return image
        .webp({ effort: settings.effort.webp, quality: quality ?? settings.quality.webp })
        .toBuffer()
    case 'jpeg':
      return image
        .flatten({ background: '#ffffff' })
        .jpeg({ quality: quality ?? settings.quality.jpeg })
        .toBuffer()
    case 'png':
      return image.png().toBuffer()
  }
}

async function resizePixels(pixels: Pixels, width: number, height?: number): Promise<Pixels> {
  const { data, info } = await fromPixels(pixels)
    .resize({ fit: 'fill', height, width })
    .raw()
    .toBuffer({ resolveWithObject: true })
  return { channels: info.channels, data, height: info.height, width: info.width }
}

/** The largest box of the crop's aspect ratio inside the image, centred on the focal point as far as the edges allow. */
export function cropBox(
  image: Size,
  crop: CropSize,
  focal: FocalPoint,
): Size & { left: number; top: number } {
  const aspect = crop.width / crop.height
  let width = image.width
  let height = Math.round(width / aspect)
  if (height > image.height) {
    height = image.height
    width = Math.round(height * aspect)
  }
  const clamp = (value: number, max: number) => Math.min(Math.max(value, 0), max)
  return {
    height,
    left: clamp(Math.round((image.width * focal.x) / 100 - width / 2), image.width - width),
    top: clamp(Math.round((image.height * focal.y) / 100 - height / 2), image.height - height),
    width,
  }
}

/** The widths an image gets: those it is wider than, and its own width when it is narrower than the largest. */
export function widthsFor(imageWidth: number, wanted: number[]): number[] {
  const below = wanted.filter((width) => width < imageWidth)
  const largest = Math.max(...wanted)
  return [...new Set([...below, ...(imageWidth <= largest ? [imageWidth] : [])])].sort(
    (a, b) => a - b,
  )
}

/** Every rendition the settings call for on an image of this size, never wider than the image. */
export function planRenditions(image: Size, settings: FigureSettings): PlannedRendition[] {
  const responsive = widthsFor(image.width, settings.widths).flatMap((width) =>
    settings.formats.map((format) => ({ format, variant: `w${width}`, width })),
  )
  const email = widthsFor(image.width, settings.jpegWidths).map((width) => ({
    format: 'jpeg' as const,
    variant: `w${width}`,
    width,
  }))
  const crops = (
    [
      ['card', settings.card],
      ['thumbnail', settings.thumbnail],
    ] as const
  ).flatMap(([variant, crop]) =>
    [...settings.formats, 'jpeg' as const].map((format) => ({
      crop,
      format,
      variant,
      width: crop.width,
    })),
  )
  return [...responsive, ...email, ...crops]
}

export const isCrop = (variant: string): boolean => variant === 'card' || variant === 'thumbnail'

/**
 * Encodes the planned renditions from decoded pixels: each width is resized once (largest first,
 * each from the one before) and each crop cut once, then encoded in every format it needs.
 */
export async function render(
  pixels: Pixels,
  plan: PlannedRendition[],
  settings: FigureSettings,
  focal: FocalPoint,
): Promise<Rendition[]> {
  // One encoder per core: more would not finish sooner, and each holds its own buffers.
  const encoding = limitConcurrency(os.availableParallelism())
  const encodeAll = async (source: Pixels, items: PlannedRendition[]): Promise<Rendition[]> =>
    Promise.all(
      items.map(async ({ format, variant }) => ({
        data: await encoding(() => encode(fromPixels(source), format, settings)),
        format,
        height: source.height,
        variant,
        width: source.width,
      })),
    )

  const byWidth = new Map<number, PlannedRendition[]>()
  const byCrop = new Map<string, PlannedRendition[]>()
  for (const item of plan) {
    if (item.crop) byCrop.set(item.variant, [...(byCrop.get(item.variant) ?? []), item])
    else byWidth.set(item.width, [...(byWidth.get(item.width) ?? []), item])
  }

  const widthJobs: Promise<Rendition[]>[] = []
  let larger = pixels
  for (const width of [...byWidth.keys()].sort((a, b) => b - a)) {
    const height = Math.max(1, Math.round((pixels.height * width) / pixels.width))
    const sized =
      width === larger.width ? Promise.resolve(larger) : resizePixels(larger, width, height)
    larger = await sized
    widthJobs.push(encodeAll(larger, byWidth.get(width)!))
  }

  const cropJobs = [...byCrop.values()].map(async (items) => {
    const crop = items[0].crop!
    const box = cropBox(pixels, crop, focal)
    const scale = Math.min(1, crop.width / box.width)
    const { data, info } = await fromPixels(pixels)
      .extract(box)
      .resize({
        fit: 'fill',
        height: Math.round(box.height * scale),
        width: Math.round(box.width * scale),
      })
      .raw()
      .toBuffer({ resolveWithObject: true })
    return encodeAll(
      { channels: info.channels, data, height: info.height, width: info.width },
      items,
    )
  })

  return (await Promise.all([...widthJobs, ...cropJobs])).flat()
}

async function makePlaceholder(pixels: Pixels): Promise<Placeholder> {
  const small = await resizePixels(
    pixels,
    Math.min(pixels.width, 320),
    Math.max(1, Math.round((pixels.height * Math.min(pixels.width, 320)) / pixels.width)),
  )
  const [{ dominant }, tiny] = await Promise.all([
    fromPixels(small).stats(),
    fromPixels(small)
      .resize({ fit: 'inside', height: 24, width: 24 })
      .blur(1)
      .webp({ quality: 40 })
      .toBuffer(),
  ])
  const hex = [dominant.r, dominant.g, dominant.b]
    .map((value) => value.toString(16).padStart(2, '0'))
    .join('')
  return { color: `#${hex}`, dataURL: `data:image/webp;base64,${tiny.toString('base64')}` }
}

/**
 * The upload path up to the crops: checks the file from its header, then, within the concurrency
 * bound, decodes it once and encodes the cleaned original, the responsive widths and the
 * placeholder. The decoded pixels are kept for `renderCrops`, which needs the focal point Payload
 * settles later. AVIF is left for the queued task (`renderStored`): it takes several times longer
 * than everything here together.
 */
export async function processUpload(
  data: Buffer,
  settings: FigureSettings,
): Promise<ProcessedUpload> {
  const { type } = await inspectUpload(data, settings)
  return settings.limit(async () => {
    const pixels = await decodeImage(data, settings)
    const format = originalFormatFor(type, pixels)
    const plan = planRenditions(pixels, settings).filter(
      (item) => !item.crop && item.format !== 'avif',
    )
    const [original, renditions, placeholder] = await Promise.all([
      encode(fromPixels(pixels), format, settings, settings.quality.original),
      render(pixels, plan, settings, centre),
      makePlaceholder(pixels),
    ])
    return {
      height: pixels.height,
      original: { data: original, format },
      pixels,
      placeholder,
      renditions,
      width: pixels.width,
    }
  })
}

/** The focal-point crops of decoded pixels, in every format but AVIF. */
export const renderCrops = (
  pixels: Pixels,
  settings: FigureSettings,
  focal: FocalPoint,
): Promise<Rendition[]> =>
  settings.limit(() =>
    render(
      pixels,
      planRenditions(pixels, settings).filter((item) => item.crop && item.format !== 'avif'),
      settings,
      focal,
    ),
  )

/**
 * The narrowest decode every rendition can still be made from at full size: the widest width,
 * or the width at which a crop's box is as large as the crop. Decoding a stored original to it
 * lets the JPEG decoder shrink on load (a 3200 px original decodes at 1600 px, a quarter of the
 * pixels), and the plan made from it is the plan made from the whole image.
 */
export function decodeWidthFor(image: Size, settings: FigureSettings): number {
  const widths = widthsFor(image.width, [...settings.widths, ...settings.jpegWidths])
  const crops = [settings.card, settings.thumbnail].map((crop) =>
    Math.ceil(image.width * Math.min(1, crop.width / cropBox(image, crop, centre).width)),
  )
  return Math.min(image.width, Math.max(...widths, ...crops))
}

/** Renditions of a stored original: the AVIF set, or crops re-made for a new focal point. */
export async function renderStored(
  original: Buffer,
  settings: FigureSettings,
  focal: FocalPoint,
  wanted: (item: PlannedRendition) => boolean,
): Promise<Rendition[]> {
  const { height, width } = await sharp(original).metadata()
  const pixels = await decodeImage(original, settings, decodeWidthFor({ height, width }, settings))
  return render(pixels, planRenditions(pixels, settings).filter(wanted), settings, focal)
}
