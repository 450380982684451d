/**
 * What the site's reads ask Payload for: only the fields the site's
 * shapes (./shape) print, so a read leaves out workflow fields, the review log and `figuresUsed`,
 * each of which costs a join and hooks.
 */
import type { Figure, Issue, Sponsor, Story } from '../../payload-types'
import { slugs } from '../shared/slugs'

/** Depth that reaches issue → story → hero figure and issue → sponsor → logo. */
export const issueDepth = 2

export const issueSelect = {
  layout: true,
  letter: true,
  number: true,
  preheader: true,
  publishDate: true,
  slug: true,
  subjectLine: true,
  title: true,
} satisfies Partial<Record<keyof Issue, true>>

export const storySelect = {
  authors: true,
  dek: true,
  headline: true,
  heroFigure: true,
  sections: true,
  slug: true,
  tags: true,
} satisfies Partial<Record<keyof Story, true>>

export const sitePopulate = {
  [slugs.figures]: {
    alt: true,
    caption: true,
    credit: true,
    filename: true,
    height: true,
    placeholder: true,
    sources: true,
    url: true,
    width: true,
  },
  [slugs.sponsors]: {
    copy: true,
    ctaLabel: true,
    ctaUrl: true,
    disclosure: true,
    headline: true,
    logo: true,
    name: true,
    url: true,
  },
  [slugs.stories]: storySelect,
} satisfies Record<string, Partial<Record<keyof Figure | keyof Sponsor | keyof Story, true>>>

/** Whether a document, as a hook sees it, is the published one readers read. */
