/** Document IDs as every adapter gives them: numbers on SQL databases, strings on MongoDB. */
export type ID = number | string

/** The ID of a relation as stored (an ID) or as populated (a document), wherever it is nested. */
export const idOf = (value: unknown): ID | undefined => {
  if (typeof value === 'number' || typeof value === 'string') return value
  if (value && typeof value === 'object' && 'id' in value)
    return idOf((value as { id: unknown }).id)
  return undefined
}

/** Whether two references name the same document, whatever the ID type; an empty one names nothing. */
export const sameId = (a: unknown, b: unknown): boolean => {
  const left = idOf(a)
  const right = idOf(b)
  return left !== undefined && right !== undefined && String(left) === String(right)
}
