/**
 * For the host's Next.js routes: Payload's GraphQL route with the site's whole-answer cache in
 * front (../site/responseCache). Payload gives a plugin no hook before its GraphQL handler, so a
 * project puts this in `app/(payload)/api/graphql/route.ts` in place of Payload's own.
 */
import { GRAPHQL_POST as payloadGraphQLPOST } from '@payloadcms/next/routes'
import { getPayload, type SanitizedConfig } from 'payload'

import { withSiteResponseCache } from '../site/responseCache'

export const GRAPHQL_POST = (config: Promise<SanitizedConfig> | SanitizedConfig) =>
  withSiteResponseCache(payloadGraphQLPOST(config), () => getPayload({ config }))
