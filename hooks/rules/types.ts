import type { NamedSectionKind } from '../../src/shared/sections'
import { characterCount } from '../../src/shared/text'
import type { ID } from '../../src/shared/ids'

/**
 * Shapes shared by the story and issue rules. Everything here and in the rule files is pure
 * (no Payload runtime, no Node APIs), so the admin checklist runs the very same rules in the
 * browser on the form's state.
 */

export type Severity = 'error' | 'warning'

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

/** What a rule found wrong, and where: a field path the admin form knows (`sections.2.body`). */
export interface Finding {
  message: string
  path: string
}

export interface Problem extends Finding {
  rule: string
  severity: Severity
}

export interface Readiness {
  /** False while any problem has severity `error`; warnings never block. */
  ready: boolean
  problems: Problem[]
}

export interface FigureContent {
  alt?: string | null
  filename?: string | null
  id?: ID
}

export interface SectionContent {
  blockType: string
  body?: unknown
  heading?: string | null
  label?: string | null
}

/** A story as the rules read it; the hero figure is resolved to its record when it can be. */
export interface StoryContent {
  dek?: string | null
  headline?: string | null
  heroFigure?: FigureContent | ID | null
  sections?: SectionContent[] | null
}

/** One story placed in an issue, with the readiness worked out for it (null: it no longer exists). */
export interface PlacedStory {
  headline: string
  path: string
  readiness: Readiness | null
}

export interface IssueContent {
  letter?: unknown
  publishDate?: string | null
  stories: PlacedStory[]
}

export interface Rule<Content> {
  /** What an editor reads in the checklist. */
  label: string
  name: string
  check: (content: Content, options: RuleOptions) => Finding[]
}

export type StoryRule = Rule<StoryContent>
export type IssueRule = Rule<IssueContent>

/** A finding when a text field is longer than its limit, in characters as a reader counts them. */
export function overLength(label: string, path: string, text: string, limit: number): Finding[] {
  const length = characterCount(text)
  return length > limit
    ? [{ message: `${label} is ${length} characters; keep it to ${limit} or fewer.`, path }]
    : []
}
