import { ValidationError, type CollectionBeforeValidateHook } from 'payload'

import type { PreviewSettings } from '../../src/preview/settings'

const hour = 60 * 60 * 1000

/** A new link expires after the default lifetime, or when its maker says, within the maximum. */
export const setPreviewLinkExpiry =
  (settings: PreviewSettings): CollectionBeforeValidateHook =>
  ({ data, operation }) => {
    if (operation !== 'create' || !data) return data
    const now = Date.now()
    if (data.expiresAt === undefined || data.expiresAt === null || data.expiresAt === '') {
      return { ...data, expiresAt: new Date(now + settings.defaultHours * hour).toISOString() }
    }
    const expiresAt = new Date(data.expiresAt as string).getTime()
    const problem = Number.isNaN(expiresAt)
      ? `"${String(data.expiresAt)}" is not a date`
      : expiresAt <= now
        ? 'must be in the future'
        : expiresAt > now + settings.maxHours * hour
          ? `must be at most ${settings.maxHours} hours from now`
          : null
    if (problem)
      throw new ValidationError({
        errors: [{ message: `Expires at ${problem}.`, path: 'expiresAt' }],
      })
    return { ...data, expiresAt: new Date(expiresAt).toISOString() }
  }
