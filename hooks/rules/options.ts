/**
 * The rules' defaults, and the resolver that fills them in and refuses unknown section kinds and
 * rule names, so a typo in the plugin options fails at start-up rather than on the first submit.
 */
import { ruleNames } from './index'
import { genericSection, sectionKinds } from '../../src/shared/sections'
import type { RuleOptions, RuleOptionsInput, RuleSeverity } from './types'

export const defaultRuleOptions: RuleOptions = {
  limits: { dek: 200, dekSentences: 1, headline: 90, letterLine: 60 },
  requiredSections: ['whatsNew', 'whyItMatters', 'wereThinking'],
  sectionOrder: {
    before: [['keyInsight', 'howItWorks']],
    closing: ['whyItMatters', 'wereThinking'],
    opening: ['whatsNew'],
  },
  // A missing publish date is filled in at publish: worth knowing, never a reason to stop.
  severity: { notePublishDate: 'warning' },
}

const namedKinds: readonly string[] = sectionKinds.map((kind) => kind.slug)

function assertNamedKinds(kinds: readonly string[], option: string): void {
  const unknown = kinds.filter((kind) => !namedKinds.includes(kind))
  if (unknown.length > 0) {
    const hint = unknown.includes(genericSection.slug)
      ? ' (the generic section cannot be required or ordered)'
      : ''
    throw new Error(
      `newsdesk: rules.${option} names unknown section kinds ${unknown.join(', ')}${hint}; known: ${namedKinds.join(', ')}`,
    )
  }
}

const severities: readonly string[] = ['error', 'warning', 'off'] satisfies RuleSeverity[]

function assertSeverities(severity: Record<string, string>): void {
  for (const [rule, level] of Object.entries(severity)) {
    if (!ruleNames.includes(rule))
      throw new Error(
        `newsdesk: rules.severity names unknown rule ${rule}; known: ${ruleNames.join(', ')}`,
      )
    if (!severities.includes(level))
      throw new Error(
        `newsdesk: rules.severity.${rule} is "${level}"; use ${severities.join(', ')}`,
      )
  }
}

export function resolveRuleOptions(input: RuleOptionsInput = {}): RuleOptions {
  const resolved: RuleOptions = {
    limits: { ...defaultRuleOptions.limits, ...input.limits },
    requiredSections: input.requiredSections ?? defaultRuleOptions.requiredSections,
    sectionOrder: { ...defaultRuleOptions.sectionOrder, ...input.sectionOrder },
    severity: { ...defaultRuleOptions.severity, ...input.severity },
  }
  assertNamedKinds(resolved.requiredSections, 'requiredSections')
  assertNamedKinds(resolved.sectionOrder.opening, 'sectionOrder.opening')
  assertNamedKinds(resolved.sectionOrder.closing, 'sectionOrder.closing')
  assertNamedKinds(resolved.sectionOrder.before.flat(), 'sectionOrder.before')
  assertSeverities(resolved.severity)
  return resolved
}
