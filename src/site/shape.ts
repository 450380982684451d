/**
 * The shapes the public site reads: published documents with their relations resolved and their
 * rich text as both Lexical JSON and HTML. Only what a reader sees; no workflow fields.
 */
import type { Issue, Newsletter, Sponsor, Story } from '../../payload-types'
import { genericSection, sectionKinds } from '../shared/sections'
import { isAbsoluteHttpUrl } from '../shared/urls'
import { asStored, populated, siteFigure, type FileURL, type SiteFigure } from './figure'
import { richTextHTML } from './html'

export interface SiteSection {
  body: unknown
  heading: string
  html: string
  kind: string
}

export interface SiteStory {
  authors: string[]
  dek: string | null
  headline: string
  heroFigure: SiteFigure | null
  id: string
  sections: SiteSection[]
  slug: string | null
  tags: string[]
}

export interface SiteSponsor {
  copy: string | null
  ctaLabel: string | null
  ctaUrl: string | null
  disclosure: string
  headline: string | null
  id: string
  logo: SiteFigure | null
  name: string
  url: string | null
}

export type SiteIssueBlock =
  | { copy: null; kind: 'story'; sponsor: null; story: SiteStory }
  | { copy: string | null; kind: 'sponsor'; sponsor: SiteSponsor; story: null }

export interface SiteIssue {
  id: string
  layout: SiteIssueBlock[]
  letter: unknown
  letterHtml: string
  number: number
  preheader: string | null
  publishDate: string | null
  slug: string | null
  subjectLine: string | null
  title: string
}

export interface SiteArchiveEntry {
  id: string
  leadStory: { dek: string | null; headline: string; slug: string | null } | null
  number: number
  publishDate: string | null
  slug: string | null
  title: string
}

export interface SitePage<T> {
  docs: T[]
  hasNextPage: boolean
  limit: number
  page: number
  totalDocs: number
  totalPages: number
}

export type SiteNewsletter = Pick<Newsletter, 'footerText' | 'name' | 'subscribeUrl' | 'tagline'>

const headingOf = (section: NonNullable<Story['sections']>[number]): string => {
  if (section.blockType === genericSection.slug) return section.heading
  return (
    section.label ||
    (sectionKinds.find((kind) => kind.slug === section.blockType)?.label ?? section.blockType)
  )
}

export const siteStory = (story: Story, fileURL: FileURL = asStored): SiteStory => ({
  authors: story.authors ?? [],
  dek: story.dek ?? null,
  headline: story.headline,
  heroFigure: siteFigure(story.heroFigure, fileURL),
  id: String(story.id),
  sections: (story.sections ?? []).map((section) => ({
    body: section.body ?? null,
    heading: headingOf(section),
    html: richTextHTML(section.body, fileURL),
    kind: section.blockType,
  })),
  slug: story.slug ?? null,
  tags: story.tags ?? [],
})

/** Saving refuses any other link, but one stored before that rule existed must not reach a reader's page. */
const httpURLOrNull = (url: string | null | undefined): string | null =>
  url && isAbsoluteHttpUrl(url) ? url : null

const siteSponsor = (sponsor: Sponsor, fileURL: FileURL = asStored): SiteSponsor => ({
  copy: sponsor.copy ?? null,
  ctaLabel: sponsor.ctaLabel ?? null,
  ctaUrl: httpURLOrNull(sponsor.ctaUrl),
  disclosure: sponsor.disclosure,
  headline: sponsor.headline ?? null,
  id: String(sponsor.id),
  logo: siteFigure(sponsor.logo, fileURL),
  name: sponsor.name,
  url: httpURLOrNull(sponsor.url),
})

const siteBlock = (
  block: NonNullable<Issue['layout']>[number],
  fileURL: FileURL,
): SiteIssueBlock | null => {
  if (block.blockType === 'story') {
    const story = populated(block.story)
    return story && { copy: null, kind: 'story', sponsor: null, story: siteStory(story, fileURL) }
  }
  const sponsor = populated(block.sponsor)
  return (
    sponsor && {
      copy: block.copy ?? null,
      kind: 'sponsor',
      sponsor: siteSponsor(sponsor, fileURL),
      story: null,
    }
  )
}

export const siteIssue = (issue: Issue, fileURL: FileURL = asStored): SiteIssue => ({
  id: String(issue.id),
  layout: (issue.layout ?? [])
    .map((block) => siteBlock(block, fileURL))
    .filter((block): block is SiteIssueBlock => block !== null),
  letter: issue.letter ?? null,
  letterHtml: richTextHTML(issue.letter, fileURL),
  number: issue.number,
  preheader: issue.preheader ?? null,
  publishDate: issue.publishDate ?? null,
  slug: issue.slug ?? null,
  subjectLine: issue.subjectLine ?? null,
  title: issue.title,
})
