import type { Config } from 'payload'

import { formatBytes, type FigureSettings } from './settings'

const multipartOverhead = 1024 * 1024
const payloadRequestSizeLimit = 50 * 1024 * 1024

/**
 * Makes the multipart parser stop reading an oversized figure as soon as it passes the limit and
 * answer 413 with a message that says so; `cleanUploadedFigure` checks the same limit for the
 * Local API. A host's own upload limits win.
 */
export function withFigureUploadLimits(
  upload: Config['upload'],
  settings: FigureSettings,
): Config['upload'] {
  return {
    ...upload,
    abortOnLimit: upload?.abortOnLimit ?? true,
    limits: { ...upload?.limits, fileSize: upload?.limits?.fileSize ?? settings.maxBytes },
    requestSizeLimit:
      upload?.requestSizeLimit ??
      Math.max(payloadRequestSizeLimit, settings.maxBytes + multipartOverhead),
    responseOnLimit:
      upload?.responseOnLimit ??
      `The file is larger than the upload limit of ${formatBytes(settings.maxBytes)}.`,
  }
}
