import path from 'node:path'

import { figureSettings, formatBytes } from '../../src/figures/settings'
import type { Limiter } from '../../src/figures/limit'

/** How many of `count` pieces of work the limiter lets run at the same time. */
async function peakConcurrency(limit: Limiter, count = 4): Promise<number> {
  let running = 0
  let peak = 0
  await Promise.all(
    Array.from({ length: count }, () =>
      limit(async () => {
        running++
        peak = Math.max(peak, running)
        await new Promise((resolve) => setImmediate(resolve))
        running--
      }),
    ),
  )
  return peak
}

describe('figure settings', () => {
  it('fill in every documented default', async () => {
    const { limit, limitBackground, ...settings } = figureSettings()
    expect(settings).toEqual({
      card: { height: 675, width: 1200 },
      dir: path.resolve(process.cwd(), 'figures'),
      effort: { avif: 3, webp: 2 },
      formats: ['webp', 'avif'],
      jpegWidths: [640, 1024],
      maxBytes: 25 * 1024 * 1024,
      maxPixels: 50_000_000,
      originalMaxSide: 3200,
      quality: { avif: 50, jpeg: 80, original: 90, webp: 78 },
      thumbnail: { height: 400, width: 400 },
      widths: [320, 640, 1024, 1600],
    })
    expect(await peakConcurrency(limit)).toBe(2)
    expect(await peakConcurrency(limitBackground)).toBe(1)
  })

  it('take each option given, and keep the defaults of the encoder settings not given', async () => {
    const { limit, limitBackground, ...settings } = figureSettings({
      card: { height: 300, width: 600 },
      concurrency: 3,
      dir: '/srv/figures',
      effort: { avif: 6 },
      formats: ['webp'],
      jpegWidths: [800],
      maxBytes: 1024,
      maxPixels: 1_000_000,
      originalMaxSide: 2000,
      quality: { jpeg: 70 },
      thumbnail: 200,
      widths: [480, 960],
    })
    expect(settings).toEqual({
      card: { height: 300, width: 600 },
      dir: '/srv/figures',
      effort: { avif: 6, webp: 2 },
      formats: ['webp'],
      jpegWidths: [800],
      maxBytes: 1024,
      maxPixels: 1_000_000,
      originalMaxSide: 2000,
      quality: { avif: 50, jpeg: 70, original: 90, webp: 78 },
      thumbnail: { height: 200, width: 200 },
      widths: [480, 960],
    })
    expect(await peakConcurrency(limit, 5)).toBe(3)
    // AVIF work stays one figure at a time however many uploads run at once.
    expect(await peakConcurrency(limitBackground)).toBe(1)
  })
})

describe('formatBytes, as upload limits are worded', () => {
  it.each([
    [0, '0 KB'],
    [1024, '1 KB'],
    [1536, '2 KB'],
    [500 * 1024, '500 KB'],
    [1024 * 1024, '1 MB'],
    [1.5 * 1024 * 1024, '1.5 MB'],
    [1.26 * 1024 * 1024, '1.3 MB'],
    [25 * 1024 * 1024, '25 MB'],
  ])('writes %d bytes as %s', (bytes, words) => {
    expect(formatBytes(bytes)).toBe(words)
  })
})
