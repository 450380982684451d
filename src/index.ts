/**
 * The Newsdesk plugin: the collections, globals, workflow and rules of a newsletter's editorial
 * desk, added to any Payload config. It resolves its options once and composes the domains:
 * workflow (./workflow), the desk's work queues (./desk), stale writes (./concurrency), readiness (./readiness), figures (./figures), the site's reads and
 * their caches (./site), preview links (./preview) and access (./access).
 */
import type { CollectionConfig, Config } from 'payload'

import { Editions } from '../collections/Editions'
import { Figures } from '../collections/Figures'
import { Issues } from '../collections/Issues'
import { PreviewLinks } from '../collections/PreviewLinks'
import { Sponsors } from '../collections/Sponsors'
import { Stories } from '../collections/Stories'
import { withNewsroomUsers, withRolesField } from '../collections/Users'
import { answerDatabaseUnavailable } from '../hooks/shared/answerDatabaseUnavailable'
import { answerLockedAsIncorrect } from '../hooks/users/answerLockedAsIncorrect'
import { Newsletter } from '../globals/Newsletter'
import { maxGraphQLComplexity, priceGeneratedLists } from './access/graphqlCost'
import { withTimeBudget } from './access/graphqlLimits'
import { withPageSizeCap } from './access/pageSize'
import { withQueryInputChecks } from './access/queryInput'
import { withStaleWriteChecks } from './concurrency/collection'
import { withWorkQueues } from './desk/workQueues'
import { staleWriteErrorName } from './concurrency/staleWrites'
import { figureAutoRun, makeFigureAvifTask } from './figures/avifTask'
import { withFigureUploadLimits } from './figures/uploadLimits'
import { resolveOptions, type NewsdeskOptions, type ResolvedNewsdeskOptions } from './options'
import { readinessQueries } from './readiness/api'
import { schemaOnly, withExtension } from './shared/config'
import { rememberUnavailableDatabase } from './shared/databaseUnavailable'
import { withRequestBodyChecks } from './shared/requestBody'
import { siteEndpoints } from './site/endpoints'
import { siteQueries } from './site/graphql'
import { startSiteCacheUpkeep, withSiteUpkeep, withSiteUpkeepOfGlobal } from './site/upkeep'
import { withWorkflow } from './workflow/collection'
import { workflowMutations } from './workflow/graphql'
import { publishScheduledIssue } from './workflow/scheduledPublish'

export type { NewsdeskOptions, ResolvedNewsdeskOptions, SiteCacheOptions } from './options'
export { optionsOf } from './options'
export type { FigureOptions } from './figures/settings'
export type { PreviewOptions } from './preview/settings'
export type { RuleOptionsInput, RuleOptions, Problem, Readiness } from '../hooks/rules/types'
export { defaultRuleOptions } from '../hooks/rules/options'
export { roles, type Role } from './shared/roles'
export { slugs } from './shared/slugs'
export { actions, stages, type ActionName, type Stage } from './workflow/table'
export { runWorkflowAction } from './workflow/server'
export {
  assertReady,
  NotReadyError,
  readinessOf,
  type ReadinessCollection,
} from './readiness/readiness'

/** The plugin's collections and globals, with every domain's hooks, endpoints and admin parts. */
function desk(
  config: Config,
  options: ResolvedNewsdeskOptions,
): Pick<Config, 'collections' | 'globals'> {
  const { usersSlug } = options
  return {
    collections: [
      ...withNewsroomUsers(config, options).map((collection) =>
        collection.slug === usersSlug
          ? withQueryInputChecks(withPageSizeCap(collection))
          : collection,
      ),
      ...[
        withStaleWriteChecks(withWorkflow(Issues, usersSlug)),
        withStaleWriteChecks(withWorkflow(Stories, usersSlug)),
        Figures(options),
        withStaleWriteChecks(withWorkflow(Sponsors, usersSlug)),
      ]
        .map(withPageSizeCap)
        .map(withQueryInputChecks)
        .map(withTimeBudget)
        .map(withSiteUpkeep)
        .map(withRequestBodyChecks),
      Editions,
      withRequestBodyChecks(
        withTimeBudget(withQueryInputChecks(withPageSizeCap(PreviewLinks(options)))),
      ),
    ],
    globals: [...(config.globals ?? []), withSiteUpkeepOfGlobal(Newsletter)],
  }
}

export const newsdesk =
  (pluginOptions: NewsdeskOptions = {}) =>
  (config: Config): Config => {
    const options = resolveOptions(pluginOptions, config)
    const { collections = [], globals = [] } = desk(config, options)
    const tasks = [
      ...(config.jobs?.tasks ?? []),
      publishScheduledIssue,
      makeFigureAvifTask(options.figures),
    ]
    const shared: Config = {
      ...config,
      admin: { ...config.admin, user: options.usersSlug },
      // A query the caller got wrong answers 400 (src/access/queryRules.ts), and a save over someone
      // else's 409 (src/concurrency): neither is a server fault.
      // Payload looks levels up by error name; its type knows only the names of its own errors.
      loggingLevels: {
        QueryError: 'info',
        ...({ [staleWriteErrorName]: 'info' } as Config['loggingLevels']),
        ...config.loggingLevels,
      },
      // Every part reads the resolved options here, through `optionsOf`.
      custom: { ...config.custom, newsdesk: options },
    }
    if (options.disabled) {
      const hosts = new Map(
        (config.collections ?? []).map((collection) => [collection.slug, collection]),
      )
      const keepSchema = (collection: CollectionConfig) => {
        const host = hosts.get(collection.slug)
        if (!host) return schemaOnly(collection)
        return collection.slug === options.usersSlug ? withRolesField(host) : host
      }
      return {
        ...shared,
        collections: collections.map(keepSchema),
        globals: globals.map((global) =>
          config.globals?.includes(global) ? global : schemaOnly(global),
        ),
        // The tasks' slugs are part of the jobs collection's schema; with no hook to queue them, none runs.
        jobs: { ...config.jobs, tasks },
      }
    }
    return {
      ...shared,
      admin: withWorkQueues({
        ...shared.admin,
        components: {
          ...shared.admin?.components,
          graphics: { Logo: 'newsdesk/rsc#BrandLogo', ...shared.admin?.components?.graphics },
        },
      }),
      collections,
      globals,
      endpoints: [...(config.endpoints ?? []), ...siteEndpoints],
      hooks: {
        ...config.hooks,
        afterError: [
          ...(config.hooks?.afterError ?? []),
          answerLockedAsIncorrect,
          answerDatabaseUnavailable,
        ],
      },
      onInit: async (payload) => {
        rememberUnavailableDatabase(payload)
        await startSiteCacheUpkeep(payload, options)
        await config.onInit?.(payload)
      },
      jobs: { ...config.jobs, autoRun: figureAutoRun(config.jobs?.autoRun), tasks },
      upload: withFigureUploadLimits(config.upload, options.figures),
      graphQL: {
        // Explicit, as the public site depends on them: no schema browsing in production, and a
        // complexity budget, lists priced by what they return, that the site's largest page query
        // fits and alias or nesting abuse does not (./access/graphqlCost).
        disableIntrospectionInProduction: true,
        disablePlaygroundInProduction: true,
        maxComplexity: maxGraphQLComplexity,
        ...config.graphQL,
        mutations: withExtension(config.graphQL?.mutations, workflowMutations),
        queries: withExtension(
          withExtension(
            withExtension(config.graphQL?.queries, priceGeneratedLists),
            readinessQueries,
          ),
          siteQueries,
        ),
      },
    }
  }
