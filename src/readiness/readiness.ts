import { ValidationError, type PayloadRequest, type ValidationFieldError } from 'payload'

import { idOf } from '../shared/ids'
import { optionsOf } from '../options'
import { checkIssue, checkStory } from '../../hooks/rules'
import type {
  FigureContent,
  PlacedStory,
  Problem,
  Readiness,
  StoryContent,
} from '../../hooks/rules/types'
import { slugs } from '../shared/slugs'
import type { ID } from '../shared/ids'

export type { Problem, Readiness } from '../../hooks/rules/types'

export type ReadinessCollection = typeof slugs.stories | typeof slugs.issues

/** Figures by ID, read past access control: readiness is about content, not about who may see it. */
async function figuresById(ids: ID[], req: PayloadRequest): Promise<Map<ID, FigureContent>> {
  if (ids.length === 0) return new Map()
  const { docs } = await req.payload.find({
    collection: slugs.figures,
    depth: 0,
    overrideAccess: true,
    pagination: false,
    req,
    select: { alt: true, filename: true },
    where: { id: { in: ids } },
  })
  return new Map<ID, FigureContent>(docs.map((figure) => [figure.id, figure]))
}

/** Stories with their hero figure swapped for its record (an ID is kept when the figure is gone). */
async function withHeroFigures(
  stories: Record<string, unknown>[],
  req: PayloadRequest,
): Promise<StoryContent[]> {
  const heroIds = stories.flatMap((story) => {
    const hero = story.heroFigure
    return typeof hero === 'object' && hero !== null
      ? []
      : [idOf(hero)].filter((id) => id !== undefined)
  })
  const figures = await figuresById([...new Set(heroIds)], req)
  return stories.map((story) => {
    const hero = story.heroFigure
    const id = idOf(hero)
    const resolved =
      typeof hero === 'object' && hero !== null
        ? hero
        : id !== undefined
          ? (figures.get(id) ?? id)
          : null
    return { ...story, heroFigure: resolved } as StoryContent
  })
}

const storyReadiness = async (
  stories: Record<string, unknown>[],
  req: PayloadRequest,
): Promise<Readiness[]> => {
  const options = optionsOf(req.payload.config).rules
  return (await withHeroFigures(stories, req)).map((story) => checkStory(story, options))
}

/** The stories an issue places, in layout order, each with its readiness (latest draft of each). */
async function placedStories(layout: unknown, req: PayloadRequest): Promise<PlacedStory[]> {
  const blocks = (Array.isArray(layout) ? layout : [])
    .map((block: { blockType?: unknown; story?: unknown }, index) => ({
      id: idOf(block?.story),
      index,
      type: block?.blockType,
    }))
    .filter((block) => block.type === 'story')
  const ids = [...new Set(blocks.flatMap(({ id }) => (id === undefined ? [] : [id])))]
  const { docs } =
    ids.length === 0
      ? { docs: [] }
      : await req.payload.find({
          collection: slugs.stories,
          depth: 0,
          draft: true,
          overrideAccess: true,
          pagination: false,
          req,
          where: { id: { in: ids } },
        })
  const readiness = await storyReadiness(docs as unknown as Record<string, unknown>[], req)
  const byId = new Map<ID, { headline: string; readiness: Readiness }>(
    docs.map((doc, position) => [
      doc.id,
      { headline: doc.headline, readiness: readiness[position] },
    ]),
  )
  return blocks.map(({ id, index }) => {
    const found = id === undefined ? undefined : byId.get(id)
    return {
      headline: found?.headline || `Story ${index + 1}`,
      path: `layout.${index}.story`,
      readiness: found?.readiness ?? null,
    }
  })
}

/**
 * Whether a story or an issue may go to review or be published, with every problem found.
 * `doc` is the document as it is or would be saved (IDs or populated relations both work);
 * an issue's stories are read in their latest draft. Warnings never make `ready` false.
 */
export async function readinessOf({
  collection,
  doc,
  req,
}: {
  collection: ReadinessCollection
  doc: Record<string, unknown>
  req: PayloadRequest
}): Promise<Readiness> {
  if (collection === slugs.stories) return (await storyReadiness([doc], req))[0]
  const stories = await placedStories(doc.layout, req)
  return checkIssue(
    { letter: doc.letter, publishDate: doc.publishDate as string | null | undefined, stories },
    optionsOf(req.payload.config).rules,
  )
}

type ProblemAsFieldError = ValidationFieldError & Pick<Problem, 'rule'>

/**
 * The refusal for a document that is not ready: a 400 whose `data.errors` lists every blocking
 * problem with its field path and rule, so the admin marks each field and a caller can act on all,
 * and whose message says each problem once, in the checklist's words.
 */
export class NotReadyError extends ValidationError {
  constructor({
    collection,
    id,
    readiness,
    req,
  }: {
    collection: ReadinessCollection
    id?: ID
    readiness: Readiness
    req?: PayloadRequest
  }) {
    const errors: ProblemAsFieldError[] = readiness.problems
      .filter((problem) => problem.severity === 'error')
      .map(({ message, path, rule }) => ({ message, path, rule }))
    super({ collection, errors, id, req })
    // Payload's message lists field paths ("dek, sections, sections.0.body"); people read the rules' words.
    this.message = `Not ready: ${[...new Set(errors.map((error) => error.message))].join(' ')}`
  }
}

/** Throws `NotReadyError` unless the document passes every rule that is an error. */
export async function assertReady(args: {
  collection: ReadinessCollection
  doc: Record<string, unknown>
  req: PayloadRequest
}): Promise<void> {
  const readiness = await readinessOf(args)
  if (!readiness.ready)
    throw new NotReadyError({
      collection: args.collection,
      id: idOf(args.doc.id),
      readiness,
      req: args.req,
    })
}
