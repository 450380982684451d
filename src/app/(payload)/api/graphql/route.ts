import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'
import { getPayload } from 'payload'

import { withSiteResponseCache } from '../../../../graphql/siteResponseCache'

export const POST = withSiteResponseCache(GRAPHQL_POST(config), () => getPayload({ config }))
export const OPTIONS = REST_OPTIONS(config)
