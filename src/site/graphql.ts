import { GraphQLJSON } from '@payloadcms/graphql/types'
import type { GraphQLNullableType } from 'graphql'
import type { GraphQLExtension, PayloadRequest } from 'payload'

import { previewIssue, previewStory } from './preview'
import { listComplexity } from '../access/graphqlCost'
import { maxPageSize } from '../access/pageSize'
import {
  defaultPageSize,
  issueArchive,
  issueByNumber,
  issueBySlug,
  latestIssue,
  newsletter,
  storyBySlug,
} from './reads'

type Resolver<Args> = (
  source: unknown,
  args: Args,
  context: { req: PayloadRequest },
) => Promise<unknown>

/**
 * The queries the public site needs, each answering in one request with everything a page shows:
 * `latestIssue`, `issueByNumber`, `issueBySlug`, `issueArchive`, `storyBySlug` and `siteNewsletter`.
 */
export const siteQueries: GraphQLExtension = (GraphQL) => {
  const {
    GraphQLBoolean,
    GraphQLID,
    GraphQLInt,
    GraphQLList,
    GraphQLNonNull,
    GraphQLObjectType,
    GraphQLString,
  } = GraphQL
  const required = <T extends GraphQLNullableType>(type: T) => new GraphQLNonNull(type)
  const listOf = <T extends GraphQLNullableType>(type: T) =>
    required(new GraphQLList(required(type)))

  const srcset = new GraphQLObjectType({
    name: 'SiteSrcset',
    description: "One format's responsive widths, for a <source type srcset> of a <picture>.",
    fields: {
      format: { type: required(GraphQLString) },
      srcset: {
        type: required(GraphQLString),
        description: 'URL and width descriptor of each width, narrowest first.',
      },
      type: { type: required(GraphQLString), description: 'The MIME type.' },
    },
  })
  const crop = new GraphQLObjectType({
    name: 'SiteCrop',
    description: 'A crop around the focal point (card, thumbnail) in one format.',
    fields: {
      format: { type: required(GraphQLString) },
      height: { type: required(GraphQLInt) },
      url: { type: required(GraphQLString) },
      variant: { type: required(GraphQLString) },
      width: { type: required(GraphQLInt) },
    },
  })
  const placeholder = new GraphQLObjectType({
    name: 'SitePlaceholder',
    description: 'What to show while the image loads.',
    fields: {
      color: { type: GraphQLString, description: 'The dominant colour, #rrggbb.' },
      dataURL: { type: GraphQLString, description: 'A tiny blurred WebP as a data: URL.' },
    },
  })
  const figure = new GraphQLObjectType({
    name: 'SiteFigure',
    fields: {
      alt: { type: required(GraphQLString) },
      caption: { type: GraphQLString },
      credit: { type: GraphQLString },
      crops: { type: listOf(crop) },
      height: { type: GraphQLInt },
      id: { type: required(GraphQLID) },
      placeholder: { type: required(placeholder) },
      srcset: {
        type: listOf(srcset),
        description: 'Best format first; only formats whose files are ready.',
      },
      url: { type: GraphQLString, description: 'The cleaned original.' },
      width: { type: GraphQLInt },
    },
  })
  const section = new GraphQLObjectType({
    name: 'SiteSection',
    fields: {
      body: { type: GraphQLJSON, description: 'The section as Lexical JSON.' },
      heading: { type: required(GraphQLString) },
      html: {
        type: required(GraphQLString),
        description: 'The section rendered to safe HTML on the server.',
      },
      kind: { type: required(GraphQLString) },
    },
  })
  const story = new GraphQLObjectType({
    name: 'SiteStory',
    fields: {
      authors: { type: listOf(GraphQLString) },
      dek: { type: GraphQLString },
      headline: { type: required(GraphQLString) },
      heroFigure: { type: figure },
      id: { type: required(GraphQLID) },
      sections: { type: listOf(section) },
      slug: { type: GraphQLString },
      tags: { type: listOf(GraphQLString) },
    },
  })
  const sponsor = new GraphQLObjectType({
    name: 'SiteSponsor',
    fields: {
      copy: { type: GraphQLString },
      ctaLabel: { type: GraphQLString },
      ctaUrl: { type: GraphQLString },
      disclosure: { type: required(GraphQLString) },
      headline: { type: GraphQLString },
      id: { type: required(GraphQLID) },
      logo: { type: figure },
      name: { type: required(GraphQLString) },
      url: { type: GraphQLString },
    },
  })
  const block = new GraphQLObjectType({
    name: 'SiteIssueBlock',
    description:
      'One place in the layout: a story (kind "story") or a sponsor block (kind "sponsor") with its copy for this issue.',
    fields: {
      copy: { type: GraphQLString },
      kind: { type: required(GraphQLString) },
      sponsor: { type: sponsor },
      story: { type: story },
    },
  })
  const issue = new GraphQLObjectType({
    name: 'SiteIssue',
    fields: {
      id: { type: required(GraphQLID) },
      layout: { type: listOf(block) },
      letter: { type: GraphQLJSON },
      letterHtml: { type: required(GraphQLString) },
      number: { type: required(GraphQLInt) },
      preheader: { type: GraphQLString },
      publishDate: { type: GraphQLString },
      slug: { type: GraphQLString },
      subjectLine: { type: GraphQLString },
      title: { type: required(GraphQLString) },
    },
  })
  const leadStory = new GraphQLObjectType({
    name: 'SiteLeadStory',
    fields: {
      dek: { type: GraphQLString },
      headline: { type: required(GraphQLString) },
      slug: { type: GraphQLString },
    },
  })
  const archiveEntry = new GraphQLObjectType({
    name: 'SiteArchiveEntry',
    fields: {
      id: { type: required(GraphQLID) },
      leadStory: { type: leadStory },
      number: { type: required(GraphQLInt) },
      publishDate: { type: GraphQLString },
      slug: { type: GraphQLString },
      title: { type: required(GraphQLString) },
    },
  })
  const archivePage = new GraphQLObjectType({
    name: 'SiteArchivePage',
    fields: {
      docs: { type: listOf(archiveEntry) },
      hasNextPage: { type: required(GraphQLBoolean) },
      limit: { type: required(GraphQLInt) },
      page: { type: required(GraphQLInt) },
      totalDocs: { type: required(GraphQLInt) },
      totalPages: { type: required(GraphQLInt) },
    },
  })
  const siteNewsletter = new GraphQLObjectType({
    name: 'SiteNewsletter',
    fields: {
      footerText: { type: GraphQLString },
      name: { type: required(GraphQLString) },
      subscribeUrl: { type: GraphQLString },
      tagline: { type: GraphQLString },
    },
  })

  const query = <Args>(
    type: unknown,
    resolve: Resolver<Args>,
    args: Record<string, { type: unknown; description?: string }> = {},
  ) => ({
    args,
    resolve,
    type,
  })
  return {
    issueArchive: {
      ...query<{ limit?: number; page?: number }>(
        required(archivePage),
        (_, args, { req }) => issueArchive(req, args),
        {
          limit: { type: GraphQLInt, description: `Issues per page, at most ${maxPageSize}.` },
          page: { type: GraphQLInt },
        },
      ),
      // A page of the archive reads its issues and their lead stories: priced like any list.
      extensions: { complexity: listComplexity(defaultPageSize) },
    },
    issueByNumber: query<{ number: number }>(
      issue,
      (_, { number }, { req }) => issueByNumber(req, number),
      {
        number: { type: required(GraphQLInt) },
      },
    ),
    issueBySlug: query<{ slug: string }>(issue, (_, { slug }, { req }) => issueBySlug(req, slug), {
      slug: { type: required(GraphQLString) },
    }),
    latestIssue: query(issue, (_, __, { req }) => latestIssue(req)),
    previewIssue: query<{ token: string }>(
      required(issue),
      (_, { token }, { req }) => previewIssue(req.payload, token),
      {
        token: {
          type: required(GraphQLString),
          description: 'The token of a preview link: the issue as it stands now, drafts included.',
        },
      },
    ),
    previewStory: query<{ slug: string; token: string }>(
      required(story),
      (_, { slug, token }, { req }) => previewStory(req.payload, token, slug),
      { slug: { type: required(GraphQLString) }, token: { type: required(GraphQLString) } },
    ),
    siteNewsletter: query(required(siteNewsletter), (_, __, { req }) => newsletter(req)),
    storyBySlug: query<{ slug: string }>(story, (_, { slug }, { req }) => storyBySlug(req, slug), {
      slug: { type: required(GraphQLString) },
    }),
  }
}
