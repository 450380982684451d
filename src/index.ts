import path from 'node:path'

import type { CollectionConfig, CollectionSlug, Config, GraphQLExtension } from 'payload'

import { Figures } from '../collections/Figures'
import { Issues } from '../collections/Issues'
import { Sponsors } from '../collections/Sponsors'
import { Stories } from '../collections/Stories'
import { Users, withRoles } from '../collections/Users'
import { Newsletter } from '../globals/Newsletter'
import { workflowMutations } from './graphql/workflowMutations'
import { publishScheduledIssue } from './jobs/publishScheduledIssue'
import { resolveRuleOptions, type NewsdeskOptions, type ResolvedNewsdeskOptions } from './options'
import { readinessQueries } from './readinessApi'
import { withWorkflow } from './withWorkflow'
import { makeFigureAvifTask } from './figures/avifTask'
import { figureSettings } from './figures/settings'
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
        withWorkflow(Issues, usersSlug),
        withWorkflow(Stories, usersSlug),
        Figures(figuresDir, figures),
        withWorkflow(Sponsors, usersSlug),
      ],
      globals: [...(config.globals ?? []), Newsletter],
      jobs: {
        ...config.jobs,
        tasks: [...(config.jobs?.tasks ?? []), publishScheduledIssue, makeFigureAvifTask(figures, figuresDir)],
      },
      upload: withFigureUploadLimits(config.upload, figures),
      graphQL: {
        ...config.graphQL,
        mutations: withExtension(config.graphQL?.mutations, workflowMutations),
        queries: withExtension(config.graphQL?.queries, readinessQueries),
      },
    }
  }
