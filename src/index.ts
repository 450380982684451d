import path from 'node:path'

import type { CollectionConfig, CollectionSlug, Config, GraphQLExtension } from 'payload'

import { Editions } from '../collections/Editions'
import { Figures } from '../collections/Figures'
import { Issues } from '../collections/Issues'
import { PreviewLinks } from '../collections/PreviewLinks'
import { Sponsors } from '../collections/Sponsors'
import { Stories } from '../collections/Stories'
import { Users, withRoles } from '../collections/Users'
import { Newsletter } from '../globals/Newsletter'
import { capPageSize } from '../hooks/capPageSize'
import {
  invalidateSiteCacheAfterCommits,
  invalidateSiteCacheOnDelete,
  invalidateSiteCacheOnGlobalSave,
  invalidateSiteCacheOnPublish,
  invalidateSiteCacheOnSave,
} from '../hooks/invalidateSiteCache'
import { refreshEditionsOnDelete, refreshEditionsOnPublish, refreshEditionsOnSave } from '../hooks/refreshEditions'
import { siteEndpoints } from './endpoints/siteReads'
import { siteMaxComplexity, siteQueries } from './graphql/siteQueries'
import { workflowMutations } from './graphql/workflowMutations'
import { publishScheduledIssue } from './jobs/publishScheduledIssue'
import { resolveRuleOptions, type NewsdeskOptions, type ResolvedNewsdeskOptions } from './options'
import { readinessQueries } from './readinessApi'
import { syncSiteCacheThroughRedis } from './site/redisSync'
import { withWorkflow } from './withWorkflow'
import { makeFigureAvifTask } from './figures/avifTask'
import { figureSettings } from './figures/settings'
import { previewSettings } from './preview/settings'
import { withFigureUploadLimits } from './figures/uploadLimits'

export type { NewsdeskOptions } from './options'
export { roles, type Role } from './roles'
export { slugs } from './slugs'
export { assertReady, NotReadyError, readinessOf, type Problem, type Readiness, type ReadinessCollection } from './readiness'

/** Adds roles to the host's users collection, or brings a users collection when there is none. */
const withNewsroomUsers = (collections: CollectionConfig[], usersSlug: string): CollectionConfig[] =>
  collections.some((collection) => collection.slug === usersSlug)
    ? collections.map((collection) => (collection.slug === usersSlug ? withRoles(collection) : collection))
    : [...collections, Users(usersSlug)]

const withExtension =
  (existing: GraphQLExtension | undefined, added: GraphQLExtension): GraphQLExtension =>
  (graphQL, context) => ({ ...existing?.(graphQL, context), ...added(graphQL, context) })

/** The most documents one API request may list from a Newsdesk collection. */
export const maxListSize = 100

const withPageSizeCap = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  hooks: { ...collection.hooks, beforeOperation: [...(collection.hooks?.beforeOperation ?? []), capPageSize(maxListSize)] },
})

/**
 * The changes readers see: they remake the editions that show the document (src/site/editions.ts),
 * then clear the cache of published reads (src/site/cache.ts).
 */
const withSiteUpkeep = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  hooks: {
    ...collection.hooks,
    afterChange: [
      ...(collection.hooks?.afterChange ?? []),
      ...(collection.versions ? [refreshEditionsOnPublish, invalidateSiteCacheOnPublish] : [refreshEditionsOnSave, invalidateSiteCacheOnSave]),
    ],
    afterDelete: [...(collection.hooks?.afterDelete ?? []), refreshEditionsOnDelete, invalidateSiteCacheOnDelete],
  },
})

/**
 * The Newsdesk plugin: the collections, globals and rules of a newsletter's editorial desk,
 * added to any Payload config.
 */
export const newsdesk =
  (options: NewsdeskOptions = {}) =>
  (config: Config): Config => {
    if (options.disabled) return config
    const usersSlug = (options.usersSlug ?? config.admin?.user ?? 'users') as CollectionSlug
    const figuresDir = options.figuresDir ?? path.resolve(process.cwd(), 'figures')
    const resolved: ResolvedNewsdeskOptions = { rules: resolveRuleOptions(options.rules) }
    const figures = figureSettings(options.figures)
    return {
      ...config,
      admin: { ...config.admin, user: usersSlug },
      // Hooks, endpoints and admin components read the resolved options here, through `ruleOptionsOf`.
      custom: { ...config.custom, newsdesk: resolved },
      collections: [
        ...withNewsroomUsers(config.collections ?? [], usersSlug),
        ...[withWorkflow(Issues, usersSlug), withWorkflow(Stories, usersSlug), Figures(figuresDir, figures), withWorkflow(Sponsors, usersSlug)]
          .map(withPageSizeCap)
          .map(withSiteUpkeep),
        Editions,
        withPageSizeCap(PreviewLinks(previewSettings(options.preview), usersSlug)),
      ],
      endpoints: [...(config.endpoints ?? []), ...siteEndpoints],
      globals: [
        ...(config.globals ?? []),
        { ...Newsletter, hooks: { ...Newsletter.hooks, afterChange: [...(Newsletter.hooks?.afterChange ?? []), invalidateSiteCacheOnGlobalSave] } },
      ],
      onInit: async (payload) => {
        invalidateSiteCacheAfterCommits(payload)
        const { namespace = 'default', redisURL } = options.siteCache ?? {}
        if (redisURL) await syncSiteCacheThroughRedis(payload, { namespace, redisURL })
        await config.onInit?.(payload)
      },
      jobs: {
        ...config.jobs,
        tasks: [...(config.jobs?.tasks ?? []), publishScheduledIssue, makeFigureAvifTask(figures, figuresDir)],
      },
      upload: withFigureUploadLimits(config.upload, figures),
      graphQL: {
        // Explicit, as the public site depends on them: no schema browsing in production, and a
        // complexity budget that the site's largest page query fits and alias or nesting abuse does not.
        disableIntrospectionInProduction: true,
        disablePlaygroundInProduction: true,
        maxComplexity: siteMaxComplexity,
        ...config.graphQL,
        mutations: withExtension(config.graphQL?.mutations, workflowMutations),
        queries: withExtension(withExtension(config.graphQL?.queries, readinessQueries), siteQueries),
      },
    }
  }
