/** Image types a figure may be uploaded as, named as sharp's metadata names them (AVIF is `heif`). */
export type AcceptedType = 'gif' | 'heif' | 'jpeg' | 'png' | 'tiff' | 'webp'

export type Sniffed = { accepted: AcceptedType } | { refused: string }

// Past the end of a short file `data[index]` is undefined, which matches no byte.
const startsWith = (data: Buffer, bytes: number[]): boolean =>
  bytes.every((byte, index) => data[index] === byte)

const ascii = (data: Buffer, start: number, end: number): string =>
  data.subarray(start, end).toString('latin1')

/** AVIF is an ISO media file whose `ftyp` box names an AVIF brand, as major or compatible brand. */
function isAvif(data: Buffer): boolean {
  if (data.length < 16 || ascii(data, 4, 8) !== 'ftyp') return false
  const boxEnd = Math.min(data.readUInt32BE(0), data.length)
  const brands = [ascii(data, 8, 12)]
  for (let offset = 16; offset + 4 <= boxEnd; offset += 4)
    brands.push(ascii(data, offset, offset + 4))
  return brands.some((brand) => brand === 'avif' || brand === 'avis')
}

// trimStart also drops a byte-order mark: U+FEFF is whitespace to JavaScript.
const textStart = (data: Buffer): string =>
  data.subarray(0, 512).toString('utf8').trimStart().toLowerCase()

const looksLikeText = (data: Buffer): boolean => !data.subarray(0, 512).includes(0)

/**
 * Tells an upload's type from its first bytes, never from its name or declared MIME type, and
 * says in words what a refused file is.
 */
export function sniffImage(data: Buffer): Sniffed {
  if (startsWith(data, [0xff, 0xd8, 0xff])) return { accepted: 'jpeg' }
  if (startsWith(data, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return { accepted: 'png' }
  if (ascii(data, 0, 6) === 'GIF87a' || ascii(data, 0, 6) === 'GIF89a') return { accepted: 'gif' }
  if (ascii(data, 0, 4) === 'RIFF' && ascii(data, 8, 12) === 'WEBP') return { accepted: 'webp' }
  if (startsWith(data, [0x49, 0x49, 0x2a, 0x00]) || startsWith(data, [0x4d, 0x4d, 0x00, 0x2a]))
    return { accepted: 'tiff' }
  if (isAvif(data)) return { accepted: 'heif' }
  if (ascii(data, 0, 5) === '%PDF-') return { refused: 'It is a PDF document, not an image.' }
  if (looksLikeText(data)) {
    const text = textStart(data)
    if (/<svg[\s>]/.test(text) || (text.startsWith('<?xml') && text.includes('<svg'))) {
      return {
        refused:
          'SVG images are not accepted: they can carry scripts. Export the figure as PNG or JPEG.',
      }
    }
    if (/^<(!doctype html|html|head|body|script|div|p)[\s>]/.test(text))
      return { refused: 'It is an HTML page, not an image.' }
    return { refused: 'It is a text file, not an image.' }
  }
  return { refused: 'Its content is not a JPEG, PNG, WebP, AVIF, GIF or TIFF image.' }
}
