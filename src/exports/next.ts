/**
 * For the host's Next.js routes: Payload's GraphQL route with the request limits in front of it
 * (../access/graphqlLimits) and the site's whole-answer cache in front of those
 * (../site/responseCache), so that an answer from the cache is not counted. Payload gives a plugin
 * no hook before its GraphQL handler, so a project puts this in `app/(payload)/api/graphql/route.ts`
 * in place of Payload's own.
 */
import { GRAPHQL_POST as payloadGraphQLPOST } from '@payloadcms/next/routes'
import { getPayload, type SanitizedConfig } from 'payload'

import { withGraphQLLimits } from '../access/graphqlLimits'
import { withSiteResponseCache } from '../site/responseCache'

export const GRAPHQL_POST = (config: Promise<SanitizedConfig> | SanitizedConfig) => {
  const payload = () => getPayload({ config })
  return withSiteResponseCache(withGraphQLLimits(payloadGraphQLPOST(config), payload), payload)
}

export { withBrandedTitle } from '../branding/metadata'
