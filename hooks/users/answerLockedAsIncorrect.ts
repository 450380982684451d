import { AuthenticationError, formatErrors, LockedAuth, type AfterErrorHook } from 'payload'

/**
 * A locked account answers a login as an unknown one does, over REST and GraphQL alike:
 * "This user is locked" would tell a guesser which addresses have accounts. The lock itself
 * holds; its owner gets back in by resetting the password, or through an admin.
 */
export const answerLockedAsIncorrect: AfterErrorHook = ({ error, graphqlResult, req }) => {
  // GraphQL wraps the operation's error; REST hands it over as thrown.
  const thrown = 'originalError' in error ? error.originalError : error
  if (!(thrown instanceof LockedAuth)) return
  const incorrect = new AuthenticationError(req.t)
  if (graphqlResult) {
    return {
      graphqlResult: {
        ...graphqlResult,
        extensions: { ...graphqlResult.extensions, name: incorrect.name },
        message: incorrect.message,
      },
    }
  }
  return { response: formatErrors(incorrect), status: incorrect.status }
}
