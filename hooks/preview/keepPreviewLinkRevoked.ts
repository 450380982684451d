import { ValidationError, type CollectionBeforeChangeHook } from 'payload'

/** Revoking is final (a shared link cannot come back to life) and its time is recorded. */
export const keepPreviewLinkRevoked: CollectionBeforeChangeHook = ({
  data,
  operation,
  originalDoc,
}) => {
  if (operation !== 'update') return data
  if (originalDoc?.revoked && data.revoked === false) {
    throw new ValidationError({
      errors: [
        {
          message: 'Revoked: a revoked link stays revoked; make a new link instead.',
          path: 'revoked',
        },
      ],
    })
  }
  return data.revoked && !originalDoc?.revoked
    ? { ...data, revokedAt: new Date().toISOString() }
    : data
}
