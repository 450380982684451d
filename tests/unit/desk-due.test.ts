/**
 * Due dates as the dashboard reckons them: an issue on its send date, what it carries the review
 * lead before the soonest unpublished issue carrying it, and overdue only short of approval.
 */
import { dueDates, dueOf, isOverdue, type PlannedIssue } from '../../src/desk/due'

const issue = (
  id: number,
  publishDate: string | null,
  layout: PlannedIssue['layout'] = [],
): PlannedIssue => ({ id, layout, number: 100 + id, publishDate })

describe('due dates', () => {
  const issues = [
    issue(1, '2026-12-10T09:00:00.000Z', [
      { blockType: 'story', story: 7 },
      { blockType: 'sponsor', sponsor: { id: 3 } },
    ]),
    // The same story in a later issue too: the sooner issue sets its date.
    issue(2, '2026-12-17T09:00:00.000Z', [
      { blockType: 'story', story: { id: 7 } },
      { blockType: 'story', story: 8 },
    ]),
    issue(3, null, [{ blockType: 'story', story: 9 }]),
  ]
  // Reckoned in each test, not once here: a mutation tester changes the code per test.
  let due: ReturnType<typeof dueDates>
  beforeEach(() => {
    due = dueDates(issues, 2)
  })

  it('dates an issue on its send date and its contents the lead before it', () => {
    expect(dueOf(due, 'issues', 1)).toEqual({ at: '2026-12-10T09:00:00.000Z', issueNumber: 101 })
    expect(dueOf(due, 'stories', 7)).toEqual({ at: '2026-12-08T09:00:00.000Z', issueNumber: 101 })
    expect(dueOf(due, 'sponsors', 3)).toEqual({ at: '2026-12-08T09:00:00.000Z', issueNumber: 101 })
    expect(dueOf(due, 'stories', '8')).toEqual({ at: '2026-12-15T09:00:00.000Z', issueNumber: 102 })
  })

  it('keeps the first of two issues sending at the same moment', () => {
    const twins = [
      issue(4, '2026-12-10T09:00:00.000Z', [{ blockType: 'story', story: 7 }]),
      issue(5, '2026-12-10T09:00:00.000Z', [{ blockType: 'story', story: 7 }]),
    ]
    expect(dueOf(dueDates(twins, 2), 'stories', 7)?.issueNumber).toBe(104)
  })

  it('dates a sponsor by its sponsor block only, and a story by its story block only', () => {
    const mixed = dueDates(
      [
        issue(6, '2026-12-10T09:00:00.000Z', [
          { blockType: 'story', sponsor: 11, story: 12 },
          { blockType: 'sponsor', sponsor: 13, story: 14 },
        ]),
      ],
      2,
    )
    expect(dueOf(mixed, 'sponsors', 11)).toBeUndefined()
    expect(dueOf(mixed, 'stories', 14)).toBeUndefined()
    expect(dueOf(mixed, 'stories', 12)).toBeDefined()
    expect(dueOf(mixed, 'sponsors', 13)).toBeDefined()
  })

  it('takes the soonest issue whatever order the issues come in', () => {
    expect(dueOf(dueDates([...issues].reverse(), 2), 'stories', 7)?.issueNumber).toBe(101)
  })

  it('gives no date where the issue has no send date, and none to what no issue carries', () => {
    expect(dueOf(due, 'stories', 9)).toBeUndefined()
    expect(dueOf(due, 'issues', 3)).toBeUndefined()
    expect(dueOf(due, 'stories', 3)).toBeUndefined()
  })

  it('counts the lead in days, fractions included, and none at all', () => {
    expect(dueOf(dueDates(issues, 0.5), 'stories', 7)?.at).toBe('2026-12-09T21:00:00.000Z')
    expect(dueOf(dueDates(issues, 0), 'stories', 7)?.at).toBe('2026-12-10T09:00:00.000Z')
  })

  it('calls work overdue once its date has passed, until it is approved', () => {
    const storyDue = dueOf(due, 'stories', 7)
    const before = new Date('2026-12-08T08:59:00.000Z')
    const after = new Date('2026-12-08T09:01:00.000Z')
    expect(isOverdue(storyDue, 'in_review', before)).toBe(false)
    expect(isOverdue(storyDue, 'in_review', new Date(storyDue!.at))).toBe(false)
    for (const stage of ['draft', 'in_review', 'changes_requested'] as const) {
      expect(isOverdue(storyDue, stage, after)).toBe(true)
    }
    expect(isOverdue(storyDue, 'approved', after)).toBe(false)
    expect(isOverdue(storyDue, 'published', after)).toBe(false)
    expect(isOverdue(undefined, 'draft', after)).toBe(false)
  })
})
