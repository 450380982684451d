/**
 * Test images painted by sharp, so no test downloads anything: photographs with camera and GPS
 * data, EXIF orientations, CMYK, 16-bit, wide-gamut and oversized images, and files that only
 * pretend to be images.
 */
import { randomFillSync } from 'node:crypto'

import sharp from 'sharp'

/** Four quadrants in distinct colours, so orientation and crops can be read back from pixels. */
const quadrants = (width: number, height: number) => {
  const [w, h] = [Math.round(width / 2), Math.round(height / 2)]
  return Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
  <rect width="${w}" height="${h}" fill="#ff0000"/><rect x="${w}" width="${width - w}" height="${h}" fill="#00ff00"/>
  <rect y="${h}" width="${w}" height="${height - h}" fill="#0000ff"/><rect x="${w}" y="${h}" width="${width - w}" height="${height - h}" fill="#ffff00"/>
</svg>`)
}

/** Camera, owner and GPS data, as a phone writes them. */
export const cameraExif = {
  IFD0: {
    Artist: 'Jane Photographer',
    Copyright: 'Owner Name',
    Make: 'PhoneMaker',
    Model: 'Phone 15',
  },
  IFD3: {
    GPSLatitude: '51/1 30/1 0/1',
    GPSLatitudeRef: 'N',
    GPSLongitude: '0/1 7/1 0/1',
    GPSLongitudeRef: 'W',
  },
}

/** A JPEG photograph-like image with camera and GPS data; quadrants red, green / blue, yellow. */
export async function photo(width = 1800, height = 1200): Promise<Buffer> {
  return sharp(quadrants(width, height)).withExif(cameraExif).jpeg({ quality: 90 }).toBuffer()
}

/** Three vertical bands, red, green and yellow, so a crop's position shows in its centre colour. */
export async function bands(width = 3000, height = 1000): Promise<Buffer> {
  const third = Math.round(width / 3)
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
  <rect width="${third}" height="${height}" fill="#ff0000"/><rect x="${third}" width="${third}" height="${height}" fill="#00ff00"/>
  <rect x="${2 * third}" width="${width - 2 * third}" height="${height}" fill="#ffff00"/></svg>`
  return sharp(Buffer.from(svg)).jpeg({ quality: 90 }).toBuffer()
}

/**
 * A JPEG stored sideways: its pixels are the upright image turned 90° anticlockwise, with EXIF
 * orientation 6 telling viewers to turn it back. Upright it is `width` x `height`.
 */
export async function sidewaysPhoto(width = 1200, height = 800): Promise<Buffer> {
  const upright = await sharp(quadrants(width, height)).png().toBuffer()
  return sharp(upright)
    .rotate(-90)
    .withMetadata({ orientation: 6 })
    .withExif(cameraExif)
    .jpeg({ quality: 90 })
    .toBuffer()
}

export const cmykJpeg = async (): Promise<Buffer> =>
  sharp(quadrants(800, 600)).toColourspace('cmyk').jpeg({ quality: 90 }).toBuffer()

export const sixteenBitPng = async (): Promise<Buffer> =>
  sharp(quadrants(800, 600)).toColourspace('rgb16').png().toBuffer()

/** The sRGB colour `displayP3Png` shows. */
export const p3Colour = [200, 100, 50]

/** sRGB (200, 100, 50) stored as Display P3 numbers with a P3 profile: right only when converted back to sRGB. */
export const displayP3Png = async (): Promise<Buffer> =>
  sharp({
    create: {
      background: { b: p3Colour[2], g: p3Colour[1], r: p3Colour[0] },
      channels: 3,
      height: 600,
      width: 800,
    },
  })
    .withIccProfile('p3')
    .png()
    .toBuffer()

/** A real 20000 x 20000 PNG (400 megapixels); uniform, so it is small on disk. Takes a few seconds. */
export const hugePng = async (): Promise<Buffer> =>
  sharp({
    create: { background: '#808080', channels: 3, height: 20_000, width: 20_000 },
    limitInputPixels: false,
  })
    .png({ compressionLevel: 9 })
    .toBuffer()

/** A JPEG cut off part-way through its pixel data. */
export async function truncatedJpeg(): Promise<Buffer> {
  const noise = randomFillSync(Buffer.alloc(600 * 400 * 3))
  const whole = await sharp(noise, { raw: { channels: 3, height: 400, width: 600 } })
    .jpeg({ quality: 90 })
    .toBuffer()
  return whole.subarray(0, Math.floor(whole.length / 2))
}

export const htmlPage = (): Buffer =>
  Buffer.from('<!DOCTYPE html>\n<html><body><script>alert(1)</script></body></html>\n')

export const pdfDocument = (): Buffer =>
  Buffer.from(
    '%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
  )

export const svgImage = (): Buffer =>
  Buffer.from(
    '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10" onload="alert(1)"><rect width="10" height="10"/></svg>',
  )

/** Random bytes behind a JPEG signature, `bytes` long. */
export const oversized = (bytes: number): Buffer => {
  const data = randomFillSync(Buffer.alloc(bytes))
  data.set([0xff, 0xd8, 0xff, 0xe0])
  return data
}

/** The colour of one pixel, as [r, g, b]. */
export async function pixelAt(image: Buffer, x: number, y: number): Promise<number[]> {
  const { data, info } = await sharp(image)
    .removeAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true })
  const offset = (y * info.width + x) * info.channels
  return [...data.subarray(offset, offset + 3)]
}
