/** Plain-text measures the rules use; pure, so they run in the browser too. */

/** Characters as a reader counts them: an emoji or accented letter is one. */
export const characterCount = (text: string): number => [...text.normalize('NFC')].length

const sentences = new Intl.Segmenter('en', { granularity: 'sentence' })

/** Sentences by Unicode's rules, which keep "3.5" or "U.S. officials" in one sentence. */
export const sentenceCount = (text: string): number =>
  [...sentences.segment(text.trim())].filter(({ segment }) => segment.trim() !== '').length

const imageExtension = /\.(avif|bmp|gif|heic|heif|jpe?g|png|svg|tiff?|webp)$/i
const cameraName = /^(dcim|dsc[fn]?|img|mvimg|pxl|screen ?shot)[\s_-]*\d/i
const untitled = /^untitled([\s_-]*\d+)?$/i
const copyMarker = /\s\(\d{1,3}\)(-\d+)?$/
const singleTokenWithSeparators = /^[\w.]+([-_][\w.]+)+$/

/**
 * Whether alt text is really a file name: an image extension (`IMG_2041.jpg`), a camera or
 * screenshot name (`DSC 0042`), a copy marker (`The Batch (1)-1`), one token
 * joined by dashes or underscores (`hero_final-v2`), or the figure's own file name.
 */
export function looksLikeFileName(alt: string, filename?: string | null): boolean {
  const text = alt.trim()
  if (filename) {
    const stem = filename.replace(/\.[^.]+$/, '')
    if (text === filename || text === stem) return true
  }
  return (
    imageExtension.test(text) ||
    cameraName.test(text) ||
    untitled.test(text) ||
    copyMarker.test(text) ||
    singleTokenWithSeparators.test(text)
  )
}
