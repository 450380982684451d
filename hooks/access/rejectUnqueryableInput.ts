import { APIError, type CollectionBeforeOperationHook } from 'payload'

import {
  problemsOfID,
  problemsOfPage,
  problemsOfSort,
  problemsOfWhere,
  type QueryProblem,
} from '../../src/access/queryRules'
import { querySchemaOf } from '../../src/access/queryTargets'

type QueryArgs = {
  id?: unknown
  overrideAccess?: boolean
  page?: unknown
  sort?: unknown
  where?: unknown
}

/** A 400 that names each parameter, path and problem: `where.letter.root: … cannot be queried`. */
export class UnqueryableInput extends APIError {
  constructor(problems: QueryProblem[]) {
    const message = problems
      .map(
        ({ message, parameter, path }) =>
          `${path ? `${parameter}.${path}` : parameter}: ${message}`,
      )
      .join('; ')
    super(message, 400, { errors: problems }, true)
    // Payload's name for a query it cannot run, which the plugin logs at `info`: the caller's mistake.
    this.name = 'QueryError'
  }
}

const checkedOperations = new Set(['count', 'delete', 'read', 'update'])

/**
 * Answers 400, before Payload or the database adapter sees them, for a `where`, `sort`, `page` or
 * document ID a caller sent that the adapters cannot answer (src/access/queryRules.ts). Server
 * code with overrideAccess builds its own queries and is not checked.
 */
export const rejectUnqueryableInput: CollectionBeforeOperationHook = ({
  args,
  collection,
  operation,
  req,
}) => {
  const query = args as QueryArgs
  if (!checkedOperations.has(operation) || query.overrideAccess) return args
  const schema = querySchemaOf(collection, req.payload.db.defaultIDType)
  const problems = [
    ...(query.where === undefined ? [] : problemsOfWhere(query.where, schema)),
    ...(query.sort === undefined ? [] : problemsOfSort(query.sort, schema)),
    ...(query.page === undefined ? [] : problemsOfPage(query.page)),
    ...(query.id === undefined
      ? []
      : problemsOfID(query.id, schema, req.routeParams?.id ?? query.id)),
  ]
  if (problems.length > 0) throw new UnqueryableInput(problems)
  return args
}
