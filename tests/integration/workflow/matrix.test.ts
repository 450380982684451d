/**
 * Every role, from every stage, trying every action, through each API. The expectations are the
 * issue's table written out here on their own, not read from the workflow module, so a change to
 * the rules that the table does not allow fails this test.
 */
import type { Role } from '../../../src/shared/roles'
import { graphql, loginAs, payload, rest, unique } from '../../support/api'
import { act, actingAs, makeFigure, makeStory } from '../../support/fixtures'

afterAll(() => payload.destroy())

type Stage = 'approved' | 'changes_requested' | 'draft' | 'in_review' | 'published'
type Action = 'approve' | 'publish' | 'requestChanges' | 'submit' | 'unpublish' | 'withdraw'
type Who = 'anonymous' | Role

const table: Record<Action, { from: Stage[]; to: Stage; who: Who[] }> = {
  // The editor who owns these documents is also their submitter, so may withdraw them.
  approve: { from: ['in_review'], to: 'approved', who: ['reviewer', 'admin'] },
  publish: { from: ['approved'], to: 'published', who: ['reviewer', 'admin'] },
  requestChanges: { from: ['in_review'], to: 'changes_requested', who: ['reviewer', 'admin'] },
  submit: { from: ['draft', 'changes_requested'], to: 'in_review', who: ['editor', 'admin'] },
  unpublish: { from: ['published'], to: 'draft', who: ['reviewer', 'admin'] },
  withdraw: { from: ['in_review'], to: 'draft', who: ['editor', 'admin'] },
}

const pathTo: Record<Stage, [Who, Action][]> = {
  approved: [
    ['editor', 'submit'],
    ['reviewer', 'approve'],
  ],
  changes_requested: [
    ['editor', 'submit'],
    ['reviewer', 'requestChanges'],
  ],
  draft: [],
  in_review: [['editor', 'submit']],
  published: [
    ['editor', 'submit'],
    ['reviewer', 'approve'],
    ['reviewer', 'publish'],
  ],
}

let hero: number | string
beforeAll(async () => {
  hero = (await makeFigure()).id
})

async function storyAt(stage: Stage) {
  const story = await makeStory('draft', `Matrix ${stage} ${unique()}`, hero)
  for (const [who, action] of pathTo[stage])
    await act(who as Role, action, 'stories', story.id, { note: 'Setting up.' })
  return story.id
}

const tokens: Partial<Record<Role, string>> = {}
const tokenOf = async (who: Who) =>
  who === 'anonymous' ? undefined : (tokens[who] ??= await loginAs(who))

type Outcome = { stage?: string; status: number }

const apis: Record<
  'graphql' | 'local' | 'rest',
  (who: Who, action: Action, id: number | string) => Promise<Outcome>
> = {
  graphql: async (who, action, id) => {
    const { body } = await graphql(
      `mutation ($id: ID!) { ${action}(collection: stories, id: $id, note: "Please tighten the second section.") { stage } }`,
      { token: await tokenOf(who), variables: { id: String(id) } },
    )
    if (body.errors?.length) return { status: body.errors[0].extensions?.statusCode ?? 500 }
    return { stage: body.data[action].stage, status: 200 }
  },
  local: async (who, action, id) => {
    const req = who === 'anonymous' ? undefined : await actingAs(who)
    try {
      const doc = await (req
        ? act(who as Role, action, 'stories', id, { note: 'Please tighten the second section.' })
        : payload.update({
            collection: 'stories',
            data: { stage: table[action].to },
            id,
            overrideAccess: false,
          }))
      return { stage: (doc as { stage?: string }).stage, status: 200 }
    } catch (error) {
      return { status: (error as { status?: number }).status ?? 500 }
    }
  },
  rest: async (who, action, id) => {
    const { body, status } = await rest('POST', `/stories/${id}/workflow/${action}`, {
      body: { note: 'Please tighten the second section.' },
      token: await tokenOf(who),
    })
    return { stage: body?.doc?.stage, status }
  },
}

const whos: Who[] = ['anonymous', 'editor', 'reviewer', 'admin']
const stagesList: Stage[] = ['draft', 'in_review', 'changes_requested', 'approved', 'published']
const cells = (Object.keys(apis) as (keyof typeof apis)[]).flatMap((api) =>
  whos.flatMap((who) =>
    stagesList.flatMap((stage) =>
      (Object.keys(table) as Action[]).map((action) => [api, who, stage, action] as const),
    ),
  ),
)

describe('the workflow matrix', () => {
  it.each(cells)('%s: %s in %s tries %s', async (api, who, stage, action) => {
    const id = await storyAt(stage)
    const outcome = await apis[api](who, action, id)
    const rule = table[action]
    // Withdrawing is for the submitter: the editor has submitted every document here but a fresh draft.
    const permitted =
      rule.who.includes(who) && !(action === 'withdraw' && who === 'editor' && stage === 'draft')
    const expectedStatus =
      who === 'anonymous'
        ? [401, 403]
        : !permitted
          ? [403]
          : !rule.from.includes(stage)
            ? [409]
            : [200]
    expect(expectedStatus).toContain(outcome.status)
    const after = await payload.findByID({ collection: 'stories', depth: 0, draft: true, id })
    const expectedStage = expectedStatus.includes(200) ? rule.to : stage
    expect(after.stage).toBe(expectedStage)
    expect(after._status).toBe(expectedStage === 'published' ? 'published' : 'draft')
    if (outcome.status === 200) expect(outcome.stage).toBe(rule.to)
  })
})
