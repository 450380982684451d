/**
 * The archives `npm run bench:scale` reads: `stories` stories in issues of five, each story with a
 * hero figure of its own except the last of every issue, which shows the hero of a story from an
 * earlier issue (as an archive reuses its photos).
 *
 * The first issue goes through the real workflow (the editor writes and submits, the reviewer
 * approves, publishing the issue publishes its stories and makes its edition), and its documents are
 * the pattern of the rest: each later issue copies them through Payload's database adapter, the
 * code path every Local API write ends in, in transactions of `issuesPerBatch` issues. Going through
 * the workflow costs about 0.1 s a story here, too slow for 20,000; the adapter writes the same rows
 * (documents, their published version, blocks and relations) at a tenth of that. The hooks the copy
 * skips are then asked for what they would have made: each issue's edition, and the figures' reader
 * visibility. Figure files are hard links to the pattern's, so every copy can be served.
 *
 * Last, `pendingIssues` issues are written and approved through the workflow, each placing five
 * archive stories, for the bench to publish; the soonest is the desk's next issue.
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { createLocalReq, type Payload, type PayloadRequest } from 'payload'

import type { Figure, Issue, Story } from '../payload-types'
import { figureIdsIn } from '../src/figures/used'
import { recordFigureVisibility } from '../src/figures/visibility'
import type { ID } from '../src/shared/ids'
import { slugs } from '../src/shared/slugs'
import { refreshEditionsShowing } from '../src/site/editions'
import { runWorkflowAction } from '../src/workflow/server'
import { seedBenchIssue } from './benchApiSeed'

export const storiesPerIssue = 5
const issuesPerBatch = 50
export const pendingIssues = 15

export interface ScaleArchive {
  /** Issues ready to publish, soonest first. */
  pending: ID[]
  /** A published story in the middle of the archive. */
  storySlug: string
  /** A figure file a reader may fetch. */
  figureFile: string
  issues: number
  stories: number
}

type Doc = Record<string, unknown>

const blockID = () => crypto.randomBytes(12).toString('hex')

/** Array rows and blocks with new IDs, as Payload gives each row it writes. */
function renewIDs<T>(value: T): T {
  if (Array.isArray(value)) return value.map(renewIDs) as T
  if (!value || typeof value !== 'object') return value
  const record = value as Doc
  if ('root' in record) return value // rich text, kept as it is
  return Object.fromEntries(
    Object.entries(record).map(([key, inner]) => [key, key === 'id' ? blockID() : renewIDs(inner)]),
  ) as T
}

/** A document as the adapter takes it: no ID or timestamps, its rows renewed. */
function copyOf(doc: Doc, changes: Doc): Doc {
  const { createdAt: _c, id: _id, updatedAt: _u, ...fields } = doc
  return { ...renewIDs(fields), ...changes }
}

// A second apart, as documents written by people are: Payload breaks ties in a list's sort with a
// second column, and a thousand rows written in one millisecond would all tie.
let clock = Date.parse('2015-01-05T09:00:00.000Z')
const nextTimestamp = () => new Date((clock += 1000)).toISOString()

async function createPublished(
  payload: Payload,
  req: PayloadRequest,
  collection: 'figures' | 'issues' | 'stories',
  data: Doc,
): Promise<ID> {
  const now = nextTimestamp()
  const doc = await payload.db.create({
    collection,
    data: { ...data, createdAt: now, updatedAt: now },
    req,
  })
  if (collection !== slugs.figures)
    await payload.db.createVersion({
      autosave: false,
      collectionSlug: collection,
      createdAt: now,
      parent: doc.id,
      req,
      updatedAt: now,
      versionData: { ...data, createdAt: now, updatedAt: now },
    })
  return doc.id as ID
}

/** A copy of a figure's row, its files hard-linked under new names. */
async function copyFigure(
  payload: Payload,
  req: PayloadRequest,
  figure: Figure,
  copy: number,
  dir: string,
): Promise<ID> {
  const renamed = (filename: string) => filename.replace(/^/, `c${copy}-`)
  const link = (filename: string) =>
    fs.linkSync(path.join(dir, filename), path.join(dir, renamed(filename)))
  link(figure.filename!)
  for (const source of figure.sources ?? []) link(source.filename)
  return createPublished(
    payload,
    req,
    slugs.figures,
    copyOf(figure as unknown as Doc, {
      filename: renamed(figure.filename!),
      shownToReaders: false,
      sources: (figure.sources ?? []).map(({ id: _id, url: _url, ...source }) => ({
        ...source,
        filename: renamed(source.filename),
        id: blockID(),
      })),
      url: undefined,
    }),
  )
}

export async function seedScaleArchive(
  payload: Payload,
  { stories }: { stories: number },
): Promise<ScaleArchive> {
  const issueCount = Math.max(1, Math.round(stories / storiesPerIssue))
  const first = await seedBenchIssue(payload, { storyCount: storiesPerIssue })
  const { editor, reviewer } = first
  const pattern = (await payload.findByID({
    collection: slugs.issues,
    depth: 0,
    id: first.issue,
    overrideAccess: true,
  })) as Issue
  const patternStories = (
    await payload.find({
      collection: slugs.stories,
      depth: 0,
      overrideAccess: true,
      pagination: false,
      where: { id: { in: first.stories } },
    })
  ).docs as Story[]
  const storyOf = new Map(patternStories.map((story) => [String(story.id), story]))
  const patternFigures = new Map<string, Figure>()
  for (const story of patternStories) {
    const figure = (await payload.findByID({
      collection: slugs.figures,
      depth: 0,
      id: story.heroFigure as ID,
      overrideAccess: true,
    })) as Figure
    patternFigures.set(String(figure.id), figure)
  }
  const dir = payload.collections[slugs.figures].config.upload.staticDir!
  const day = 24 * 60 * 60 * 1000
  const firstDate = Date.parse(pattern.publishDate as string)
  const published = { _status: 'published', stage: 'published' }

  const issueIDs: ID[] = [pattern.id]
  const heroes: ID[] = patternStories.map((story) => story.heroFigure as ID)
  let middleSlug = patternStories[0]!.slug as string
  let copies = 0
  for (let start = 1; start < issueCount; start += issuesPerBatch) {
    const req = await createLocalReq({ user: reviewer.user! }, payload)
    req.transactionID = (await payload.db.beginTransaction())!
    for (let index = start; index < Math.min(issueCount, start + issuesPerBatch); index++) {
      const number = pattern.number + index
      const layout: Doc[] = []
      for (const [position, block] of (pattern.layout ?? []).entries()) {
        if (block.blockType !== 'story') {
          layout.push(renewIDs(block as unknown as Doc))
          continue
        }
        const story = storyOf.get(String(block.story))!
        const sharesHero = position === (pattern.layout ?? []).length - 1
        const heroFigure = sharesHero
          ? heroes[(index * 7) % heroes.length]!
          : await copyFigure(
              payload,
              req,
              patternFigures.get(String(story.heroFigure))!,
              ++copies,
              dir,
            )
        if (!sharesHero) heroes.push(heroFigure)
        const headline = `${story.headline.slice(0, 60)}, No. ${number}`
        const slug = `${story.slug}-${number}`
        const data = copyOf(story as unknown as Doc, { ...published, headline, heroFigure, slug })
        data.figuresUsed = figureIdsIn(data, ['heroFigure'])
        layout.push({
          ...renewIDs(block as unknown as Doc),
          story: await createPublished(payload, req, slugs.stories, data),
        })
        if (index === Math.floor(issueCount / 2)) middleSlug = slug
      }
      const issue = copyOf(pattern as unknown as Doc, {
        ...published,
        layout,
        number,
        publishDate: new Date(firstDate + index * 7 * day).toISOString(),
        slug: `${pattern.slug}-${number}`,
        title: `${pattern.title}, No. ${number}`,
      })
      issue.figuresUsed = figureIdsIn(issue, [])
      const id = await createPublished(payload, req, slugs.issues, issue)
      await refreshEditionsShowing(req, slugs.issues, id)
      issueIDs.push(id)
    }
    await payload.db.commitTransaction(req.transactionID)
    process.stderr.write(
      `\r  ${Math.min(issueCount, start + issuesPerBatch)} of ${issueCount} issues`,
    )
  }
  process.stderr.write('\n')
  await recordFigureVisibility(await createLocalReq({}, payload), heroes)

  const pending: ID[] = []
  const lastDate = firstDate + issueCount * 7 * day
  for (let index = 0; index < pendingIssues; index++) {
    const number = pattern.number + issueCount + index
    const placed = (pattern.layout ?? []).filter((block) => block.blockType === 'story')
    const draft = await payload.create({
      collection: slugs.issues,
      data: {
        letter: pattern.letter,
        layout: placed.map((block) => ({ blockType: 'story' as const, story: block.story })),
        number,
        preheader: pattern.preheader,
        publishDate: new Date(lastDate + index * 7 * day).toISOString(),
        subjectLine: pattern.subjectLine,
        title: `${pattern.title}, No. ${number}`,
      },
      draft: true,
      req: editor,
    })
    await runWorkflowAction({
      action: 'submit',
      collection: slugs.issues,
      id: draft.id,
      req: editor,
    })
    await runWorkflowAction({
      action: 'approve',
      collection: slugs.issues,
      id: draft.id,
      req: reviewer,
    })
    pending.push(draft.id)
  }
  const figure = patternFigures.values().next().value!
  return {
    figureFile:
      figure.sources?.find((source) => source.format === 'jpeg')?.filename ?? figure.filename!,
    issues: issueIDs.length,
    pending,
    stories: issueIDs.length * storiesPerIssue,
    storySlug: middleSlug,
  }
}
