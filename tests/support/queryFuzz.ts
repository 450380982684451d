/**
 * Requests a careless or hostile client could make of the list and document APIs, built by
 * fast-check from the real collections' fields: `where` (real paths, paths into rich text and
 * arrays, made-up paths; every Payload operator and some that are not; values of every type),
 * `sort`, `depth`, `limit`, `page`, `select`, document IDs, the site's routes and GraphQL
 * arguments. tests/integration/access/query-fuzz.test.ts sends them.
 */
import fc from 'fast-check'
import type { FlattenedField, Payload } from 'payload'
import * as qs from 'qs-esm'

export const fuzzedCollections = [
  'issues',
  'stories',
  'figures',
  'sponsors',
  'preview-links',
  'users',
] as const
export type FuzzedCollection = (typeof fuzzedCollections)[number]

/** Every path of a collection's fields, to any depth, as Payload's dot notation spells them. */
export function pathsOf(payload: Payload, slug: FuzzedCollection): string[] {
  const collection = payload.collections[slug]!.config
  const walk = (fields: readonly FlattenedField[], prefix: string): string[] =>
    fields.flatMap((field) => {
      const path = `${prefix}${field.name}`
      if (field.type === 'blocks')
        return [
          path,
          `${path}.blockType`,
          ...field.blocks.flatMap((block) => walk(block.flattenedFields, `${path}.`)),
        ]
      if ('flattenedFields' in field) return [path, ...walk(field.flattenedFields, `${path}.`)]
      if (field.type === 'richText')
        return [path, `${path}.root`, `${path}.root.children.text`, `${path}.root.children.0.text`]
      return [path]
    })
  return ['id', ...walk(collection.flattenedFields, '')]
}

const operators = [
  'equals',
  'not_equals',
  'in',
  'not_in',
  'all',
  'exists',
  'like',
  'not_like',
  'contains',
  'greater_than',
  'greater_than_equal',
  'less_than',
  'less_than_equal',
  'near',
  'within',
  'intersects',
  'DROP',
  '$where',
  '__proto__',
]

const hostileText = fc.constantFrom(
  "x')--",
  "' OR 1=1--",
  '%',
  '_',
  '\\',
  '"',
  '\u0000',
  '\u202e',
  'null',
  'true',
  'NaN',
  '1e99',
  '-1',
  '2026-13-45',
  '{"a":1}',
  '[1,2]',
  '1,2',
  'published',
  'draft',
  'whatsNew',
)

const values: fc.Arbitrary<unknown> = fc.oneof(
  fc.string({ maxLength: 12 }),
  hostileText,
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.date({ noInvalidDate: true }).map((date) => date.toISOString()),
  fc.nat({ max: 50 }).map(String),
  fc.constant('x'.repeat(20_000)),
  fc.array(fc.oneof(fc.string({ maxLength: 6 }), fc.nat({ max: 50 })), { maxLength: 6 }),
  fc.dictionary(fc.string({ maxLength: 4 }), fc.string({ maxLength: 4 }), { maxKeys: 2 }),
)

const pathArbitrary = (paths: string[]) =>
  fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...paths) },
    { weight: 1, arbitrary: fc.string({ maxLength: 10 }) },
    { weight: 1, arbitrary: fc.constantFrom(...paths).map((path) => `${path}.x.0`) },
  )

const condition = (paths: string[]) =>
  fc
    .tuple(pathArbitrary(paths), fc.constantFrom(...operators), values)
    .map(([path, operator, value]) => ({ [path]: { [operator]: value } }))

export const whereOf = (paths: string[]): fc.Arbitrary<unknown> =>
  fc.letrec<{ where: unknown }>((tie) => ({
    where: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      condition(paths),
      fc.record({ and: fc.array(tie('where'), { maxLength: 3 }) }),
      fc.record({ or: fc.array(tie('where'), { maxLength: 3 }) }),
      fc.constant({
        or: Array.from({ length: 400 }, (_, i) => ({
          [paths[i % paths.length]!]: { equals: `v${i}` },
        })),
      }),
    ),
  })).where

const sortOf = (paths: string[]) =>
  fc.oneof(
    fc.constantFrom(...paths).chain((path) => fc.constantFrom(path, `-${path}`)),
    fc.array(fc.constantFrom(...paths), { maxLength: 3 }).map((list) => list.join(',')),
    fc.string({ maxLength: 8 }),
  )

const looseNumber = fc.oneof(
  fc.integer({ min: -5, max: 1000 }),
  fc.constantFrom('abc', '1e9', '-0', '', '9999999999999'),
)

export interface FuzzedRequest {
  kind: 'rest' | 'graphql'
  /** A REST path and query string, or a GraphQL document. */
  request: string
  role: 'anonymous' | 'editor' | 'admin'
}

const roleOf = fc.constantFrom<FuzzedRequest['role']>('anonymous', 'editor', 'admin')

/** A list of documents, or of a collection's versions (`/stories/versions`). */
const listRequest = (list: string, paths: string[]) =>
  fc
    .record(
      {
        depth: looseNumber,
        draft: fc.boolean(),
        limit: looseNumber,
        page: looseNumber,
        select: fc.dictionary(fc.constantFrom(...paths), fc.constantFrom(true, 'false', 'x'), {
          maxKeys: 2,
        }),
        sort: sortOf(paths),
        where: whereOf(paths),
      },
      { requiredKeys: [] },
    )
    .map((query) => `/${list}?${qs.stringify(query)}`)

const idLike = fc.oneof(
  fc.nat({ max: 60 }).map(String),
  hostileText,
  fc.string({ minLength: 1, maxLength: 10 }),
  fc.constantFrom('1.5', '-3', '0x10', '9007199254740993', '%00'),
)

const documentRequest = (slug: FuzzedCollection) =>
  fc
    .tuple(idLike, fc.constantFrom('', '/readiness'), looseNumber)
    .map(
      ([id, tail, depth]) =>
        `/${slug}/${encodeURIComponent(id)}${slug === 'issues' || slug === 'stories' ? tail : ''}?depth=${depth}`,
    )

const siteRequest = fc.oneof(
  fc
    .record({ limit: looseNumber, page: looseNumber })
    .map((query) => `/site/issues?${qs.stringify(query)}`),
  idLike.map((number) => `/site/issues/number/${encodeURIComponent(number)}`),
  idLike.map((slug) => `/site/issues/slug/${encodeURIComponent(slug)}`),
  idLike.map((slug) => `/site/stories/${encodeURIComponent(slug)}`),
  idLike.map((token) => `/site/preview/${encodeURIComponent(token)}`),
)

/** A `where` key as GraphQL spells it: AND and OR in capitals, dots as underscores. */
const graphqlName = (key: string): string =>
  key === 'and' || key === 'or' ? key.toUpperCase() : key.replace(/[^A-Za-z0-9_]/g, '_') || 'x'

/** A GraphQL literal for any value, as a client could type it, whatever the schema expects. */
const literal = (value: unknown): string => {
  if (Array.isArray(value)) return `[${value.map(literal).join(', ')}]`
  if (value && typeof value === 'object')
    return `{ ${Object.entries(value)
      .map(([key, inner]) => `${graphqlName(key)}: ${literal(inner)}`)
      .join(', ')} }`
  return JSON.stringify(value) ?? 'null'
}

const listQueries: Record<FuzzedCollection, string> = {
  figures: 'Figures',
  issues: 'Issues',
  'preview-links': 'PreviewLinks',
  sponsors: 'Sponsors',
  stories: 'Stories',
  users: 'Users',
}

const graphqlRequest = (slug: FuzzedCollection, paths: string[]) =>
  fc
    .record({
      limit: looseNumber,
      page: looseNumber,
      sort: sortOf(paths),
      where: whereOf(paths.filter((path) => !path.includes('.'))),
    })
    .map(
      ({ limit, page, sort, where }) =>
        `{ ${listQueries[slug]}(where: ${literal(where)}, sort: ${literal(sort)}, limit: ${literal(limit)}, page: ${literal(page)}) { totalDocs docs { id } } }`,
    )

/** One request of any kind, against any of the fuzzed collections, as any role. */
export function fuzzedRequests(payload: Payload): fc.Arbitrary<FuzzedRequest> {
  const perCollection = fuzzedCollections.map((slug) => {
    const paths = pathsOf(payload, slug)
    const versionPaths = ['parent', 'latest', 'autosave', ...paths.map((path) => `version.${path}`)]
    const versioned = Boolean(payload.collections[slug].config.versions)
    return fc.oneof(
      {
        weight: versioned ? 2 : 0,
        arbitrary: listRequest(`${slug}/versions`, versionPaths).map((request) => ({
          kind: 'rest' as const,
          request,
        })),
      },
      {
        weight: 5,
        arbitrary: listRequest(slug, paths).map((request) => ({ kind: 'rest' as const, request })),
      },
      {
        weight: 2,
        arbitrary: documentRequest(slug).map((request) => ({ kind: 'rest' as const, request })),
      },
      {
        weight: 2,
        arbitrary: graphqlRequest(slug, paths).map((request) => ({
          kind: 'graphql' as const,
          request,
        })),
      },
    )
  })
  const anyRequest = fc.oneof(
    ...perCollection,
    siteRequest.map((request) => ({ kind: 'rest' as const, request })),
  )
  return fc.tuple(anyRequest, roleOf).map(([request, role]) => ({ ...request, role }))
}
