import type { GraphQLExtension, PayloadRequest } from 'payload'

import { actionNames, allowedActions, workflowCollections, type WorkflowCollection } from './table'
import { actorOf, documentFacts, runWorkflowAction } from './server'

/**
 * One GraphQL mutation per workflow action (`submit`, `approve`, …), each taking the collection,
 * the document ID and, optionally, the `updatedAt` the actor saw (and, for submit, the reviewer
 * who should review); they run the same
 * `runWorkflowAction` as REST.
 */
export const workflowMutations: GraphQLExtension = (GraphQL) => {
  const collectionEnum = new GraphQL.GraphQLEnumType({
    name: 'WorkflowCollection',
    values: Object.fromEntries(workflowCollections.map((slug) => [slug, { value: slug }])),
  })
  const outcome = new GraphQL.GraphQLObjectType({
    name: 'WorkflowOutcome',
    fields: {
      allowed: {
        type: new GraphQL.GraphQLNonNull(
          new GraphQL.GraphQLList(new GraphQL.GraphQLNonNull(GraphQL.GraphQLString)),
        ),
      },
      id: { type: new GraphQL.GraphQLNonNull(GraphQL.GraphQLString) },
      stage: { type: new GraphQL.GraphQLNonNull(GraphQL.GraphQLString) },
      status: { type: new GraphQL.GraphQLNonNull(GraphQL.GraphQLString) },
    },
  })
  return Object.fromEntries(
    actionNames.map((action) => [
      action,
      {
        args: {
          collection: { type: new GraphQL.GraphQLNonNull(collectionEnum) },
          id: { type: new GraphQL.GraphQLNonNull(GraphQL.GraphQLID) },
          note: { type: GraphQL.GraphQLString },
          overrideReason: { type: GraphQL.GraphQLString },
          reviewer: { type: GraphQL.GraphQLID },
          updatedAt: { type: GraphQL.GraphQLString },
        },
        resolve: async (
          _source: unknown,
          args: {
            collection: WorkflowCollection
            id: string
            note?: string
            overrideReason?: string
            reviewer?: string
            updatedAt?: string
          },
          context: { req: PayloadRequest },
        ) => {
          const doc = (await runWorkflowAction({
            ...args,
            action,
            req: context.req,
          })) as unknown as Record<string, unknown>
          return {
            allowed: allowedActions(actorOf(context.req), documentFacts(doc)),
            id: String(doc.id),
            stage: doc.stage,
            status: doc._status,
          }
        },
        type: outcome,
      },
    ]),
  )
}
