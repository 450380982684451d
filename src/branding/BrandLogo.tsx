import type { ServerProps } from 'payload'

import { slugs } from '../shared/slugs'

/** What the admin is called: the Newsletter global's name, Newsdesk until one is set. */
async function brandName(payload: ServerProps['payload']): Promise<string> {
  const newsletter = await payload.findGlobal({ depth: 0, slug: slugs.newsletter })
  return newsletter?.name?.trim() || 'Newsdesk'
}

/** The login page's logo: the newsletter's name, so people know which desk they sign in to. */
export async function BrandLogo({ payload }: ServerProps) {
  return (
    <span
      className="newsdesk-brand"
      data-testid="brand-logo"
      style={{ fontFamily: 'Georgia, serif', fontSize: 36, fontWeight: 700 }}
    >
      {await brandName(payload)}
    </span>
  )
}
