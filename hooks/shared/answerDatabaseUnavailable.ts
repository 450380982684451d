import { formatErrors, type AfterErrorHook } from 'payload'

import {
  databaseFailedDuring,
  databaseUnavailableError,
  isDatabaseUnavailable,
} from '../../src/shared/databaseUnavailable'

/**
 * The database out of reach answers 503 and says so, over REST and in each GraphQL error (whose
 * HTTP status the plugin's GraphQL route then makes 503): not a 500, which would read as a bug.
 */
export const answerDatabaseUnavailable: AfterErrorHook = ({ error, graphqlResult, req }) => {
  // Also a 401 or 403 of a request whose login could not be read: it was refused as anonymous.
  if (!isDatabaseUnavailable(error) && !databaseFailedDuring(req)) return
  const unavailable = databaseUnavailableError()
  if (graphqlResult) {
    return {
      graphqlResult: {
        ...graphqlResult,
        extensions: { ...graphqlResult.extensions, name: unavailable.name, statusCode: 503 },
        message: unavailable.message,
      },
    }
  }
  return { response: formatErrors(unavailable), status: 503 }
}
