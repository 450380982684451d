import { checkDek } from './story/checkDek'
import { checkHeadline } from './story/checkHeadline'
import { checkSectionOrder } from './story/checkSectionOrder'
import { rejectEmptySections } from './story/rejectEmptySections'
import { rejectRepeatedSections } from './story/rejectRepeatedSections'
import { requireAbsoluteLinks } from './story/requireAbsoluteLinks'
import { requireHeroFigureWithAlt } from './story/requireHeroFigureWithAlt'
import { requireLetterGreetingAndSignOff } from './issue/requireLetterGreetingAndSignOff'
import { requireReadyStories } from './issue/requireReadyStories'
import { notePublishDate } from './issue/notePublishDate'
import { requireSections } from './story/requireSections'
import type {
  IssueContent,
  IssueRule,
  Problem,
  Readiness,
  Rule,
  RuleOptions,
  Severity,
  StoryContent,
  StoryRule,
} from './types'

/** The story rules in checklist order: top of the form to the bottom. */
export const storyRules: StoryRule[] = [
  checkHeadline,
  checkDek,
  requireHeroFigureWithAlt,
  requireSections,
  checkSectionOrder,
  rejectRepeatedSections,
  rejectEmptySections,
  requireAbsoluteLinks,
]

export const issueRules: IssueRule[] = [
  requireLetterGreetingAndSignOff,
  requireReadyStories,
  notePublishDate,
]

export const ruleNames: readonly string[] = [...storyRules, ...issueRules].map((rule) => rule.name)

export interface RuleInForce {
  label: string
  name: string
  severity: Severity
}

/** The rules a newsroom applies, with the severity it gave each; rules switched off are left out. */
export const rulesInForce = <Content>(
  rules: Rule<Content>[],
  options: RuleOptions,
): (Rule<Content> & RuleInForce)[] =>
  rules.flatMap((rule) => {
    const severity = options.severity[rule.name] ?? 'error'
    return severity === 'off' ? [] : [{ ...rule, severity }]
  })

function run<Content>(rules: Rule<Content>[], content: Content, options: RuleOptions): Readiness {
  const problems: Problem[] = rulesInForce(rules, options).flatMap(({ check, name, severity }) =>
    check(content, options).map((finding) => ({ ...finding, rule: name, severity })),
  )
  return { problems, ready: problems.every((problem) => problem.severity !== 'error') }
}

/** Runs every story rule at once, so an editor or API caller sees all that is wrong, not the first. */
export const checkStory = (story: StoryContent, options: RuleOptions): Readiness =>
  run(storyRules, story, options)

export const checkIssue = (issue: IssueContent, options: RuleOptions): Readiness =>
  run(issueRules, issue, options)
