import sharp from 'sharp'

/** A gradient JPEG painted by sharp, so the demo needs no image downloads. */
export async function demoImage(
  [from, to]: [string, string],
  width = 1600,
  height = 900,
): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
  <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1">
    <stop offset="0" stop-color="${from}"/><stop offset="1" stop-color="${to}"/>
  </linearGradient></defs>
  <rect width="100%" height="100%" fill="url(#g)"/>
  <circle cx="${width * 0.68}" cy="${height * 0.4}" r="${height * 0.22}" fill="${to}" fill-opacity="0.55"/>
</svg>`
  return sharp(Buffer.from(svg)).jpeg({ quality: 82 }).toBuffer()
}
