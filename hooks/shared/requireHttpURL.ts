import { ValidationError, type FieldHook } from 'payload'

import { isAbsoluteHttpUrl } from '../../src/shared/urls'

/**
 * Refuses a link that is not an absolute http(s) URL (`javascript:`, `data:`, a relative path)
 * with a 400 naming the field. A hook rather than a field `validate`: Payload skips `validate` on
 * draft saves, and every document here is saved as a draft until it is published.
 */
export const requireHttpURL: FieldHook = ({ collection, field, path, value }) => {
  if (value === null || value === undefined || value === '') return value
  const url = typeof value === 'string' ? value.trim() : ''
  if (isAbsoluteHttpUrl(url)) return url
  const name = path.join('.')
  throw new ValidationError({
    collection: collection?.slug,
    errors: [
      {
        label: field.label || field.name,
        message: `${name} must be an absolute http(s) URL, such as https://example.com/; "${String(value).slice(0, 100)}" is not.`,
        path: name,
      },
    ],
  })
}
