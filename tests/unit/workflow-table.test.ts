/**
 * The workflow's decisions as pure functions, for every kind of user, stage, action, relation to
 * the document, override and note. The expectations come from the specification below, written
 * from README's "Editorial workflow" table and not read from src/workflow/table.ts, so a change to
 * the table or to `decide` that the README does not promise fails here, by name.
 */
import type { Role } from '../../src/shared/roles'
import {
  actionForMove,
  actionNames,
  actions,
  allowedActions,
  decide,
  logEvents,
  logLabel,
  mayBeAssignedReview,
  mayEditContent,
  notifications,
  type Actor,
  type ActionName,
  type DocumentFacts,
  type Stage,
} from '../../src/workflow/table'

// ---------------------------------------------------------------------------------------------
// The specification
// ---------------------------------------------------------------------------------------------

interface ActionSpec {
  /** What the admin panel and refusals call it. */
  label: string
  from: Stage[]
  to: Stage
  roles: Role[]
  /**
   * Whoever submitted the document may also take it, whatever their role. (A user whose roles
   * were taken away is stopped before the table is asked: the collections let only staff update.)
   */
  orSubmitter: boolean
  /** Not by the document's author, nor by whoever edited it last. */
  fourEyes: boolean
  noteRequired: boolean
}

const spec: Record<ActionName, ActionSpec> = {
  submit: {
    label: 'Submit for review',
    from: ['draft', 'changes_requested'],
    to: 'in_review',
    roles: ['editor', 'admin'],
    orSubmitter: false,
    fourEyes: false,
    noteRequired: false,
  },
  withdraw: {
    label: 'Withdraw',
    from: ['in_review'],
    to: 'draft',
    roles: ['admin'],
    orSubmitter: true,
    fourEyes: false,
    noteRequired: false,
  },
  requestChanges: {
    label: 'Request changes',
    from: ['in_review'],
    to: 'changes_requested',
    roles: ['reviewer', 'admin'],
    orSubmitter: false,
    fourEyes: false,
    noteRequired: true,
  },
  approve: {
    label: 'Approve',
    from: ['in_review'],
    to: 'approved',
    roles: ['reviewer', 'admin'],
    orSubmitter: false,
    fourEyes: true,
    noteRequired: false,
  },
  publish: {
    label: 'Publish',
    from: ['approved'],
    to: 'published',
    roles: ['reviewer', 'admin'],
    orSubmitter: false,
    fourEyes: false,
    noteRequired: false,
  },
  unpublish: {
    label: 'Unpublish',
    from: ['published'],
    to: 'draft',
    roles: ['reviewer', 'admin'],
    orSubmitter: false,
    fourEyes: false,
    noteRequired: false,
  },
}

/** Who may change a document's content in each stage: editors hand it over while it is in review. */
const mayEdit: Record<Role, Stage[]> = {
  admin: ['draft', 'in_review', 'changes_requested', 'approved', 'published'],
  editor: ['draft', 'changes_requested', 'approved', 'published'],
  reviewer: ['draft', 'in_review', 'changes_requested', 'approved', 'published'],
}

const stageLabel: Record<Stage, string> = {
  draft: 'Draft',
  in_review: 'In review',
  changes_requested: 'Changes requested',
  approved: 'Approved',
  published: 'Published',
}

const allStages = Object.keys(stageLabel) as Stage[]
const allActions = Object.keys(spec) as ActionName[]

/** The kinds of user who may ask; an ID of their own, and the roles their record holds. */
const actors = {
  admin: { id: 1, roles: ['admin'] },
  editor: { id: 2, roles: ['editor'] },
  reviewer: { id: 3, roles: ['reviewer'] },
  // A desk member who both writes and reviews is the case four eyes exists for.
  'editor-reviewer': { id: 4, roles: ['editor', 'reviewer'] },
  'user with no roles': { id: 5, roles: [] },
  'user whose roles are null': { id: 6, roles: null },
  anonymous: null,
} satisfies Record<string, Actor | null>
type ActorName = keyof typeof actors

/** How the actor stands to the document; the other parts were played by other people. */
const relations = ['author', 'last editor', 'submitter', 'stranger'] as const
type Relation = (typeof relations)[number]

const someoneElse = { author: 101, lastEditor: 102, submitter: 103 }

function docFor(actor: Actor | null, relation: Relation, stage: Stage): DocumentFacts {
  const me = actor?.id
  return {
    createdBy: relation === 'author' ? me : someoneElse.author,
    lastEditedBy: relation === 'last editor' ? me : someoneElse.lastEditor,
    stage,
    submittedBy: relation === 'submitter' ? me : someoneElse.submitter,
  }
}

const overrides = { none: undefined, blank: '   ', given: 'The only reviewer is on leave.' }
type OverrideName = keyof typeof overrides
const notes = { none: undefined, blank: ' \n ', given: 'Cite the benchmark.' }
type NoteName = keyof typeof notes

const rolesOf = (name: ActorName): readonly Role[] => actors[name]?.roles ?? []

/** What the specification allows without any override: role (or submitter), stage and four eyes. */
function mayTake(action: ActionName, who: ActorName, relation: Relation, stage: Stage): boolean {
  const rule = spec[action]
  return (
    permittedToAsk(action, who, relation) &&
    rule.from.includes(stage) &&
    !(rule.fourEyes && (relation === 'author' || relation === 'last editor'))
  )
}

function permittedToAsk(action: ActionName, who: ActorName, relation: Relation): boolean {
  if (actors[who] === null) return false
  const rule = spec[action]
  return (
    rolesOf(who).some((role) => rule.roles.includes(role)) ||
    (rule.orSubmitter && relation === 'submitter')
  )
}

const expectedAllowed = (who: ActorName, relation: Relation, stage: Stage): ActionName[] =>
  allActions.filter((action) => mayTake(action, who, relation, stage))

type Expected =
  | { ok: true; override: boolean; to: Stage }
  | {
      ok: false
      status: 400 | 401 | 403 | 409
      /** What the refusal must say, and what it must not (a reason that does not apply). */
      says: RegExp[]
      saysNot: RegExp[]
    }

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * The README's rules in the order a user meets them: log in (401); be someone the action is for
 * (403); give the note it needs (400); then the document must be in a stage it starts from and,
 * for approval, not be your own work (409), unless an admin gives a reason to override those two.
 */
function expected(
  action: ActionName,
  who: ActorName,
  relation: Relation,
  stage: Stage,
  override: OverrideName,
  note: NoteName,
): Expected {
  const rule = spec[action]
  const verb = rule.label.toLowerCase()
  if (actors[who] === null) return { ok: false, status: 401, says: [/log in/i], saysNot: [] }
  if (!permittedToAsk(action, who, relation)) {
    return {
      ok: false,
      status: 403,
      says: [
        new RegExp(`may not ${escape(verb)}`),
        ...rule.roles.map((role) => new RegExp(`\\b${role}\\b`)),
        ...(rule.orSubmitter ? [/submitter/] : []),
      ],
      saysNot: [],
    }
  }
  if (rule.noteRequired && note !== 'given')
    return { ok: false, status: 400, says: [/note/, /required/], saysNot: [] }

  const wrongStage = !rule.from.includes(stage)
  const ownWork = rule.fourEyes && (relation === 'author' || relation === 'last editor')
  if (!wrongStage && !ownWork) return { ok: true, override: false, to: rule.to }
  const isAdmin = rolesOf(who).includes('admin')
  if (isAdmin && override === 'given') return { ok: true, override: true, to: rule.to }

  const stageReason = new RegExp(`not possible from ${escape(stageLabel[stage])}`)
  const neededStages = rule.from.map((from) => new RegExp(escape(stageLabel[from])))
  const fourEyesReason = /someone else must/
  const overrideHint = /override/
  return {
    ok: false,
    status: 409,
    says: [
      ...(wrongStage ? [stageReason, ...neededStages] : []),
      ...(ownWork ? [fourEyesReason] : []),
      ...(isAdmin ? [overrideHint] : []),
    ],
    saysNot: [
      ...(wrongStage ? [] : [/not possible from/]),
      ...(ownWork ? [] : [fourEyesReason]),
      ...(isAdmin ? [] : [overrideHint]),
    ],
  }
}

// ---------------------------------------------------------------------------------------------
// The cases
// ---------------------------------------------------------------------------------------------

const actorNames = Object.keys(actors) as ActorName[]
/** Anonymous callers have no relation to any document. */
const relationsOf = (who: ActorName): readonly Relation[] =>
  actors[who] === null ? ['stranger'] : relations

const describeOutcome = (outcome: Expected) =>
  outcome.ok ? `${outcome.to}${outcome.override ? ' (override)' : ''}` : String(outcome.status)

const decideCases = allActions.flatMap((action) =>
  actorNames.flatMap((who) =>
    relationsOf(who).flatMap((relation) =>
      allStages.flatMap((stage) =>
        (Object.keys(overrides) as OverrideName[]).flatMap((override) =>
          (Object.keys(notes) as NoteName[]).map((note) => {
            const outcome = expected(action, who, relation, stage, override, note)
            const title =
              `${action}: ${who}` +
              (actors[who] === null ? '' : ` (${relation})`) +
              ` from ${stage}, override ${override}, note ${note} → ${describeOutcome(outcome)}`
            return { action, note, outcome, override, relation, stage, title, who }
          }),
        ),
      ),
    ),
  ),
)

type DecideCase = (typeof decideCases)[number]

function checkDecision({ action, note, outcome, override, relation, stage, who }: DecideCase) {
  const actor = actors[who]
  const decision = decide({
    action,
    actor,
    doc: docFor(actor, relation, stage),
    note: notes[note],
    overrideReason: overrides[override],
  })
  if (outcome.ok) {
    expect(decision).toEqual({ ok: true, override: outcome.override, to: outcome.to })
    return
  }
  expect(decision).toMatchObject({ ok: false, status: outcome.status })
  if (decision.ok) return
  for (const pattern of outcome.says) expect(decision.message).toMatch(pattern)
  for (const pattern of outcome.saysNot) expect(decision.message).not.toMatch(pattern)
  // A refusal tells the user what they could do instead, which never needs an override.
  const open = expectedAllowed(who, relation, stage)
  expect([...decision.allowed].sort()).toEqual([...open].sort())
  if (open.length === 0) expect(decision.message).toMatch(/No workflow action is open to you/)
  else for (const name of open) expect(decision.message).toContain(spec[name].label)
}

/**
 * One test per action, each going through all its cases and naming every case that went wrong:
 * thousands of one-line tests would make the mutation run crawl, since it reruns the tests that
 * reach each mutant.
 */
describe('decide', () => {
  it.each(allActions)('%s: for every user, relation, stage, override and note', (action) => {
    const cases = decideCases.filter((one) => one.action === action)
    expect(cases.length).toBeGreaterThan(0)
    const wrong: string[] = []
    for (const one of cases) {
      try {
        checkDecision(one)
      } catch (error) {
        wrong.push(`${one.title}: ${String((error as Error).message).split('\n')[0]}`)
      }
    }
    expect(wrong).toEqual([])
  })
})

describe('four eyes, not the author', () => {
  it('refuses a reviewer who wrote the story even when someone else edited it last', () => {
    const reviewer = actors.reviewer
    const decision = decide({
      action: 'approve',
      actor: reviewer,
      doc: { createdBy: reviewer.id, lastEditedBy: someoneElse.lastEditor, stage: 'in_review' },
    })
    expect(decision).toMatchObject({ ok: false, status: 409 })
    expect(decision.ok || decision.message).toMatch(/someone else must approve/)
    expect(allowedActions(reviewer, { createdBy: reviewer.id, stage: 'in_review' })).not.toContain(
      'approve',
    )
  })

  it('knows the author by ID whether the database gives it as a number or as text', () => {
    const reviewer = actors.reviewer
    for (const createdBy of [reviewer.id, String(reviewer.id)]) {
      expect(
        decide({ action: 'approve', actor: reviewer, doc: { createdBy, stage: 'in_review' } }),
      ).toMatchObject({ ok: false, status: 409 })
    }
    expect(
      decide({
        action: 'approve',
        actor: { id: String(reviewer.id), roles: ['reviewer'] },
        doc: { createdBy: reviewer.id, stage: 'in_review' },
      }),
    ).toMatchObject({ ok: false, status: 409 })
  })

  it('does not take a document with no recorded author or editor for anyone’s own work', () => {
    // Documents created by server code have no author; they must still be approvable.
    const decision = decide({
      action: 'approve',
      actor: actors.reviewer,
      doc: { createdBy: null, lastEditedBy: null, stage: 'in_review', submittedBy: null },
    })
    expect(decision).toEqual({ ok: true, override: false, to: 'approved' })
  })
})

describe('withdrawing is for the submitter', () => {
  it('lets the editor who submitted withdraw, and refuses an editor who did not', () => {
    const editor = actors.editor
    const submittedByMe = { createdBy: 101, stage: 'in_review' as const, submittedBy: editor.id }
    expect(decide({ action: 'withdraw', actor: editor, doc: submittedByMe })).toEqual({
      ok: true,
      override: false,
      to: 'draft',
    })
    // Being the author is not enough: someone else put it in review.
    const submittedByOther = { ...submittedByMe, createdBy: editor.id, submittedBy: 103 }
    expect(decide({ action: 'withdraw', actor: editor, doc: submittedByOther })).toMatchObject({
      ok: false,
      status: 403,
    })
  })
})

const allowedCases = actorNames.flatMap((who) =>
  relationsOf(who).flatMap((relation) =>
    allStages.map((stage) => {
      const open = expectedAllowed(who, relation, stage)
      const title =
        `${who}` +
        (actors[who] === null ? '' : ` (${relation})`) +
        ` in ${stage} may ${open.length ? open.join(', ') : 'do nothing'}`
      return { open, relation, stage, title, who }
    }),
  ),
)

describe('allowedActions', () => {
  it('opens exactly the actions the rules give each user, relation and stage', () => {
    const opened = (one: (typeof allowedCases)[number]) => {
      const actor = actors[one.who]
      return `${one.title}: ${[...allowedActions(actor, docFor(actor, one.relation, one.stage))].sort().join(', ')}`
    }
    const expectedOpen = (one: (typeof allowedCases)[number]) =>
      `${one.title}: ${[...one.open].sort().join(', ')}`
    expect(allowedCases.map(opened)).toEqual(allowedCases.map(expectedOpen))
  })
})

describe('allowedActions for visitors', () => {
  it('opens nothing to a visitor, even on a document nobody has written, edited or submitted', () => {
    for (const stage of allStages) {
      expect(allowedActions(null, { stage })).toEqual([])
      expect(
        allowedActions(null, { createdBy: null, lastEditedBy: null, stage, submittedBy: null }),
      ).toEqual([])
    }
  })
})

describe('refusals read as sentences', () => {
  const author = (actor: Actor, stage: Stage): DocumentFacts => ({ createdBy: actor.id, stage })
  const strangers = (stage: Stage): DocumentFacts => ({ createdBy: 101, lastEditedBy: 102, stage })
  const message = (request: Parameters<typeof decide>[0]) => {
    const decision = decide(request)
    return decision.ok ? 'allowed' : decision.message
  }

  it('asks a visitor to log in', () => {
    expect(message({ action: 'submit', actor: null, doc: { stage: 'draft' } })).toBe(
      'Log in to submit for review. No workflow action is open to you now.',
    )
  })

  it('names the roles an action is for', () => {
    expect(message({ action: 'submit', actor: actors.reviewer, doc: strangers('draft') })).toBe(
      'Your role may not submit for review; it is for editor or admin. No workflow action is open to you now.',
    )
  })

  it('asks for the note and lists what is open instead', () => {
    expect(
      message({ action: 'requestChanges', actor: actors.reviewer, doc: strangers('in_review') }),
    ).toBe('note: a note is required to request changes. Allowed now: Request changes, Approve.')
  })

  it('names the stages an action needs', () => {
    expect(message({ action: 'submit', actor: actors.editor, doc: strangers('in_review') })).toBe(
      'Submit for review is not possible from In review; it needs Draft or Changes requested. No workflow action is open to you now.',
    )
  })

  it('gives every reason at once, and tells an admin how to override', () => {
    expect(
      message({ action: 'approve', actor: actors.admin, doc: author(actors.admin, 'draft') }),
    ).toBe(
      'Approve is not possible from Draft; it needs In review. You wrote or last edited this document, so someone else must approve it. As an admin you may override this by giving a reason. Allowed now: Submit for review.',
    )
  })
})

describe('actionForMove', () => {
  it('reads a plain stage change as the action that makes it, or one ending there for decide to refuse', () => {
    for (const from of allStages) {
      for (const to of allStages) {
        const action = actionForMove(from, to)
        const making = allActions.filter(
          (name) => spec[name].from.includes(from) && spec[name].to === to,
        )
        const label = `${from} → ${to}`
        if (making.length) expect([label, action]).toEqual([label, making[0]])
        else expect([label, action && spec[action].to]).toEqual([label, to])
      }
    }
    // Unpublishing and withdrawing both end in draft; each is read from its own stage.
    expect(actionForMove('published', 'draft')).toBe('unpublish')
    expect(actionForMove('in_review', 'draft')).toBe('withdraw')
  })
})

describe('mayEditContent', () => {
  it('lets each kind of user edit in exactly the stages the README gives their roles', () => {
    for (const who of actorNames) {
      const roles = rolesOf(who)
      for (const stage of allStages) {
        const expected = roles.some((role) => mayEdit[role].includes(stage))
        expect([who, stage, mayEditContent(actors[who], stage)]).toEqual([who, stage, expected])
      }
    }
  })

  it('gives no stage to a role the desk no longer has, left on an old user record', () => {
    const formerRole = { id: 7, roles: ['contributor'] as unknown as Role[] }
    for (const stage of allStages) expect(mayEditContent(formerRole, stage)).toBe(false)
  })
})

describe('the review log in words', () => {
  it('names every action and event as something done, from the table', () => {
    expect([...actionNames, ...logEvents].map(logLabel)).toEqual([
      'Submitted for review',
      'Withdrawn',
      'Requested changes',
      'Approved',
      'Published',
      'Unpublished',
      'Edited after approval',
      'Scheduled',
      'Scheduled publish skipped',
    ])
    expect(logLabel('requestChanges')).toBe(actions.requestChanges.done)
  })

  it('shows an entry it does not know as it was stored, rather than nothing', () => {
    expect(logLabel('retired')).toBe('retired')
  })
})

describe('who may be asked to review', () => {
  it('asks only someone who could approve it once in review, whatever stage it is in now', () => {
    const wrong: string[] = []
    for (const who of actorNames) {
      const actor = actors[who]
      if (!actor) continue
      for (const relation of relations) {
        for (const stage of allStages) {
          const expected =
            rolesOf(who).some((role) => spec.approve.roles.includes(role)) &&
            relation !== 'author' &&
            relation !== 'last editor'
          const got = mayBeAssignedReview(actor, docFor(actor, relation, stage))
          if (got !== expected) wrong.push(`${who}, ${relation}, ${stage}: ${got}`)
        }
      }
    }
    expect(wrong).toEqual([])
  })

  it('lets only submit name a reviewer, whom it alone tells; decisions go to the author', () => {
    expect(allActions.filter((action) => actions[action].assignsReviewer)).toEqual(['submit'])
    expect(notifications).toEqual({
      approve: 'author',
      publish: 'author',
      requestChanges: 'author',
      submit: 'assignedReviewer',
    })
  })
})
