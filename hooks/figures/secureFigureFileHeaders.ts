import type { UploadConfig } from 'payload'

/**
 * What a figure file may do when a browser opens it as a page rather than in an `<img>`: show
 * itself (and the inline style a browser gives an image shown on its own) and nothing else. No
 * script, form, frame or plugin, and `sandbox` gives it an origin of its own, so even a file that
 * slipped past the checks could not act as the site.
 */
const figureFilePolicy = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox"

/**
 * Sets on every figure file Payload serves (originals and renditions, whole or in ranges)
 * `nosniff`, so browsers keep the image type the server found in the bytes instead of guessing
 * one, and the policy above.
 */
export const secureFigureFileHeaders: NonNullable<UploadConfig['modifyResponseHeaders']> = ({
  headers,
}) => {
  headers.set('X-Content-Type-Options', 'nosniff')
  headers.set('Content-Security-Policy', figureFilePolicy)
  return headers
}
