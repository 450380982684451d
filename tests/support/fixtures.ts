import { createLocalReq, type PayloadRequest } from 'payload'

import type { Issue, Story } from '../../payload-types'
import { bold, paragraph, richText } from '../../src/shared/lexical'
import type { Role } from '../../src/shared/roles'
import { demoImage } from '../../src/seed/demoImage'
import type { ActionName } from '../../src/workflow/table'
import { runWorkflowAction } from '../../src/workflow/server'
import type { WorkflowCollection } from '../../src/workflow/table'
import { payload, unique, userOf } from './api'
import type { ID } from '../../src/shared/ids'

/** A Local API request acting as the demo user with this role. */
export async function actingAs(role: Role): Promise<PayloadRequest> {
  const user = await userOf(role)
  return createLocalReq({ user: { ...user, collection: 'users' } }, payload)
}

export async function act<C extends WorkflowCollection>(
  role: Role,
  action: ActionName,
  collection: C,
  id: ID,
  extra: { note?: string; overrideReason?: string } = {},
) {
  return runWorkflowAction({ ...extra, action, collection, id, req: await actingAs(role) })
}

/** Takes a document through review to publication: the editor submits, the reviewer approves and publishes. */
export async function publishThroughReview<C extends WorkflowCollection>(collection: C, id: ID) {
  await act('editor', 'submit', collection, id)
  await act('reviewer', 'approve', collection, id)
  return act('reviewer', 'publish', collection, id)
}

/** A figure stored through the Local API, with a real image file. */
export async function makeFigure(alt = `Test figure ${unique()}, a photograph of a test bench`) {
  const data = await demoImage(['#123456', '#abcdef'], 320, 180)
  return payload.create({
    collection: 'figures',
    data: { alt },
    file: { data, mimetype: 'image/jpeg', name: `figure-${unique()}.jpg`, size: data.length },
  })
}

type Status = 'draft' | 'published'

/** The sections a story needs to pass the default rules, each with a line of text. */
export const completeSections = (headline: string) => [
  { blockType: 'whatsNew' as const, body: richText(paragraph(`${headline}: what is new.`)) },
  { blockType: 'whyItMatters' as const, body: richText(paragraph(`${headline}: why it matters.`)) },
  { blockType: 'wereThinking' as const, body: richText(paragraph(`${headline}: what we think.`)) },
]

/**
 * A story an editor wrote that passes every default rule, so it may go through review; a hero
 * figure is made when none is given. 'published' takes it through review.
 */
type Sections = NonNullable<Story['sections']>

export async function makeStory(
  status: Status,
  headline = `Story ${unique()}`,
  heroFigure?: ID,
  sections?: Sections,
) {
  const story = await payload.create({
    collection: 'stories',
    data: {
      dek: `The one sentence under ${headline}.`,
      headline,
      heroFigure: (heroFigure ?? (await makeFigure()).id) as number,
      sections: sections ?? completeSections(headline),
    },
    draft: true,
    req: await actingAs('editor'),
  })
  return status === 'published' ? publishThroughReview('stories', story.id) : story
}

/** An editor's letter that passes the issue rules: greeting, body, sign-off. */
export const readyLetter = () =>
  richText(
    paragraph('Dear friends,'),
    paragraph(
      'This week we look at what changed and why it matters to the people who build with it.',
    ),
    paragraph(bold('Keep learning!')),
  )

export async function makeSponsor(status: Status, name = `Sponsor ${unique()}`) {
  const sponsor = await payload.create({
    collection: 'sponsors',
    data: { disclosure: 'Sponsored', name },
    draft: true,
    req: await actingAs('editor'),
  })
  return status === 'published' ? publishThroughReview('sponsors', sponsor.id) : sponsor
}

type Layout = NonNullable<Issue['layout']>

export async function makeIssue(status: Status, layout: Layout = [], title = `Issue ${unique()}`) {
  const issue = await payload.create({
    collection: 'issues',
    data: { layout, letter: readyLetter(), number: unique(), title },
    draft: true,
    req: await actingAs('editor'),
  })
  return status === 'published' ? publishThroughReview('issues', issue.id) : issue
}

/** A published story, and a maker of published issues that hold just it. */
export async function issuesOfOnePublishedStory(): Promise<() => ReturnType<typeof makeIssue>> {
  const story = await makeStory('published')
  return () => makeIssue('published', [{ blockType: 'story', story: story.id as number }])
}
