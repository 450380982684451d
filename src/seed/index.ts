import { createLocalReq, type CollectionSlug, type Payload, type PayloadRequest } from 'payload'

import { bold, bulletList, figure, paragraph, richText, type LexicalNode } from '../shared/lexical'
import { slugs } from '../shared/slugs'
import { slugify } from '../../hooks/shared/slugFromField'
import type { Role } from '../shared/roles'
import { runWorkflowAction } from '../workflow/server'
import type { WorkflowCollection } from '../workflow/table'
import {
  demoIssue,
  demoLetter,
  demoNewsletter,
  demoSponsor,
  demoStories,
  type DemoBlock,
  type DemoFigure,
  type DemoSection,
} from './demoContent'
import { demoImage } from './demoImage'

export interface DemoLogin {
  email: string
  name: string
  password: string
  role: Role
}

/** Known passwords, for trying Newsdesk out; never created on a deployment by itself. */
export const demoLogins: DemoLogin[] = [
  { email: 'admin@newsdesk.test', name: 'Ada Admin', password: 'newsdesk-admin', role: 'admin' },
  {
    email: 'editor@newsdesk.test',
    name: 'Erin Editor',
    password: 'newsdesk-editor',
    role: 'editor',
  },
  {
    email: 'reviewer@newsdesk.test',
    name: 'Riley Reviewer',
    password: 'newsdesk-reviewer',
    role: 'reviewer',
  },
]

const toNodes = (blocks: DemoBlock[]): LexicalNode[] =>
  blocks.map((block) => (typeof block === 'string' ? paragraph(block) : bulletList(block.bullets)))

/** A demo section as the stories collection stores it (a block with a Lexical body). */
export const toSection = ({ body, heading, kind, label }: DemoSection) =>
  kind === 'section'
    ? { blockType: kind, body: richText(...toNodes(body)), heading: heading ?? '' }
    : { blockType: kind, body: richText(...toNodes(body)), label }

async function createFigure(payload: Payload, req: PayloadRequest, demo: DemoFigure) {
  const data = await demoImage(demo.palette)
  const doc = await payload.create({
    collection: slugs.figures,
    data: { alt: demo.alt, caption: demo.caption, credit: demo.credit },
    file: {
      data,
      mimetype: 'image/jpeg',
      name: `${slugify(demo.alt).slice(0, 40)}.jpg`,
      size: data.length,
    },
    req,
  })
  return doc.id
}

/** A request acting as one user, inside the seed's transaction. */
async function actingAs(
  payload: Payload,
  user: Record<string, unknown>,
  transactionID: PayloadRequest['transactionID'],
) {
  const req = await createLocalReq(
    {
      user: { ...user, collection: payload.config.admin.user } as NonNullable<
        PayloadRequest['user']
      >,
    },
    payload,
  )
  req.transactionID = transactionID
  return req
}

/**
 * Writes the demo desk: three users (one per role), the newsletter settings and one issue with its
 * letter, five stories and a sponsor block after the third story. The content goes through the
 * real workflow (the editor writes and submits, the reviewer approves and publishes the issue,
 * which publishes its contents), all in one transaction so a failure leaves nothing behind.
 */
export async function seedDemo(payload: Payload): Promise<DemoLogin[]> {
  const transactionID = (await payload.db.beginTransaction?.()) ?? undefined
  const system = await createLocalReq({}, payload)
  system.transactionID = transactionID
  try {
    const usersSlug = payload.config.admin.user as CollectionSlug
    const users: Partial<Record<Role, Record<string, unknown>>> = {}
    for (const { email, name, password, role } of demoLogins) {
      const user = await payload.create({
        collection: usersSlug,
        data: { email, name, password, roles: [role] },
        req: system,
      })
      users[role] = user as unknown as Record<string, unknown>
    }
    const editor = await actingAs(payload, users.editor!, transactionID)
    const reviewer = await actingAs(payload, users.reviewer!, transactionID)
    await payload.updateGlobal({ slug: slugs.newsletter, data: demoNewsletter, req: system })

    const submitAndApprove = async (collection: WorkflowCollection, id: number | string) => {
      await runWorkflowAction({ action: 'submit', collection, id, req: editor })
      await runWorkflowAction({ action: 'approve', collection, id, req: reviewer })
    }

    const storyIds = []
    for (const story of demoStories) {
      const heroFigure = await createFigure(payload, editor, story.hero)
      const doc = await payload.create({
        collection: slugs.stories,
        data: {
          authors: story.authors,
          dek: story.dek,
          headline: story.headline,
          heroFigure,
          sections: story.sections.map(toSection),
          tags: story.tags,
        },
        draft: true,
        req: editor,
      })
      await submitAndApprove(slugs.stories, doc.id)
      storyIds.push(doc.id)
    }

    const logo = await createFigure(payload, editor, demoSponsor.logo)
    const { logo: _logo, ...sponsorFields } = demoSponsor
    const sponsor = await payload.create({
      collection: slugs.sponsors,
      data: { ...sponsorFields, disclosure: 'Sponsored', logo },
      draft: true,
      req: editor,
    })
    await submitAndApprove(slugs.sponsors, sponsor.id)

    const letterFigure = await createFigure(payload, editor, demoLetter.figure)
    const sponsorAfter = 3
    const layout = storyIds.flatMap((story, index) => [
      { blockType: 'story' as const, story },
      ...(index + 1 === sponsorAfter
        ? [{ blockType: 'sponsor' as const, sponsor: sponsor.id }]
        : []),
    ])
    const issue = await payload.create({
      collection: slugs.issues,
      data: {
        ...demoIssue,
        layout,
        letter: richText(
          paragraph(demoLetter.greeting),
          ...toNodes(demoLetter.beforeFigure),
          figure(letterFigure),
          ...toNodes(demoLetter.afterFigure),
          paragraph(bold(demoLetter.signOff)),
        ),
      },
      draft: true,
      req: editor,
    })
    await submitAndApprove(slugs.issues, issue.id)
    await runWorkflowAction({
      action: 'publish',
      collection: slugs.issues,
      id: issue.id,
      req: reviewer,
    })
    if (transactionID) await payload.db.commitTransaction(transactionID as number | string)
    return demoLogins
  } catch (error) {
    if (transactionID) await payload.db.rollbackTransaction(transactionID as number | string)
    throw error
  }
}

export const printDemoLogins = (payload: Payload, logins: DemoLogin[]): void => {
  payload.logger.info(
    [
      'Newsdesk demo logins (change these before real use):',
      ...logins.map((l) => `  ${l.role.padEnd(9)} ${l.email} / ${l.password}`),
    ].join('\n'),
  )
}

/** Seeds the demo desk on a database with no users yet; a later start keeps what was edited. */
export async function seedDemoIfEmpty(payload: Payload): Promise<void> {
  const { totalDocs } = await payload.count({
    collection: payload.config.admin.user as CollectionSlug,
    overrideAccess: true,
  })
  if (totalDocs > 0) return
  printDemoLogins(payload, await seedDemo(payload))
}
