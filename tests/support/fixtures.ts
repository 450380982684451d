import { createLocalReq, type PayloadRequest } from 'payload'

import type { Issue, Story } from '../../payload-types'
import { paragraph, richText } from '../../src/lexical'
import type { Role } from '../../src/roles'
import { demoImage } from '../../src/seed/demoImage'
import { runWorkflowAction, type WorkflowCollection } from '../../src/workflowServer'
import type { ActionName } from '../../src/workflow'
import { payload, unique, userOf } from './api'

/** A Local API request acting as the demo user with this role. */
export async function actingAs(role: Role): Promise<PayloadRequest> {
  const user = await userOf(role)
  return createLocalReq({ user: { ...user, collection: 'users' } }, payload)
}

export async function act<C extends WorkflowCollection>(role: Role, action: ActionName, collection: C, id: number | string, extra: { note?: string; overrideReason?: string } = {}) {
  return runWorkflowAction({ ...extra, action, collection, id, req: await actingAs(role) })
}

/** Takes a document through review to publication: the editor submits, the reviewer approves and publishes. */
export async function publishThroughReview<C extends WorkflowCollection>(collection: C, id: number | string) {
  await act('editor', 'submit', collection, id)
  await act('reviewer', 'approve', collection, id)
  return act('reviewer', 'publish', collection, id)
}

/** A figure stored through the Local API, with a real image file. */
export async function makeFigure(alt = `Test figure ${unique()}`) {
  const data = await demoImage(['#123456', '#abcdef'], 320, 180)
  return payload.create({
    collection: 'figures',
    data: { alt },
    file: { data, mimetype: 'image/jpeg', name: `figure-${unique()}.jpg`, size: data.length },
  })
}

type Status = 'draft' | 'published'

type Sections = NonNullable<Story['sections']>

export async function makeStory(status: Status, headline = `Story ${unique()}`, heroFigure?: number | string, sections?: Sections) {
  const story = await payload.create({
    collection: 'stories',
    data: {
      headline,
      heroFigure: heroFigure as number | undefined,
      sections: sections ?? [{ blockType: 'whatsNew', body: richText(paragraph(`${headline}: what is new.`)) }],
    },
    draft: true,
    req: await actingAs('editor'),
  })
  return status === 'published' ? publishThroughReview('stories', story.id) : story
}

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
    data: { layout, number: unique(), title },
    draft: true,
    req: await actingAs('editor'),
  })
  return status === 'published' ? publishThroughReview('issues', issue.id) : issue
}
