import type { RuleOptions } from './options'
import { characterCount } from './text'
import type { ID } from './readable'

/**
 * Shapes shared by the story and issue rules. Everything here and in the rule files is pure
 * (no Payload runtime, no Node APIs), so the admin checklist runs the very same rules in the
 * browser on the form's state.
 */

export type Severity = 'error' | 'warning'

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
  return length > limit ? [{ message: `${label} is ${length} characters; keep it to ${limit} or fewer.`, path }] : []
}
