/**
 * The editorial workflow as data plus pure functions: one table answers "who may do what".
 * Server hooks, endpoints, GraphQL mutations, access rules and the admin UI all ask this module;
 * it has no server-only imports so client components can use it too.
 */
import { sameId, type ID } from '../shared/ids'
import { hasRole, type Role, type StaffUser } from '../shared/roles'
import { slugs } from '../shared/slugs'

/** The collections whose documents move through the workflow. */
export const workflowCollections = [slugs.stories, slugs.sponsors, slugs.issues] as const
export type WorkflowCollection = (typeof workflowCollections)[number]

export const stages = ['draft', 'in_review', 'changes_requested', 'approved', 'published'] as const
export type Stage = (typeof stages)[number]

/** Every stage short of published: a document still on the desk. */
export const unpublishedStages = stages.filter((stage) => stage !== 'published')

export const stageLabels: Record<Stage, string> = {
  approved: 'Approved',
  changes_requested: 'Changes requested',
  draft: 'Draft',
  in_review: 'In review',
  published: 'Published',
}

export type ActionName =
  'approve' | 'publish' | 'requestChanges' | 'submit' | 'unpublish' | 'withdraw'

export interface ActionRule {
  /** May name the reviewer who should take the review it asks for (assignment says who should, not who may). */
  assignsReviewer?: boolean
  /** What the review log and the version history say once it is taken. */
  done: string
  from: readonly Stage[]
  label: string
  /** Needs a note explaining it (the reviewer's request). */
  noteRequired?: boolean
  /** The document's author and last editor may not take it (four eyes). */
  notByAuthorOrLastEditor?: boolean
  /** Besides these roles, the user who submitted the document may take it. */
  orSubmitter?: boolean
  /** The document must pass the story or issue rules (an admin may override with a reason). */
  requiresReadiness?: boolean
  roles: readonly Role[]
  to: Stage
}

export const actions: Record<ActionName, ActionRule> = {
  submit: {
    assignsReviewer: true,
    done: 'Submitted for review',
    from: ['draft', 'changes_requested'],
    label: 'Submit for review',
    requiresReadiness: true,
    roles: ['editor', 'admin'],
    to: 'in_review',
  },
  withdraw: {
    done: 'Withdrawn',
    from: ['in_review'],
    label: 'Withdraw',
    orSubmitter: true,
    roles: ['admin'],
    to: 'draft',
  },
  requestChanges: {
    done: 'Requested changes',
    from: ['in_review'],
    label: 'Request changes',
    noteRequired: true,
    roles: ['reviewer', 'admin'],
    to: 'changes_requested',
  },
  approve: {
    done: 'Approved',
    from: ['in_review'],
    label: 'Approve',
    notByAuthorOrLastEditor: true,
    requiresReadiness: true,
    roles: ['reviewer', 'admin'],
    to: 'approved',
  },
  publish: {
    done: 'Published',
    from: ['approved'],
    label: 'Publish',
    requiresReadiness: true,
    roles: ['reviewer', 'admin'],
    to: 'published',
  },
  unpublish: {
    done: 'Unpublished',
    from: ['published'],
    label: 'Unpublish',
    roles: ['reviewer', 'admin'],
    to: 'draft',
  },
}

export const actionNames = Object.keys(actions) as ActionName[]

/** The actions that end a review: the version they leave is the one the reviewer read. */
export const reviewActions: readonly ActionName[] = ['requestChanges', 'approve']

/** What the review log records besides actions: edits that cancel an approval, and scheduling. */
export const logEvents = ['edit', 'schedule', 'scheduledPublishSkipped'] as const
export type LogEvent = (typeof logEvents)[number]

const logEventLabels: Record<LogEvent, string> = {
  edit: 'Edited after approval',
  schedule: 'Scheduled',
  scheduledPublishSkipped: 'Scheduled publish skipped',
}

/** How the review log names an entry: "Requested changes", not `requestChanges`. */
export const logLabel = (entry: string): string =>
  entry in actions
    ? actions[entry as ActionName].done
    : (logEventLabels[entry as LogEvent] ?? entry)

/** Setting or clearing an issue's publish time is a promise to publish: it takes what publishing takes, now. */
export const schedulingAction: ActionName = 'publish'

/**
 * Who hears about an action by email: the document's author, the reviewer named at submit (every
 * reviewer when none was), or everyone holding a role.
 */
export type Audience = 'assignedReviewer' | 'author' | Role

export const notifications: Partial<Record<ActionName, Audience>> = {
  approve: 'author',
  publish: 'author',
  requestChanges: 'author',
  submit: 'assignedReviewer',
}

/**
 * Collections whose documents must pass the story or issue rules where an action requires
 * readiness. A sponsor block is the advertiser's copy, which the desk does not write to a template.
 */
export const checkedByRules: Record<WorkflowCollection, boolean> = {
  issues: true,
  sponsors: false,
  stories: true,
}

/** An issue answers for what it carries: approving or publishing it asks that of its stories and sponsors. */
export const actionsOnContents: Partial<Record<WorkflowCollection, readonly ActionName[]>> = {
  issues: ['approve', 'publish'],
}

/** Collections with a publish time that the jobs queue honours. */
export const schedulableCollections: readonly WorkflowCollection[] = [slugs.issues]

/** Stages in which each role may change a document's content. */
const editableStages: Record<Role, readonly Stage[]> = {
  admin: stages,
  editor: ['draft', 'changes_requested', 'approved', 'published'],
  reviewer: stages,
}

/** A content change to a document in these stages sends it back to review: its approval no longer counts. */
export const stagesInvalidatedByEdits: readonly Stage[] = ['approved', 'published']

/** Whoever takes an action: any user record with newsroom roles. */
export type Actor = StaffUser

/** What the rules need to know about a document besides its stage. */
export interface DocumentFacts {
  createdBy?: ID | null
  lastEditedBy?: ID | null
  stage: Stage
  submittedBy?: ID | null
}

export interface ActionRequest {
  action: ActionName
  actor: Actor | null
  doc: DocumentFacts
  note?: string | null
  /** An admin's reason for overriding a rule; without it admins follow the rules like everyone. */
  overrideReason?: string | null
}

export type Decision =
  | { ok: true; override: boolean; to: Stage }
  | { allowed: ActionName[]; message: string; ok: false; status: 400 | 401 | 403 | 409 }

/** Whether the document names this user; an empty field names nobody. */
const isUser = (actor: Actor, named: ID | null | undefined): boolean => sameId(actor.id, named)

/** Who is permitted an action regardless of stage (role, or being the submitter). */
const mayTakeByRole = (rule: ActionRule, actor: Actor, doc: DocumentFacts): boolean =>
  hasRole(actor, ...rule.roles) || (Boolean(rule.orSubmitter) && isUser(actor, doc.submittedBy))

/** An admin who gives a reason may break a stage, four-eyes or readiness rule; the log records why. */
export const overridesRules = (
  actor: Actor | null,
  overrideReason: string | null | undefined,
): boolean => hasRole(actor, 'admin') && Boolean(overrideReason?.trim())

const breaksFourEyes = (rule: ActionRule, actor: Actor, doc: DocumentFacts): boolean =>
  Boolean(rule.notByAuthorOrLastEditor) &&
  (isUser(actor, doc.createdBy) || isUser(actor, doc.lastEditedBy))

/** The actions this actor may take on this document now, without any override. */
export function allowedActions(actor: Actor | null, doc: DocumentFacts): ActionName[] {
  if (!actor) return []
  return actionNames.filter((name) => {
    const rule = actions[name]
    return (
      rule.from.includes(doc.stage) &&
      mayTakeByRole(rule, actor, doc) &&
      !breaksFourEyes(rule, actor, doc)
    )
  })
}

const describeAllowed = (allowed: ActionName[]): string =>
  allowed.length
    ? `Allowed now: ${allowed.map((name) => actions[name].label).join(', ')}.`
    : 'No workflow action is open to you now.'

/**
 * Decides one action. Refusals say why, with 403 when this user may not take it at all and 409
 * when the document's stage (or its history) does not allow it now. An admin may override a
 * stage or four-eyes rule by giving a reason; the caller logs it.
 */
export function decide({ action, actor, doc, note, overrideReason }: ActionRequest): Decision {
  const rule = actions[action]
  const allowed = allowedActions(actor, doc)
  const refuse = (status: 400 | 401 | 403 | 409, why: string): Decision => ({
    allowed,
    message: `${why} ${describeAllowed(allowed)}`,
    ok: false,
    status,
  })
  if (!actor) return refuse(401, `Log in to ${rule.label.toLowerCase()}.`)
  if (!mayTakeByRole(rule, actor, doc)) {
    return refuse(
      403,
      `Your role may not ${rule.label.toLowerCase()}; it is for ${rule.roles.join(' or ')}${rule.orSubmitter ? ' or the submitter' : ''}.`,
    )
  }
  if (rule.noteRequired && !note?.trim())
    return refuse(400, `note: a note is required to ${rule.label.toLowerCase()}.`)

  const problems: string[] = []
  if (!rule.from.includes(doc.stage)) {
    problems.push(
      `${rule.label} is not possible from ${stageLabels[doc.stage]}; it needs ${rule.from.map((stage) => stageLabels[stage]).join(' or ')}.`,
    )
  }
  if (breaksFourEyes(rule, actor, doc)) {
    problems.push(
      `You wrote or last edited this document, so someone else must ${rule.label.toLowerCase()} it.`,
    )
  }
  if (problems.length === 0) return { ok: true, override: false, to: rule.to }
  if (overridesRules(actor, overrideReason)) return { ok: true, override: true, to: rule.to }
  const hint = hasRole(actor, 'admin')
    ? ' As an admin you may override this by giving a reason.'
    : ''
  return refuse(409, `${problems.join(' ')}${hint}`)
}

/**
 * The action a plain update asks for when it sets a document's stage: the one that makes this
 * move, or else one that ends in the same stage (which `decide` then refuses from here, unless
 * an admin overrides).
 */
export function actionForMove(from: Stage, to: Stage): ActionName | undefined {
  return (
    actionNames.find((name) => actions[name].to === to && actions[name].from.includes(from)) ??
    actionNames.find((name) => actions[name].to === to)
  )
}

/**
 * Whether a person may be named to review a document: they could approve it once it is in
 * review, which leaves out its author and last editor (four eyes) and anyone without the role.
 */
export const mayBeAssignedReview = (person: Actor, doc: DocumentFacts): boolean =>
  allowedActions(person, { ...doc, stage: actions.submit.to }).includes('approve')

export const mayEditContent = (actor: Actor | null, stage: Stage): boolean =>
  Boolean(actor?.roles?.some((role) => editableStages[role]?.includes(stage)))
