/**
 * `npm run bench:figures`: measures Newsdesk's figure pipeline against Payload's default image
 * sizes on one 12-megapixel photograph painted by sharp (nothing is downloaded).
 *
 *   (a) Newsdesk's upload path until the upload answers: header check, one decode, the cleaned
 *       original, WebP and JPEG widths, WebP and JPEG crops, placeholder, files written.
 *   (b) (a) followed by what the queued AVIF task does: read the stored original, make every
 *       AVIF width and crop, write them.
 *   (c) the same widths, crops and formats made by Payload's own `createImageSizes` (the code
 *       behind `upload.imageSizes`), with sharp's default encoder settings, the original stored
 *       as uploaded, files written.
 *
 * Every run is a fresh child process, so its peak memory is the process's own maximum resident
 * set size; the first run of each variant is a warm-up and is not counted. It exits non-zero if
 * a floor from issue 5 is missed.
 */
import { randomFillSync } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

import sharp from 'sharp'

import { nameRenditions, writeAllOrNone } from '../src/figures/files'
import { centre, processUpload, renderCrops, renderStored } from '../src/figures/pipeline'
import { figureSettings } from '../src/figures/settings'
import { runTsxSync } from './runTsx.js'

const runs = 5
const script = fileURLToPath(import.meta.url)
const settings = figureSettings()
type Variant = 'a' | 'b' | 'c' | 'idle'

/** A 4000 x 3000 photograph-like JPEG: shapes under fine grain, with camera and GPS data. */
async function makePhoto(file: string): Promise<void> {
  const [width, height] = [4000, 3000]
  const grain = await sharp(randomFillSync(Buffer.alloc(1000 * 750 * 3)), {
    raw: { channels: 3, height: 750, width: 1000 },
  })
    .resize(width, height, { kernel: 'cubic' })
    .blur(1.5)
    .raw()
    .toBuffer()
  const scene = await sharp(
    Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
  <defs><linearGradient id="sky" x1="0" y1="0" x2="0.3" y2="1"><stop offset="0" stop-color="#2a6f97"/><stop offset="1" stop-color="#f4a261"/></linearGradient></defs>
  <rect width="100%" height="100%" fill="url(#sky)"/><circle cx="2600" cy="1100" r="650" fill="#e9c46a"/>
  <path d="M0 2200 Q 1000 1700 2000 2150 T 4000 2000 V 3000 H 0 Z" fill="#264653"/><rect x="500" y="1500" width="900" height="1100" fill="#8d5524"/>
</svg>`),
  )
    .removeAlpha()
    .raw()
    .toBuffer()
  const pixels = Buffer.alloc(width * height * 3)
  for (let index = 0; index < pixels.length; index++)
    pixels[index] = Math.min(255, Math.max(0, scene[index] + (grain[index] - 128) * 0.35))
  await sharp(pixels, { raw: { channels: 3, height, width } })
    .withExif({
      IFD0: { Make: 'PhoneMaker', Model: 'Phone 15' },
      IFD3: { GPSLatitude: '51/1 30/1 0/1', GPSLatitudeRef: 'N' },
    })
    .jpeg({ quality: 92 })
    .toFile(file)
}

/** Newsdesk's upload path, as the hooks run it; returns the stored original's name. */
async function newsdeskUpload(input: Buffer, outDir: string): Promise<string> {
  const upload = await processUpload(input, settings)
  const crops = await renderCrops(upload.pixels, settings, centre)
  const original = `photo.${upload.original.format === 'jpeg' ? 'jpg' : 'png'}`
  const { files } = await nameRenditions(outDir, original, [...upload.renditions, ...crops], centre)
  await writeAllOrNone(outDir, [{ data: upload.original.data, filename: original }, ...files])
  return original
}

/** What the AVIF task does once the upload has answered. */
async function newsdeskAvif(outDir: string, original: string): Promise<void> {
  const stored = await fs.promises.readFile(path.join(outDir, original))
  const renditions = await renderStored(stored, settings, centre, (item) => item.format === 'avif')
  const { files } = await nameRenditions(outDir, original, renditions, centre)
  await writeAllOrNone(outDir, files)
}

/** The same renditions as Payload `imageSizes`, which give each size one format. */
function payloadImageSizes() {
  const widths = settings.widths.flatMap((width) =>
    [...settings.formats, ...(settings.jpegWidths.includes(width) ? ['jpeg' as const] : [])].map(
      (format) => ({
        formatOptions: { format },
        name: `w${width}-${format}`,
        width,
      }),
    ),
  )
  const crops = [
    { name: 'card', ...settings.card },
    { name: 'thumbnail', ...settings.thumbnail },
  ].flatMap(({ height, name, width }) =>
    [...settings.formats, 'jpeg' as const].map((format) => ({
      formatOptions: { format },
      height,
      name: `${name}-${format}`,
      width,
    })),
  )
  return [...widths, ...crops]
}

/** Payload's upload path for an image with `imageSizes`, run by Payload's own code. */
async function payloadDefault(input: Buffer, outDir: string): Promise<void> {
  const dist = path.resolve('node_modules/payload/dist/uploads')
  const { createImageSizes } = await import(
    pathToFileURL(path.join(dist, 'image-resizing/createImageSizes.js')).href
  )
  const { getImageSize } = await import(pathToFileURL(path.join(dist, 'getImageSize.js')).href)
  const file = { data: input, mimetype: 'image/jpeg', name: 'photo.jpg', size: input.length }
  const dimensions = await getImageSize({ file, sharp })
  const { sizesToSave } = await createImageSizes({
    config: { upload: { focalPoint: true, imageSizes: payloadImageSizes() } },
    dimensions,
    file,
    // What Payload passes for a new upload: the default focal point.
    focalPoint: { x: 50, y: 50 },
    mimeType: 'image/jpeg',
    req: { payloadUploadSizes: {} },
    savedFilename: 'photo.jpg',
    sharp,
    staticPath: outDir,
  })
  const toSave = [{ buffer: input, path: path.join(outDir, 'photo.jpg') }, ...sizesToSave]
  await Promise.all(
    toSave.map(({ buffer, path: file }: { buffer: Buffer; path: string }) =>
      fs.promises.writeFile(file, buffer),
    ),
  )
}

async function runVariant(variant: Variant, input: Buffer, outDir: string): Promise<void> {
  if (variant === 'a') await newsdeskUpload(input, outDir)
  if (variant === 'b') await newsdeskAvif(outDir, await newsdeskUpload(input, outDir))
  if (variant === 'c') await payloadDefault(input, outDir)
}

const dirBytes = (dir: string): { bytes: number; files: number } => {
  const names = fs.readdirSync(dir)
  return {
    bytes: names.reduce((sum, name) => sum + fs.statSync(path.join(dir, name)).size, 0),
    files: names.length,
  }
}

/** One run in this process: a small warm-up through the same code, then the timed run. */
async function child(variant: Variant, photoFile: string): Promise<void> {
  const input = fs.readFileSync(photoFile)
  const warmDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-warm-'))
  const small = await sharp(input).resize(640).jpeg().toBuffer()
  await runVariant(variant, small, warmDir)
  fs.rmSync(warmDir, { force: true, recursive: true })

  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-out-'))
  const started = performance.now()
  await runVariant(variant, input, outDir)
  const seconds = (performance.now() - started) / 1000
  const output = dirBytes(outDir)
  fs.rmSync(outDir, { force: true, recursive: true })
  process.stdout.write(
    `BENCH ${JSON.stringify({ ...output, peakMB: process.resourceUsage().maxRSS / 1024, seconds })}\n`,
  )
}

interface Result {
  bytes: number
  files: number
  peakMB: number
  seconds: number
}

/** One measured run in a fresh process (./runTsx). */
function spawnRun(variant: Variant, photoFile: string): Result {
  const { status, stderr, stdout } = runTsxSync(
    [script, 'child', variant, photoFile],
    {},
    { maxBuffer: 16 * 1024 * 1024 },
  )
  const line = stdout.split('\n').find((text: string) => text.startsWith('BENCH '))
  if (status !== 0 || !line)
    throw new Error(`variant ${variant} failed (exit ${status}):\n${stderr}\n${stdout}`)
  return JSON.parse(line.slice('BENCH '.length)) as Result
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-figures-'))
  const photoFile = path.join(dir, 'photo.jpg')
  await makePhoto(photoFile)
  const { height, width } = await sharp(photoFile).metadata()
  console.log(
    `Figure bench: one ${width} x ${height} JPEG (${((width! * height!) / 1e6).toFixed(1)} MP, ${mb(fs.statSync(photoFile).size)}), ` +
      `${os.cpus().length} cores, median of ${runs} runs after a warm-up, each run in its own process.\n`,
  )

  const labels: Record<Variant, string> = {
    a: '(a) Newsdesk upload path, until it answers',
    b: '(b) Newsdesk full set, AVIF included',
    c: '(c) Payload imageSizes, sharp defaults',
    idle: '    idle process (runtime floor)',
  }
  const summary: Partial<Record<Variant, Result>> = {}
  console.log(
    `${'variant'.padEnd(46)}${'time'.padStart(10)}${'peak RSS'.padStart(12)}${'output'.padStart(12)}${'files'.padStart(7)}`,
  )
  for (const variant of ['a', 'b', 'c', 'idle'] as Variant[]) {
    spawnRun(variant, photoFile)
    const results = Array.from({ length: runs }, () => spawnRun(variant, photoFile))
    const result = {
      bytes: median(results.map((run) => run.bytes)),
      files: results[0].files,
      peakMB: Math.max(...results.map((run) => run.peakMB)),
      seconds: median(results.map((run) => run.seconds)),
    }
    summary[variant] = result
    const times = results.map((run) => run.seconds.toFixed(2)).join(' ')
    console.log(
      `${labels[variant].padEnd(46)}${`${result.seconds.toFixed(2)} s`.padStart(10)}${`${result.peakMB.toFixed(0)} MB`.padStart(12)}` +
        `${(variant === 'idle' ? '-' : mb(result.bytes)).padStart(12)}${String(result.files).padStart(7)}   runs: ${times}`,
    )
  }
  fs.rmSync(dir, { force: true, recursive: true })

  const { a, b, c } = summary as Record<Variant, Result>
  const checks = [
    {
      floor: 'at most 0.15',
      label: 'time a/c',
      ok: a.seconds / c.seconds <= 0.15,
      value: (a.seconds / c.seconds).toFixed(3),
    },
    {
      floor: 'at most 0.4',
      label: 'time b/c',
      ok: b.seconds / c.seconds <= 0.4,
      value: (b.seconds / c.seconds).toFixed(3),
    },
    {
      floor: 'at most 1.15',
      label: 'bytes b/c',
      ok: b.bytes / c.bytes <= 1.15,
      value: (b.bytes / c.bytes).toFixed(3),
    },
    {
      floor: 'under 400 MB',
      label: 'peak RSS of b',
      ok: b.peakMB < 400,
      value: `${b.peakMB.toFixed(0)} MB`,
    },
  ]
  console.log('')
  for (const check of checks)
    console.log(
      `${check.label.padEnd(16)}${check.value.padStart(10)}   floor ${check.floor.padEnd(14)}${check.ok ? 'ok' : 'MISSED'}`,
    )
  if (checks.some((check) => !check.ok)) process.exit(1)
}

const childAt = process.argv.indexOf('child')
if (childAt >= 0) await child(process.argv[childAt + 1] as Variant, process.argv[childAt + 2])
else await main()
