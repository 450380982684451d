import { APIError, type CollectionBeforeOperationHook } from 'payload'

const isObject = (value: unknown): boolean =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * Answers 400 to a create or update whose body gave no document: Payload reads only JSON and
 * multipart bodies, so a `text/plain` body, a bare POST or a JSON array arrives as no data at all,
 * and Payload's own field hooks then fail on it with a 500.
 */
export const requireDocumentBody: CollectionBeforeOperationHook = ({ args, operation }) => {
  if ((operation !== 'create' && operation !== 'update') || isObject(args.data)) return args
  throw new APIError(
    "The request body must be a JSON object of the document's fields, sent with Content-Type: application/json (or as JSON in the `_payload` field of multipart form data).",
    400,
    undefined,
    true,
  )
}
