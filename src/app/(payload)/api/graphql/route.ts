import config from '@payload-config'
import { REST_OPTIONS } from '@payloadcms/next/routes'
import { GRAPHQL_POST } from 'newsdesk/next'

export const POST = GRAPHQL_POST(config)
export const OPTIONS = REST_OPTIONS(config)
