/**
 * Editions: each published issue stored as the site reads it (collections/Editions.ts).
 *
 * A published issue changes only when it, or something in it, is published, unpublished or
 * changed; readers ask for it on every page view. So the walk over its stories, sponsors and
 * figures is made once per change, in the transaction of that change, and a site read is one
 * lookup. The walk is the public read itself, made as an anonymous reader under the collections'
 * own access rules: an edition holds exactly what a reader could read, nothing more.
 *
 * Which editions a change touches is recorded on each edition (`dependsOn`): every story and
 * sponsor in the issue's layout, unpublished ones included, and every document its content refers
 * to (figures, linked stories and issues), so republishing a story that was withdrawn from a
 * published issue remakes that issue's edition as surely as withdrawing it did.
 */
import type { CollectionSlug, PayloadRequest, Where } from 'payload'

import type { Issue, IssueEdition, IssueEditionsSelect, Sponsor, Story } from '../../payload-types'
import { declarePopulate } from '../access/readable'
import { idOf, type ID } from '../shared/ids'
import { slugs } from '../shared/slugs'
import { readerRequest } from './reader'
import { published } from '../shared/published'
import { issueDepth, issueSelect, sitePopulate } from './selection'
import { siteIssue, type SiteIssue } from './shape'

/** The key `dependsOn` records a document under. */
const dependencyKey = (collection: string, id: ID): string => `${collection}:${String(id)}`

/** The published issue as an anonymous reader reads it now, inside the request's transaction. */
async function readPublishedIssue(req: PayloadRequest, issueID: ID): Promise<SiteIssue | null> {
  const reader = await readerRequest(req)
  declarePopulate(reader, sitePopulate)
  const { docs } = await req.payload.find({
    collection: slugs.issues,
    depth: issueDepth,
    draft: false,
    limit: 1,
    overrideAccess: false,
    pagination: false,
    populate: sitePopulate,
    req: reader,
    select: issueSelect,
    where: { and: [published, { id: { equals: issueID } }] },
  })
  return docs[0] ? siteIssue(docs[0] as Issue) : null
}

/** Every `{ relationTo, value }` in a document's rich text: figures placed inline, links to stories and issues. */
function referencesIn(node: unknown, found: Set<string>): Set<string> {
  if (Array.isArray(node)) node.forEach((item) => referencesIn(item, found))
  else if (node && typeof node === 'object') {
    const { relationTo, value } = node as { relationTo?: unknown; value?: unknown }
    const id = idOf(value)
    if (typeof relationTo === 'string' && id !== undefined) found.add(dependencyKey(relationTo, id))
    Object.values(node).forEach((item) => referencesIn(item, found))
  }
  return found
}

/**
 * What the issue's edition depends on, read without access rules from the stored documents: a
 * story the reader cannot read yet is absent from the edition, yet its publishing must remake it.
 */
async function dependenciesOf(req: PayloadRequest, issueID: ID): Promise<string[]> {
  const found = new Set([dependencyKey(slugs.issues, issueID)])
  const issue = await req.payload.findByID({
    collection: slugs.issues,
    depth: 0,
    draft: false,
    id: issueID,
    overrideAccess: true,
    req,
    select: { layout: true, letter: true },
  })
  referencesIn(issue.letter, found)
  const placed = { [slugs.sponsors]: [] as ID[], [slugs.stories]: [] as ID[] }
  for (const block of issue.layout ?? []) {
    const [collection, id] =
      block.blockType === 'story'
        ? [slugs.stories, idOf(block.story)]
        : [slugs.sponsors, idOf(block.sponsor)]
    if (id === undefined) continue
    placed[collection].push(id)
    found.add(dependencyKey(collection, id))
  }
  const placedDocuments = (collection: typeof slugs.stories | typeof slugs.sponsors) =>
    placed[collection].length === 0
      ? []
      : req.payload
          .find({
            collection,
            depth: 0,
            draft: false,
            overrideAccess: true,
            pagination: false,
            req,
            where: { id: { in: placed[collection] } },
          })
          .then(({ docs }) => docs)
  const [stories, sponsors] = await Promise.all([
    placedDocuments(slugs.stories),
    placedDocuments(slugs.sponsors),
  ])
  for (const story of stories as Story[]) {
    const hero = idOf(story.heroFigure)
    if (hero !== undefined) found.add(dependencyKey(slugs.figures, hero))
    referencesIn(story.sections, found)
  }
  for (const sponsor of sponsors as Sponsor[]) {
    const logo = idOf(sponsor.logo)
    if (logo !== undefined) found.add(dependencyKey(slugs.figures, logo))
  }
  return [...found]
}

/** Makes, remakes or removes the edition of one issue, as it reads now. */
async function writeEdition(req: PayloadRequest, issueID: ID): Promise<void> {
  const [edition] = await findEditions(
    req,
    { issue: { equals: String(issueID) } },
    { issue: true },
    1,
  )
  // Two transactions remaking one edition at once (two stories of the issue unpublished together)
  // would each read the issue without the other's change, and the later commit would keep a stale
  // edition. Writing to the edition's row first makes the second wait until the first commits;
  // what it reads next includes that change.
  if (edition)
    await req.payload.db.updateOne({
      collection: slugs.editions,
      data: { issue: edition.issue },
      id: edition.id,
      req,
      returning: false,
    })
  const content = await readPublishedIssue(req, issueID)
  if (!content) {
    if (edition)
      await req.payload.delete({
        collection: slugs.editions,
        id: edition.id,
        overrideAccess: true,
        req,
      })
    return
  }
  const data = {
    content: content as unknown as IssueEdition['content'],
    dependsOn: await dependenciesOf(req, issueID),
    issue: String(issueID),
    number: content.number,
    slug: content.slug,
  }
  if (edition)
    await req.payload.update({
      collection: slugs.editions,
      data,
      id: edition.id,
      overrideAccess: true,
      req,
    })
  else await req.payload.create({ collection: slugs.editions, data, overrideAccess: true, req })
}

/**
 * Remakes every edition that shows this document, in the request's transaction; for an issue,
 * its own edition too (made when it is first published, removed when it is unpublished).
 */
export async function refreshEditionsShowing(
  req: PayloadRequest,
  collection: CollectionSlug,
  id: ID,
): Promise<void> {
  const showing = await findEditions(
    req,
    { dependsOn: { equals: dependencyKey(collection, id) } },
    { issue: true },
  )
  const issues = new Set(showing.map((edition) => edition.issue))
  if (collection === slugs.issues) issues.add(String(id))
  // In one order everywhere, so two transactions that lock the same editions cannot deadlock.
  for (const issue of [...issues].sort()) await writeEdition(req, issue)
}

/** The newest edition that matches, as the site shows it. */
export async function findEdition(req: PayloadRequest, where?: Where): Promise<SiteIssue | null> {
  const [edition] = await findEditions(req, where, { content: true }, 1)
  return edition ? (edition.content as unknown as SiteIssue) : null
}

/**
 * Editions that match, newest first. Read past access rules: each was made under the readers'
 * rules (readPublishedIssue), and the collection itself is closed to every API caller.
 */
async function findEditions(
  req: PayloadRequest,
  where: Where | undefined,
  select: IssueEditionsSelect,
  limit?: number,
): Promise<IssueEdition[]> {
  const { docs } = await req.payload.find({
    collection: slugs.editions,
    depth: 0,
    limit,
    overrideAccess: true,
    pagination: false,
    req,
    select,
    sort: '-number',
    where,
  })
  return docs as IssueEdition[]
}
