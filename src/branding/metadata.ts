import { getPayload, type SanitizedConfig } from 'payload'

import { brandOf } from './BrandLogo'

/**
 * The config with the newsletter's name as the admin's title suffix ("Stories · The Batch"), read
 * from the Newsletter global each time, so renaming the newsletter renames the admin's tabs. For
 * Payload's `generatePageMetadata` in the admin page.
 */
export async function withBrandedTitle(
  configPromise: Promise<SanitizedConfig> | SanitizedConfig,
): Promise<SanitizedConfig> {
  const config = await configPromise
  const { name } = await brandOf(await getPayload({ config }))
  return {
    ...config,
    admin: { ...config.admin, meta: { ...config.admin.meta, titleSuffix: ` · ${name}` } },
  }
}
