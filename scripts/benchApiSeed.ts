/**
 * The content `npm run bench:api` reads: the demo users, and one issue of 6 stories (the demo
 * stories, the first one twice; `storyCount` others) with a 1600 x 1000 hero figure each and a sponsor block after the
 * third story, taken through the real workflow: the editor writes and submits, the reviewer
 * approves, and publishing the issue publishes its contents.
 */
import { createLocalReq, type CollectionSlug, type Payload, type PayloadRequest } from 'payload'

import { slugify } from '../hooks/shared/slugFromField'
import { bold, paragraph, richText } from '../src/shared/lexical'
import { demoLogins, toSection } from '../src/seed'
import {
  demoIssue,
  demoLetter,
  demoSponsor,
  demoStories,
  type DemoStory,
} from '../src/seed/demoContent'
import { demoImage } from '../src/seed/demoImage'
import { slugs } from '../src/shared/slugs'
import { runWorkflowAction } from '../src/workflow/server'
import type { WorkflowCollection } from '../src/workflow/table'

const benchStories = (storyCount: number): DemoStory[] =>
  Array.from({ length: storyCount }, (_, index) => {
    const story = demoStories[index % demoStories.length]
    if (index < demoStories.length) return story
    return {
      ...story,
      headline: `${story.headline}, Revisited`,
      hero: { ...story.hero, alt: `${story.hero.alt} (revisited)` },
    }
  })

async function usersByRole(
  payload: Payload,
): Promise<Record<'editor' | 'reviewer', PayloadRequest>> {
  const usersSlug = payload.config.admin.user as CollectionSlug
  const requests: Partial<Record<string, PayloadRequest>> = {}
  for (const { email, password, role } of demoLogins) {
    const user = await payload.create({
      collection: usersSlug,
      data: { email, password, roles: [role] },
      overrideAccess: true,
    })
    requests[role] = await createLocalReq(
      { user: { ...user, collection: usersSlug } as NonNullable<PayloadRequest['user']> },
      payload,
    )
  }
  return requests as Record<'editor' | 'reviewer', PayloadRequest>
}

export interface BenchIssue {
  editor: PayloadRequest
  issue: number
  number: number
  reviewer: PayloadRequest
  stories: number[]
}

export async function seedBenchIssue(
  payload: Payload,
  { storyCount = 6 }: { storyCount?: number } = {},
): Promise<BenchIssue> {
  const { editor, reviewer } = await usersByRole(payload)
  const submitAndApprove = async (collection: WorkflowCollection, id: number | string) => {
    await runWorkflowAction({ action: 'submit', collection, id, req: editor })
    await runWorkflowAction({ action: 'approve', collection, id, req: reviewer })
  }

  const storyIDs: number[] = []
  for (const story of benchStories(storyCount)) {
    const image = await demoImage(story.hero.palette, 1600, 1000)
    const figure = await payload.create({
      collection: slugs.figures,
      data: { alt: story.hero.alt, caption: story.hero.caption, credit: story.hero.credit },
      file: {
        data: image,
        mimetype: 'image/jpeg',
        name: `${slugify(story.headline)}.jpg`,
        size: image.length,
      },
      req: editor,
    })
    const { hero: _hero, sections, ...fields } = story
    const doc = await payload.create({
      collection: slugs.stories,
      data: { ...fields, heroFigure: figure.id, sections: sections.map(toSection) },
      draft: true,
      req: editor,
    })
    await submitAndApprove(slugs.stories, doc.id)
    storyIDs.push(doc.id)
  }

  const { logo: _logo, ...sponsorFields } = demoSponsor
  const sponsor = await payload.create({
    collection: slugs.sponsors,
    data: { ...sponsorFields, disclosure: 'Sponsored' },
    draft: true,
    req: editor,
  })
  await submitAndApprove(slugs.sponsors, sponsor.id)

  const layout = storyIDs.flatMap((story, index) => [
    { blockType: 'story' as const, story },
    ...(index === 2 ? [{ blockType: 'sponsor' as const, sponsor: sponsor.id }] : []),
  ])
  const letter = richText(
    paragraph(demoLetter.greeting),
    ...[...demoLetter.beforeFigure, ...demoLetter.afterFigure]
      .filter((block) => typeof block === 'string')
      .map((text) => paragraph(text)),
    paragraph(bold(demoLetter.signOff)),
  )
  const issue = await payload.create({
    collection: slugs.issues,
    data: { ...demoIssue, layout, letter },
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
  return { editor, issue: issue.id, number: demoIssue.number, reviewer, stories: storyIDs }
}
