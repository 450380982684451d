/**
 * What a GraphQL query costs, judged before any database work: Payload's complexity rule
 * (graphql-query-complexity) adds one point a field, ten for a relationship, and asks a field's
 * `extensions.complexity` first. Lists are priced here by the documents they return, so that a
 * query is refused for what it would read, not for how many fields it names.
 */
import type { GraphQLExtension } from 'payload'

import { maxPageSize } from './pageSize'

/**
 * The most a query may cost. The site's largest page (a 13-block issue with the archive sidebar
 * and the newsletter, tests/integration/site/limits.test.ts) costs 528; a page of 100
 * documents with a field or two of each is about 300.
 */
export const maxGraphQLComplexity = 600

/** What Payload's complexity rule passes a field's `extensions.complexity` function. */
interface ComplexityEstimate {
  args: { limit?: unknown }
  childComplexity: number
}

/**
 * The documents a list returns at most for its `limit` argument. Payload's lists read a full page
 * when the limit is absent, zero, negative or over the cap (hooks/access/capPageSize.ts).
 */
export const pageSizeOf = (limit: unknown, whenAbsent = maxPageSize): number =>
  typeof limit === 'number' && Number.isInteger(limit) && limit > 0
    ? Math.min(limit, maxPageSize)
    : whenAbsent

/** A list costs one point, and each document it may return what its selection costs. */
export const listComplexity =
  (whenAbsent = maxPageSize) =>
  ({ args, childComplexity }: ComplexityEstimate): number =>
    1 + pageSizeOf(args.limit, whenAbsent) * childComplexity

/**
 * Gives Payload's generated lists (every collection's and its versions', the fields that take a
 * `limit`) their price. A `queries` extension is the one place a plugin sees the generated fields
 * before the schema is built from them; they are priced in place rather than redeclared, because
 * a redeclared query would get its resolver wrapped as a custom one.
 */
export const priceGeneratedLists: GraphQLExtension = (_GraphQL, { Query }) => {
  for (const field of Object.values<{ args?: object; extensions?: object }>(Query.fields)) {
    if (field.args && 'limit' in field.args)
      field.extensions = { ...field.extensions, complexity: listComplexity() }
  }
  return {}
}
