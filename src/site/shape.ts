/**
 * The shapes the public site reads: published documents with their relations resolved and their
 * rich text as both Lexical JSON and HTML. Only what a reader sees; no workflow fields.
 */
import type { Figure, Issue, Newsletter, Sponsor, Story } from '../../payload-types'
import { isCrop } from '../figures/pipeline'
import { genericSection, sectionKinds } from '../sections'
import { richTextHTML } from './html'

type ID = number | string

/** One format's responsive widths, ready for a <source srcset> (or <img srcset> for JPEG). */
export interface SiteSrcset {
  format: string
  srcset: string
  type: string
}

/** A focal-point crop (card, thumbnail) in one format. */
export interface SiteCrop {
  format: string
  height: number
  url: string
  variant: string
  width: number
}

// IDs are given as strings whatever the database's ID type, as GraphQL's ID type does.
export interface SiteFigure {
  alt: string
  caption: string | null
  credit: string | null
  crops: SiteCrop[]
  height: number | null
  id: string
  placeholder: { color: string | null; dataURL: string | null }
  /** Best format first, so a <picture> can list them in this order. */
  srcset: SiteSrcset[]
  url: string | null
  width: number | null
}

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

/** A relation the reader may not read arrives as an ID or null: it is shown as absent. */
const populated = <T extends object>(value: ID | T | null | undefined): T | null =>
  value !== null && typeof value === 'object' ? value : null

type FigureSource = NonNullable<Figure['sources']>[number] & { url: string }

const formatPreference = ['avif', 'webp', 'jpeg', 'png'] as const

const byPreference = (a: { format: string }, b: { format: string }) =>
  formatPreference.indexOf(a.format as never) - formatPreference.indexOf(b.format as never)

const srcsetsOf = (sources: FigureSource[]): SiteSrcset[] => {
  const widthsByFormat = new Map<string, FigureSource[]>()
  for (const source of sources.filter((source) => !isCrop(source.variant)).sort((a, b) => a.width - b.width)) {
    widthsByFormat.set(source.format, [...(widthsByFormat.get(source.format) ?? []), source])
  }
  return [...widthsByFormat.entries()]
    .map(([format, widths]) => ({
      format,
      srcset: widths.map((source) => `${source.url} ${source.width}w`).join(', '),
      type: `image/${format}`,
    }))
    .sort(byPreference)
}

/** How a file's URL is given out: as stored, or (for a preview) carrying the preview token. */
export type FileURL = (url: string) => string

const asStored: FileURL = (url) => url

export const siteFigure = (value: Figure | ID | null | undefined, fileURL: FileURL = asStored): SiteFigure | null => {
  const figure = populated(value)
  if (!figure) return null
  const sources = (figure.sources ?? [])
    .filter((source): source is FigureSource => typeof source.url === 'string')
    .map((source) => ({ ...source, url: fileURL(source.url) }))
  return {
    alt: figure.alt,
    caption: figure.caption ?? null,
    credit: figure.credit ?? null,
    crops: sources
      .filter((source) => isCrop(source.variant))
      .map(({ format, height, url, variant, width }) => ({ format, height, url, variant, width }))
      .sort(byPreference),
    height: figure.height ?? null,
    id: String(figure.id),
    placeholder: { color: figure.placeholder?.color ?? null, dataURL: figure.placeholder?.dataURL ?? null },
    srcset: srcsetsOf(sources),
    url: figure.url ? fileURL(figure.url) : null,
    width: figure.width ?? null,
  }
}

const headingOf = (section: NonNullable<Story['sections']>[number]): string => {
  if (section.blockType === genericSection.slug) return section.heading
  return section.label || (sectionKinds.find((kind) => kind.slug === section.blockType)?.label ?? section.blockType)
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
    html: richTextHTML(section.body),
    kind: section.blockType,
  })),
  slug: story.slug ?? null,
  tags: story.tags ?? [],
})

export const siteSponsor = (sponsor: Sponsor, fileURL: FileURL = asStored): SiteSponsor => ({
  copy: sponsor.copy ?? null,
  ctaLabel: sponsor.ctaLabel ?? null,
  ctaUrl: sponsor.ctaUrl ?? null,
  disclosure: sponsor.disclosure,
  headline: sponsor.headline ?? null,
  id: String(sponsor.id),
  logo: siteFigure(sponsor.logo, fileURL),
  name: sponsor.name,
  url: sponsor.url ?? null,
})

const siteBlock = (block: NonNullable<Issue['layout']>[number], fileURL: FileURL): SiteIssueBlock | null => {
  if (block.blockType === 'story') {
    const story = populated(block.story)
    return story && { copy: null, kind: 'story', sponsor: null, story: siteStory(story, fileURL) }
  }
  const sponsor = populated(block.sponsor)
  return sponsor && { copy: block.copy ?? null, kind: 'sponsor', sponsor: siteSponsor(sponsor, fileURL), story: null }
}

export const siteIssue = (issue: Issue, fileURL: FileURL = asStored): SiteIssue => ({
  id: String(issue.id),
  layout: (issue.layout ?? []).map((block) => siteBlock(block, fileURL)).filter((block): block is SiteIssueBlock => block !== null),
  letter: issue.letter ?? null,
  letterHtml: richTextHTML(issue.letter),
  number: issue.number,
  preheader: issue.preheader ?? null,
  publishDate: issue.publishDate ?? null,
  slug: issue.slug ?? null,
  subjectLine: issue.subjectLine ?? null,
  title: issue.title,
})
