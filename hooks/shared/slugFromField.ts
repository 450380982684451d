import type { FieldHook } from 'payload'

export const slugify = (text: string): string =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')

/** Every stored slug is its own slugify (slugFromField sees to it): nothing else can match one. */
export const isSlug = (text: string): boolean => text !== '' && slugify(text) === text

/** Fills an empty slug from another field (a headline, a title), so editors rarely type one. */
export const slugFromField =
  (sourceField: string): FieldHook =>
  ({ data, originalDoc, value }) => {
    if (typeof value === 'string' && value.trim()) return slugify(value)
    const source = data?.[sourceField] ?? originalDoc?.[sourceField]
    return typeof source === 'string' && source.trim() ? slugify(source) : value
  }
