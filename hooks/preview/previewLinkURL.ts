import type { FieldHook, PayloadRequest } from 'payload'

import type { PreviewSettings } from '../../src/preview/settings'
import { signPreviewToken } from '../../src/preview/token'
import { idOf } from '../../src/shared/ids'

/** The token of a link, signed from its ID, issue and expiry: the same token each time it is read. */
export const previewLinkToken: FieldHook = ({ data, req }) => {
  const link = idOf(data?.id)
  const issue = idOf(data?.issue)
  const expires = data?.expiresAt ? new Date(data.expiresAt).getTime() : NaN
  if (link === undefined || issue === undefined || Number.isNaN(expires)) return null
  return signPreviewToken(req.payload.secret, { expires, issue, link })
}

/** The origin the caller reached the desk at: its Host header first, as Next.js's own URL may say localhost. */
const requestOrigin = (req: PayloadRequest): string => {
  const host = req.headers?.get('host')
  return host ? `${req.protocol || 'http:'}//${host}` : (req.origin ?? '')
}

/**
 * The address to share: the configured preview route with the token, absolute, so it works for
 * someone outside the desk wherever it is pasted. Made from the desk's public URL, else Payload's
 * `serverURL`, else the origin the link was read from.
 */
export const previewLinkURL =
  (settings: PreviewSettings): FieldHook =>
  async (args) => {
    const token = await previewLinkToken(args)
    if (typeof token !== 'string') return null
    const { routes, serverURL } = args.req.payload.config
    const origin = settings.publicURL || serverURL || requestOrigin(args.req)
    return settings.url(token, `${origin}${routes.api}`)
  }
