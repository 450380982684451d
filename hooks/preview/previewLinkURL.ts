import type { FieldHook } from 'payload'

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

/** The address to share: the configured preview route with the token. */
export const previewLinkURL =
  (settings: PreviewSettings): FieldHook =>
  async (args) => {
    const token = await previewLinkToken(args)
    if (typeof token !== 'string') return null
    const { routes, serverURL } = args.req.payload.config
    return settings.url(token, `${serverURL ?? ''}${routes.api}`)
  }
