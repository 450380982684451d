import type { CollectionAfterErrorHook } from 'payload'

const isJSON = (text: string): boolean => {
  try {
    JSON.parse(text)
    return true
  } catch {
    return false
  }
}

/**
 * A `where` given whole (`?where=…` rather than `?where[headline][equals]=…`) is parsed as JSON
 * by Payload before any hook runs, and text that is not JSON answered 500.
 */
export const answerUnparsableWhere: CollectionAfterErrorHook = ({ error, req }) => {
  const where = req.searchParams?.get('where')
  if (!(error instanceof SyntaxError) || where === null || where === undefined || isJSON(where))
    return
  return {
    response: {
      errors: [
        {
          message:
            'where: is neither conditions in the query string (where[headline][equals]=…) nor JSON',
        },
      ],
    },
    status: 400,
  }
}
