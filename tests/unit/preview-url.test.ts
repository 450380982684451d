import type { FieldHook } from 'payload'

import { previewLinkURL } from '../../hooks/preview/previewLinkURL'
import { previewSettings } from '../../src/preview/settings'

/** The link address as the field hook makes it, for a stored link, on a server with this setup. */
const urlOf = (
  settings: ReturnType<typeof previewSettings>,
  serverURL: string,
  origin?: string,
): Promise<unknown> =>
  (previewLinkURL(settings) as (args: Parameters<FieldHook>[0]) => Promise<unknown>)({
    data: { expiresAt: '2026-12-02T00:00:00.000Z', id: 3, issue: 7 },
    req: {
      headers: new Headers(origin ? { host: new URL(origin).host } : {}),
      payload: { config: { routes: { api: '/api' }, serverURL }, secret: 's' },
      protocol: origin ? new URL(origin).protocol : undefined,
    },
  } as unknown as Parameters<FieldHook>[0])

describe('preview link addresses', () => {
  it('are absolute: the public URL first, then Payload’s serverURL, then the origin it was read at', async () => {
    const token = /\/site\/preview\/(.+)$/
    const fromPublic = await urlOf(
      previewSettings({ publicURL: 'https://desk.example.com/' }),
      'http://internal:3000',
      'http://localhost:3000',
    )
    expect(fromPublic).toMatch(/^https:\/\/desk\.example\.com\/api\/site\/preview\/[^/]+$/)
    expect(await urlOf(previewSettings(), 'http://internal:3000', 'http://x')).toBe(
      `http://internal:3000/api/site/preview/${token.exec(String(fromPublic))?.[1]}`,
    )
    expect(await urlOf(previewSettings(), '', 'http://localhost:3000')).toMatch(
      /^http:\/\/localhost:3000\/api\/site\/preview\//,
    )
  })

  it('refuses a public URL that is not an http(s) origin, at start-up', () => {
    for (const publicURL of ['desk.example.com', 'https://desk.example.com/newsdesk', 'ftp://x'])
      expect(() => previewSettings({ publicURL })).toThrow(
        /preview\.publicURL must be an http\(s\) origin/,
      )
  })
})
