import {
  addDataAndFileToRequest,
  APIError,
  Forbidden,
  type Endpoint,
  type GraphQLExtension,
  type PayloadRequest,
} from 'payload'

import { readinessOf, type Readiness, type ReadinessCollection } from './readiness'
import { isStaffUser, type StaffUser } from '../shared/roles'
import { slugs } from '../shared/slugs'

/**
 * Readiness of a saved story or issue in its latest draft, for staff only: the public gets a
 * 403 and never learns what a draft holds. A missing document is Payload's 404.
 */
async function readinessById(
  collection: ReadinessCollection,
  id: number | string,
  req: PayloadRequest,
): Promise<Readiness> {
  if (!isStaffUser(req.user as StaffUser | null)) throw new Forbidden(req.t)
  const doc = await req.payload.findByID({
    collection,
    depth: 0,
    draft: true,
    id,
    overrideAccess: false,
    req,
  })
  return readinessOf({ collection, doc: doc as unknown as Record<string, unknown>, req })
}

/** `GET /api/{stories,issues}/:id/readiness` → `{ ready, problems: [{ rule, path, message, severity }] }`. */
export const readinessEndpoint = (collection: ReadinessCollection): Endpoint => ({
  method: 'get',
  path: '/:id/readiness',
  handler: async (req) =>
    Response.json(await readinessById(collection, String(req.routeParams?.id), req)),
})

/**
 * `POST /api/{stories,issues}/readiness` with a document as a form holds it, unsaved, for staff:
 * its readiness now. An issue's rules read its stories, which only the server may, so the admin's
 * live issue checklist asks here as the editor works.
 */
export const unsavedReadinessEndpoint = (collection: ReadinessCollection): Endpoint => ({
  method: 'post',
  path: '/readiness',
  handler: async (req) => {
    if (!isStaffUser(req.user as StaffUser | null)) throw new Forbidden(req.t)
    await addDataAndFileToRequest(req)
    const doc = req.data
    if (!doc || typeof doc !== 'object' || Array.isArray(doc))
      throw new APIError('body: send the document as a JSON object.', 400)
    return Response.json(await readinessOf({ collection, doc, req }))
  },
})

/** GraphQL queries `StoryReadiness(id)` and `IssueReadiness(id)`, answering what the REST endpoint does. */
export const readinessQueries: GraphQLExtension = (GraphQL, { config }) => {
  const idType = config.db.defaultIDType === 'number' ? GraphQL.GraphQLInt : GraphQL.GraphQLString
  const problem = new GraphQL.GraphQLObjectType({
    name: 'ReadinessProblem',
    fields: {
      message: { type: new GraphQL.GraphQLNonNull(GraphQL.GraphQLString) },
      path: { type: new GraphQL.GraphQLNonNull(GraphQL.GraphQLString) },
      rule: { type: new GraphQL.GraphQLNonNull(GraphQL.GraphQLString) },
      severity: { type: new GraphQL.GraphQLNonNull(GraphQL.GraphQLString) },
    },
  })
  const readiness = new GraphQL.GraphQLObjectType({
    name: 'Readiness',
    fields: {
      problems: {
        type: new GraphQL.GraphQLNonNull(
          new GraphQL.GraphQLList(new GraphQL.GraphQLNonNull(problem)),
        ),
      },
      ready: { type: new GraphQL.GraphQLNonNull(GraphQL.GraphQLBoolean) },
    },
  })
  const query = (collection: ReadinessCollection) => ({
    args: { id: { type: new GraphQL.GraphQLNonNull(idType) } },
    resolve: (_: unknown, { id }: { id: number | string }, context: { req: PayloadRequest }) =>
      readinessById(collection, id, context.req),
    type: new GraphQL.GraphQLNonNull(readiness),
  })
  return { IssueReadiness: query(slugs.issues), StoryReadiness: query(slugs.stories) }
}
