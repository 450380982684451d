/**
 * The plugin's options: one `NewsdeskOptions` a project passes to `newsdesk()`, and one resolver
 * that fills in every default and checks what it can, once, when the config is built. Everything
 * the plugin runs on reads the resolved options, from `config.custom.newsdesk` (`optionsOf`).
 */
import type { CollectionSlug, Config } from 'payload'

import { resolveRuleOptions } from '../hooks/rules/options'
import type { RuleOptions, RuleOptionsInput } from '../hooks/rules/types'
import { figureSettings, type FigureOptions, type FigureSettings } from './figures/settings'
import { previewSettings, type PreviewOptions, type PreviewSettings } from './preview/settings'

export interface SiteCacheOptions {
  /**
   * A Redis that every process on this database reaches (`redis://[:password@]host:port[/db]`).
   * Each process then tells the others when published content changed, so all of them can cache
   * the site's reads. Unset: the cache hears this process's changes only, which is right for a
   * single app server that also runs the job queues.
   * @default undefined
   */
  redisURL?: string
  /**
   * Keeps deployments that share one Redis from clearing each other's caches; every process on
   * one database must use the same. Shared by default, which costs only extra clears.
   * @default 'default'
   */
  namespace?: string
}

export interface DeskOptions {
  /**
   * How many days before an issue's send date (its publish date) the stories and sponsor blocks in
   * it are due, approved; the dashboard marks work past it as overdue.
   * @default 2
   */
  reviewLeadDays?: number
}

export interface NewsdeskOptions {
  /**
   * GraphQL requests one anonymous client address may make a minute beyond those the site's answer
   * cache serves; past it the answer is 429 with Retry-After. Logged-in staff are not counted. The
   * address is the last in X-Forwarded-For, so put one proxy that sets it in front. Raise it when
   * the site's own server, one address for all its readers, renders through GraphQL; `false`
   * turns the limit off (benchmarks).
   * @default 120
   */
  anonymousGraphQLPerMinute?: number | false
  /** The desk's due dates; see DeskOptions for each default. */
  desk?: DeskOptions
  /**
   * Keeps the collections, globals and fields (so the database schema stays the same) but adds no
   * hooks, endpoints, GraphQL queries, jobs or admin components: the desk is switched off.
   * @default false
   */
  disabled?: boolean
  /** Where figures are stored, and how they are processed; see FigureOptions for each default. */
  figures?: FigureOptions
  /** Lifetimes and address of preview links; see PreviewOptions for each default. */
  preview?: PreviewOptions
  /**
   * The rules a story and an issue must pass before review and publishing: required sections,
   * their order, length limits, and which rules only warn. The defaults follow the newsletter's
   * anatomy (`defaultRuleOptions`).
   */
  rules?: RuleOptionsInput
  /** How the cache of the site's published reads hears of changes made by other processes. */
  siteCache?: SiteCacheOptions
  /**
   * The auth collection whose users get newsroom roles; created when the config lacks it.
   * @default config.admin.user, else 'users'
   */
  usersSlug?: string
}

/** Every option with its default filled in: what the plugin's parts are built from. */
export interface ResolvedNewsdeskOptions {
  anonymousGraphQLPerMinute: number | false
  desk: Required<DeskOptions>
  disabled: boolean
  figures: FigureSettings
  preview: PreviewSettings
  rules: RuleOptions
  siteCache: Required<Pick<SiteCacheOptions, 'namespace'>> & Pick<SiteCacheOptions, 'redisURL'>
  usersSlug: CollectionSlug
}

function requestsPerMinute(value: number | false = 120): number | false {
  if (value !== false && !(Number.isInteger(value) && value > 0)) {
    throw new Error(
      `newsdesk: anonymousGraphQLPerMinute must be a whole number above 0, or false; got ${value}`,
    )
  }
  return value
}

function leadDays(value: number = 2): number {
  if (!(Number.isFinite(value) && value >= 0)) {
    throw new Error(
      `newsdesk: desk.reviewLeadDays must be a number of days, 0 or more; got ${value}`,
    )
  }
  return value
}

export function resolveOptions(
  options: NewsdeskOptions,
  config: Pick<Config, 'admin'>,
): ResolvedNewsdeskOptions {
  return {
    anonymousGraphQLPerMinute: requestsPerMinute(options.anonymousGraphQLPerMinute),
    desk: { reviewLeadDays: leadDays(options.desk?.reviewLeadDays) },
    disabled: options.disabled ?? false,
    figures: figureSettings(options.figures),
    preview: previewSettings(options.preview),
    rules: resolveRuleOptions(options.rules),
    siteCache: {
      namespace: options.siteCache?.namespace ?? 'default',
      redisURL: options.siteCache?.redisURL,
    },
    usersSlug: (options.usersSlug ?? config.admin?.user ?? 'users') as CollectionSlug,
  }
}

/** The resolved options of a config the plugin has built. */
export function optionsOf(config: { custom?: Record<string, unknown> }): ResolvedNewsdeskOptions {
  const resolved = config.custom?.newsdesk as ResolvedNewsdeskOptions | undefined
  if (!resolved)
    throw new Error('newsdesk: this Payload config was not built with the newsdesk() plugin.')
  return resolved
}
