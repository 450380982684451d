/**
 * Test images painted by sharp, so no test downloads anything: photographs with camera and GPS
 * data, EXIF orientations, CMYK, 16-bit, wide-gamut and oversized images, and files that only
 * pretend to be images.
 */
import { execFileSync } from 'node:child_process'
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

/** The owner and place in XMP, as photo editors write them. */
const ownerXmp = `<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/">
<dc:creator><rdf:Seq><rdf:li>Jane Photographer</rdf:li></rdf:Seq></dc:creator>
<photoshop:City>XmpTown</photoshop:City></rdf:Description></rdf:RDF></x:xmpmeta>
<?xpacket end="w"?>`

/** One IPTC dataset (record 2), as tag and text. */
const iptcDataset = (tag: number, text: string): Buffer => {
  const value = Buffer.from(text, 'latin1')
  return Buffer.concat([Buffer.from([0x1c, 2, tag, value.length >> 8, value.length & 0xff]), value])
}

/**
 * A Photoshop APP13 segment holding IPTC by-line and city, which news agencies' files carry and
 * sharp cannot write: spliced in after the JPEG's start-of-image marker.
 */
function withIptc(jpeg: Buffer): Buffer {
  const iptc = Buffer.concat([iptcDataset(80, 'IptcByline'), iptcDataset(90, 'IptcCity')])
  const padded = iptc.length % 2 ? Buffer.concat([iptc, Buffer.from([0])]) : iptc
  const resource = Buffer.concat([
    Buffer.from('8BIM', 'latin1'),
    Buffer.from([0x04, 0x04, 0, 0]),
    Buffer.from([
      iptc.length >>> 24,
      (iptc.length >>> 16) & 0xff,
      (iptc.length >>> 8) & 0xff,
      iptc.length & 0xff,
    ]),
    padded,
  ])
  const body = Buffer.concat([Buffer.from('Photoshop 3.0\0', 'latin1'), resource])
  const length = body.length + 2
  const segment = Buffer.concat([Buffer.from([0xff, 0xed, length >> 8, length & 0xff]), body])
  return Buffer.concat([jpeg.subarray(0, 2), segment, jpeg.subarray(2)])
}

/**
 * Text of the camera, owner and place data a `photo` carries, none of which a stored file may
 * keep. (Its GPS position is binary: the EXIF block's absence covers it.)
 */
export const privateTexts = [
  'PhoneMaker',
  'Phone 15',
  'Jane Photographer',
  'Owner Name',
  'Exif',
  'XmpTown',
  'IptcByline',
  'IptcCity',
  'Photoshop',
]

/**
 * A JPEG photograph-like image with camera and GPS data in EXIF, its owner and place in XMP and
 * IPTC; quadrants red, green / blue, yellow.
 */
export async function photo(width = 1800, height = 1200): Promise<Buffer> {
  const jpeg = await sharp(quadrants(width, height))
    .withExif(cameraExif)
    .withXmp(ownerXmp)
    .jpeg({ quality: 90 })
    .toBuffer()
  return withIptc(jpeg)
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
export const hugePng = async (): Promise<Buffer> => {
  // Painted in a child process: painting takes 1.2 GB, which would stay in this process's
  // resident memory and hide what a test measures of the server's own use.
  const script = `require('sharp')({
    create: { background: '#808080', channels: 3, height: 20000, width: 20000 },
    limitInputPixels: false,
  }).png({ compressionLevel: 9 }).toBuffer().then((png) => process.stdout.write(png))`
  return execFileSync(process.execPath, ['-e', script], { maxBuffer: 64 * 1024 * 1024 })
}

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
