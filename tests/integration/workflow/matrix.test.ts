/**
 * What each API adds to the workflow's decisions: that every action and every kind of refusal
 * reaches the caller with its status and reason, and moves the stored document (or leaves it
 * alone), through the Local API (access enforced), the REST endpoint and the GraphQL mutation,
 * for stories, sponsors and issues; and that a plain update which sets the stage or `_status`
 * is judged as the action it amounts to. Who may do what from where is tested exhaustively, as
 * a pure function, in tests/unit/workflow-table.test.ts.
 */
import { createLocalReq } from 'payload'

import type { Role } from '../../../src/shared/roles'
import type { ID } from '../../../src/shared/ids'
import { runWorkflowAction } from '../../../src/workflow/server'
import { graphql, loginAs, payload, rest, unique, userOf } from '../../support/api'
import {
  actingAs,
  completeSections,
  makeFigure,
  makeStory,
  readyLetter,
} from '../../support/fixtures'

afterAll(() => payload.destroy())

type Collection = 'issues' | 'sponsors' | 'stories'
type Stage = 'approved' | 'changes_requested' | 'draft' | 'in_review' | 'published'
type Action = 'approve' | 'publish' | 'requestChanges' | 'submit' | 'unpublish' | 'withdraw'
type Who = 'anonymous' | Role

interface Call {
  action: Action
  note?: string
  overrideReason?: string
  who: Who
}
interface Outcome {
  message?: string
  stage?: string
  status: number
}

const tokens: Partial<Record<Role, string>> = {}
const tokenOf = async (who: Who) =>
  who === 'anonymous' ? undefined : (tokens[who] ??= await loginAs(who))

const messageOf = (error: unknown) => String((error as { message?: unknown }).message)

const apis: Record<string, (collection: Collection, id: ID, call: Call) => Promise<Outcome>> = {
  'the Local API': async (collection, id, { action, note, overrideReason, who }) => {
    const req = who === 'anonymous' ? await createLocalReq({}, payload) : await actingAs(who)
    try {
      const doc = await runWorkflowAction({ action, collection, id, note, overrideReason, req })
      return { stage: (doc as { stage?: string }).stage, status: 200 }
    } catch (error) {
      return { message: messageOf(error), status: (error as { status?: number }).status ?? 500 }
    }
  },
  REST: async (collection, id, { action, note, overrideReason, who }) => {
    const { body, status } = await rest('POST', `/${collection}/${id}/workflow/${action}`, {
      body: { note, overrideReason },
      token: await tokenOf(who),
    })
    return { message: body?.errors?.[0]?.message, stage: body?.doc?.stage, status }
  },
  GraphQL: async (collection, id, { action, note, overrideReason, who }) => {
    const { body } = await graphql(
      `mutation ($id: ID!, $note: String, $overrideReason: String) {
        ${action}(collection: ${collection}, id: $id, note: $note, overrideReason: $overrideReason) { stage }
      }`,
      { token: await tokenOf(who), variables: { id: String(id), note, overrideReason } },
    )
    const error = body.errors?.[0]
    if (error) return { message: error.message, status: error.extensions?.statusCode ?? 500 }
    return { stage: body.data[action].stage, status: 200 }
  },
}

/**
 * One document's life, each step either taken (to a stage) or refused (with a status and the
 * reason the user is told). The document is written by the admin and last edited by the editor,
 * so the admin's refused approval is four eyes on the author alone.
 */
type Step = Call & ({ to: Stage } | { says: RegExp; status: 400 | 401 | 403 | 409 })
const overrideReason = 'Fact-checked by phone; the only reviewer is on leave.'
const life: Step[] = [
  { action: 'submit', says: /log in/i, status: 401, who: 'anonymous' },
  { action: 'submit', says: /may not submit/, status: 403, who: 'reviewer' },
  { action: 'submit', to: 'in_review', who: 'editor' },
  { action: 'approve', says: /may not approve/, status: 403, who: 'editor' },
  { action: 'publish', says: /not possible from In review/, status: 409, who: 'reviewer' },
  { action: 'requestChanges', says: /note: a note is required/, status: 400, who: 'reviewer' },
  {
    action: 'requestChanges',
    note: 'Cite the benchmark.',
    to: 'changes_requested',
    who: 'reviewer',
  },
  { action: 'submit', to: 'in_review', who: 'editor' },
  { action: 'withdraw', to: 'draft', who: 'editor' },
  { action: 'submit', to: 'in_review', who: 'admin' },
  { action: 'withdraw', says: /or the submitter/, status: 403, who: 'editor' },
  { action: 'approve', says: /someone else must approve.*override/, status: 409, who: 'admin' },
  { action: 'approve', overrideReason, to: 'approved', who: 'admin' },
  { action: 'publish', to: 'published', who: 'reviewer' },
  { action: 'unpublish', to: 'draft', who: 'reviewer' },
  { action: 'submit', to: 'in_review', who: 'editor' },
  { action: 'approve', to: 'approved', who: 'reviewer' },
]
const describeStep = ({ action, who, ...step }: Step) =>
  `${who} ${action}${'to' in step ? ` → ${step.to}` : ` refused ${step.status}`}`

let hero: ID
/** Approving an issue needs its stories approved; this one is published once for every issue. */
let publishedStory: ID
beforeAll(async () => {
  hero = (await makeFigure()).id
  publishedStory = (await makeStory('published', `Matrix lead ${unique()}`, hero)).id
})

const contentOf = (collection: Collection) => {
  const name = `Matrix ${collection} ${unique()}`
  if (collection === 'stories')
    return {
      dek: `The one sentence under ${name}.`,
      headline: name,
      heroFigure: hero as number,
      sections: completeSections(name),
    }
  if (collection === 'sponsors') return { disclosure: 'Sponsored', name }
  return {
    layout: [{ blockType: 'story' as const, story: publishedStory as number }],
    letter: readyLetter(),
    number: unique(),
    title: name,
  }
}
const editOf = (collection: Collection) =>
  collection === 'stories'
    ? { dek: 'The editor tightened this sentence.' }
    : collection === 'sponsors'
      ? { disclosure: 'Sponsored by the editor’s pick.' }
      : { title: `Edited issue ${unique()}` }

/** The workflow's fields, which stories, sponsors and issues share. */
interface Stored {
  _status?: string | null
  createdBy?: unknown
  lastEditedBy?: unknown
  reviewLog?:
    { action: string; by?: unknown; overrideReason?: string | null; to?: string | null }[] | null
  stage?: string | null
  submittedBy?: unknown
}
const stored = async (collection: Collection, id: ID): Promise<Stored> =>
  (await payload.findByID({ collection, depth: 0, draft: true, id })) as Stored

/** A draft the admin wrote and the editor then edited. */
async function adminWrittenDraft(collection: Collection): Promise<ID> {
  const doc = await payload.create({
    collection,
    data: contentOf(collection) as never,
    draft: true,
    req: await actingAs('admin'),
  })
  await payload.update({
    collection,
    data: editOf(collection),
    id: doc.id,
    req: await actingAs('editor'),
  })
  return doc.id
}

const collections: Collection[] = ['stories', 'sponsors', 'issues']
const lives = collections.flatMap((collection) =>
  Object.keys(apis).map((api) => [collection, api] as const),
)

describe('every workflow action and refusal', () => {
  it.each(lives)('%s over %s', async (collection, api) => {
    const id = await adminWrittenDraft(collection)
    const [admin, editor] = [await userOf('admin'), await userOf('editor')]
    expect(await stored(collection, id)).toMatchObject({
      createdBy: admin.id,
      lastEditedBy: editor.id,
    })
    let stage: Stage = 'draft'
    for (const step of life) {
      const outcome = await apis[api](collection, id, step)
      const after = await stored(collection, id)
      const seen = { stage: after.stage, status: outcome.status, step: describeStep(step) }
      if ('to' in step) {
        stage = step.to
        expect(seen).toEqual({ stage, status: 200, step: describeStep(step) })
        expect(outcome.stage).toBe(step.to)
      } else {
        // A refusal leaves the document where it was.
        expect(seen).toEqual({ stage, status: step.status, step: describeStep(step) })
        expect(outcome.message).toMatch(step.says)
      }
      expect(after._status).toBe(stage === 'published' ? 'published' : 'draft')
    }
    // Refusals write nothing to the log; the override is recorded with its reason.
    const log = (await stored(collection, id)).reviewLog ?? []
    const taken = life.filter((step) => 'to' in step)
    expect(log.map((entry) => [entry.action, entry.to])).toEqual(
      taken.map((step) => [step.action, 'to' in step && step.to]),
    )
    expect(log.filter((entry) => entry.overrideReason)).toEqual([
      expect.objectContaining({ action: 'approve', by: admin.id, overrideReason }),
    ])
  })
})

/**
 * A plain update that sets `stage` or `_status` is the action that makes that move: allowed,
 * logged and attributed as that action, or refused as that action would be.
 */
type Plain = 'GraphQL update mutation' | 'REST PATCH'
const updateOf: Record<Collection, { input: string; mutation: string }> = {
  issues: { input: 'mutationIssueUpdateInput', mutation: 'updateIssue' },
  sponsors: { input: 'mutationSponsorUpdateInput', mutation: 'updateSponsor' },
  stories: { input: 'mutationStoryUpdateInput', mutation: 'updateStory' },
}
const plainUpdate = async (
  api: Plain,
  collection: Collection,
  id: ID,
  who: Role,
  data: { _status?: string; stage?: string },
): Promise<Outcome> => {
  const token = await tokenOf(who)
  if (api === 'REST PATCH') {
    const { body, status } = await rest('PATCH', `/${collection}/${id}`, { body: data, token })
    return { message: body?.errors?.[0]?.message, stage: body?.doc?.stage, status }
  }
  const { input, mutation } = updateOf[collection]
  const { body } = await graphql(
    `mutation ($id: Int!, $data: ${input}!) { ${mutation}(id: $id, data: $data) { stage } }`,
    { token, variables: { data, id: Number(id) } },
  )
  const error = body.errors?.[0]
  if (error) return { message: error.message, status: error.extensions?.statusCode ?? 500 }
  return { stage: body.data[mutation].stage, status: 200 }
}

const plainCases = collections.flatMap((collection) =>
  (['REST PATCH', 'GraphQL update mutation'] as const).map((api) => [collection, api] as const),
)

describe('a plain update that sets the stage or status', () => {
  it.each(plainCases)('%s over %s', async (collection, api) => {
    const id = await adminWrittenDraft(collection)
    const editor = await userOf('editor')
    const reviewer = await userOf('reviewer')
    const expectStage = async (stage: Stage) =>
      expect((await stored(collection, id)).stage).toBe(stage)

    const published = await plainUpdate(api, collection, id, 'editor', { _status: 'published' })
    expect(published.status).toBe(403)
    expect(published.message).toMatch(/may not publish.*Allowed now: Submit for review/)
    await expectStage('draft')

    const submitted = await plainUpdate(api, collection, id, 'editor', { stage: 'in_review' })
    expect([submitted.status, submitted.stage]).toEqual([200, 'in_review'])
    expect(await stored(collection, id)).toMatchObject({ submittedBy: editor.id })

    const skipped = await plainUpdate(api, collection, id, 'reviewer', { stage: 'published' })
    expect(skipped.status).toBe(409)
    expect(skipped.message).toMatch(/Publish is not possible from In review/)
    await expectStage('in_review')

    // A plain update has nowhere to put the note a request for changes needs.
    const changes = await plainUpdate(api, collection, id, 'reviewer', {
      stage: 'changes_requested',
    })
    expect(changes.status).toBe(400)
    expect(changes.message).toMatch(/note: a note is required/)
    await expectStage('in_review')

    const approved = await plainUpdate(api, collection, id, 'reviewer', { stage: 'approved' })
    expect([approved.status, approved.stage]).toEqual([200, 'approved'])

    const live = await plainUpdate(api, collection, id, 'reviewer', { _status: 'published' })
    expect([live.status, live.stage]).toEqual([200, 'published'])
    const after = await stored(collection, id)
    expect(after._status).toBe('published')
    expect((after.reviewLog ?? []).map((entry) => [entry.action, entry.by])).toEqual([
      ['submit', editor.id],
      ['approve', reviewer.id],
      ['publish', reviewer.id],
    ])
  })
})
