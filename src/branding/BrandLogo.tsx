import type { ServerProps } from 'payload'

import type { Figure } from '../../payload-types'
import { slugs } from '../shared/slugs'

interface Brand {
  logo?: { alt: string; url: string }
  name: string
}

/** What the admin is called and shows: the Newsletter global's name (Newsdesk until one is set) and logo. */
export async function brandOf(payload: ServerProps['payload']): Promise<Brand> {
  const newsletter = await payload.findGlobal({ depth: 1, slug: slugs.newsletter })
  const name = newsletter?.name?.trim() || 'Newsdesk'
  const logo = typeof newsletter?.logo === 'object' ? (newsletter.logo as Figure | null) : null
  // A rendition a little wider than the login page shows it, in a format every browser reads.
  const rendition = (logo?.sources ?? [])
    .filter((source) => source.variant.startsWith('w') && source.format !== 'avif' && source.url)
    .sort((a, b) => a.width - b.width)
    .find((source) => source.width >= 320)
  const url = rendition?.url ?? logo?.url
  return { logo: url ? { alt: name, url } : undefined, name }
}

/** The login page's logo: the newsletter's own, or its name, so people know which desk they sign in to. */
export async function BrandLogo({ payload }: ServerProps) {
  const brand = await brandOf(payload)
  return brand.logo ? (
    <img
      alt={brand.logo.alt}
      className="newsdesk-brand"
      data-testid="brand-logo"
      src={brand.logo.url}
      style={{ maxHeight: 96, maxWidth: '100%' }}
    />
  ) : (
    <span
      className="newsdesk-brand"
      data-testid="brand-logo"
      style={{ fontFamily: 'Georgia, serif', fontSize: 36, fontWeight: 700 }}
    >
      {brand.name}
    </span>
  )
}
