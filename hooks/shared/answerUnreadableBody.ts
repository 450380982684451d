import { APIError, type CollectionAfterErrorHook } from 'payload'

/**
 * Payload parses a multipart body before any hook runs, and answers 500 when the parser refuses
 * it: a NUL byte in a file name ("Malformed part header"), a body cut short, a `_payload` that is
 * not JSON. Those are the caller's mistakes, so they answer 400 saying what to send. An error
 * thrown once the body was read has `req.data` set, and Payload's own errors carry their status.
 */
export const answerUnreadableBody: CollectionAfterErrorHook = ({ error, req }) => {
  const multipart = req.headers.get('content-type')?.startsWith('multipart/') ?? false
  if (!multipart || error instanceof APIError || req.data !== undefined) return
  return {
    response: {
      errors: [
        {
          message:
            'The multipart form data could not be read. Send the file in `file`, with a name free of control characters such as NUL, and the fields as JSON in `_payload`.',
        },
      ],
    },
    status: 400,
  }
}
