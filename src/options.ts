import type { FigureOptions } from './figures/settings'
import type { PreviewOptions } from './preview/settings'
import { ruleNames } from './rules'
import { genericSection, sectionKinds, type NamedSectionKind } from './sections'
import type { Severity } from './ruleTypes'

/** How strictly each rule is applied: an error blocks review and publishing, a warning only shows. */
export type RuleSeverity = Severity | 'off'

export interface SectionOrder {
  /** Kinds that open a story, in this order (those present). */
  opening: NamedSectionKind[]
  /** Kinds that close a story, in this order, with nothing after or between them (those present). */
  closing: NamedSectionKind[]
  /** Pairs `[a, b]`: when a story has both, `a` comes before `b`. */
  before: [NamedSectionKind, NamedSectionKind][]
}

export interface RuleLimits {
  /** Longest headline, in characters. */
  headline: number
  /** Longest dek, in characters. */
  dek: number
  /** Most sentences a dek may have. */
  dekSentences: number
  /** Longest line that still counts as a letter's greeting or sign-off, in characters. */
  letterLine: number
}

/** The story and issue rules as the plugin applies them, every default filled in. */
export interface RuleOptions {
  limits: RuleLimits
  requiredSections: NamedSectionKind[]
  sectionOrder: SectionOrder
  /** By rule name (`checkDek`, `requireSections`, ...); rules not named are errors. */
  severity: Record<string, RuleSeverity>
}

export interface RuleOptionsInput {
  limits?: Partial<RuleLimits>
  requiredSections?: NamedSectionKind[]
  sectionOrder?: Partial<SectionOrder>
  severity?: Record<string, RuleSeverity>
}

export interface SiteCacheOptions {
  /**
   * A Redis that every process on this database reaches (`redis://[:password@]host:port[/db]`).
   * Each process then tells the others when published content changed, so all of them can cache
   * the site's reads. Unset: the cache hears this process's changes only, which is right for a
   * single app server that also runs the job queues.
   */
  redisURL?: string
  /**
   * Keeps deployments that share one Redis from clearing each other's caches; every process on
   * one database must use the same. Default `default`: shared, which costs only extra clears.
   */
  namespace?: string
}

export interface NewsdeskOptions {
  /** Leave the config untouched, e.g. to switch the plugin off in one environment. Default false. */
  disabled?: boolean
  /**
   * Where uploaded figures are stored on disk. Default: `figures` under the working directory.
   * A figure's original and all its renditions (sizes, formats, crops) are kept here; a storage
   * adapter (S3 and the like) would take over the original only.
   */
  figuresDir?: string
  /**
   * The rules a story and an issue must pass before review and publishing: required sections,
   * their order, length limits, and which rules only warn. Defaults follow the newsletter's anatomy.
   */
  rules?: RuleOptionsInput
  /** Sizes, formats, quality, limits and concurrency of figure processing; see FigureOptions for the defaults. */
  figures?: FigureOptions
  /** Lifetimes and address of preview links; see PreviewOptions for the defaults. */
  preview?: PreviewOptions
  /** How the cache of the site's published reads hears of changes made by other processes. */
  siteCache?: SiteCacheOptions
  /** The auth collection whose users get newsroom roles; created when the config lacks it. Default `users`. */
  usersSlug?: string
}

export const defaultRuleOptions: RuleOptions = {
  limits: { dek: 200, dekSentences: 1, headline: 90, letterLine: 60 },
  requiredSections: ['whatsNew', 'whyItMatters', 'wereThinking'],
  sectionOrder: {
    before: [['keyInsight', 'howItWorks']],
    closing: ['whyItMatters', 'wereThinking'],
    opening: ['whatsNew'],
  },
  severity: {},
}

const namedKinds: readonly string[] = sectionKinds.map((kind) => kind.slug)

function assertNamedKinds(kinds: readonly string[], option: string): void {
  const unknown = kinds.filter((kind) => !namedKinds.includes(kind))
  if (unknown.length > 0) {
    const hint = unknown.includes(genericSection.slug) ? ' (the generic section cannot be required or ordered)' : ''
    throw new Error(`newsdesk: rules.${option} names unknown section kinds ${unknown.join(', ')}${hint}; known: ${namedKinds.join(', ')}`)
  }
}

const severities: readonly string[] = ['error', 'warning', 'off'] satisfies RuleSeverity[]

function assertSeverities(severity: Record<string, string>): void {
  for (const [rule, level] of Object.entries(severity)) {
    if (!ruleNames.includes(rule)) throw new Error(`newsdesk: rules.severity names unknown rule ${rule}; known: ${ruleNames.join(', ')}`)
    if (!severities.includes(level)) throw new Error(`newsdesk: rules.severity.${rule} is "${level}"; use ${severities.join(', ')}`)
  }
}

/** Fills in defaults and refuses unknown section kinds and rules, so a typo fails at start-up. */
export function resolveRuleOptions(input: RuleOptionsInput = {}): RuleOptions {
  const resolved: RuleOptions = {
    limits: { ...defaultRuleOptions.limits, ...input.limits },
    requiredSections: input.requiredSections ?? defaultRuleOptions.requiredSections,
    sectionOrder: { ...defaultRuleOptions.sectionOrder, ...input.sectionOrder },
    severity: { ...input.severity },
  }
  assertNamedKinds(resolved.requiredSections, 'requiredSections')
  assertNamedKinds(resolved.sectionOrder.opening, 'sectionOrder.opening')
  assertNamedKinds(resolved.sectionOrder.closing, 'sectionOrder.closing')
  assertNamedKinds(resolved.sectionOrder.before.flat(), 'sectionOrder.before')
  assertSeverities(resolved.severity)
  return resolved
}

/** The plugin's resolved options, as it stores them in `config.custom.newsdesk`. */
export interface ResolvedNewsdeskOptions {
  rules: RuleOptions
}

/** The rule options of a built config; a config without the plugin's entry gets the defaults. */
export const ruleOptionsOf = (config: { custom?: Record<string, unknown> }): RuleOptions =>
  (config.custom?.newsdesk as ResolvedNewsdeskOptions | undefined)?.rules ?? defaultRuleOptions
