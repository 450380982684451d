import type { CollectionBeforeOperationHook, PayloadRequest, Where } from 'payload'

import { storiesWithHeadlineWords } from '../../src/search/headlineSearch'

type Condition = Record<string, unknown>

/**
 * Where a query asks for a headline `like` some words (the admin's search box, a `where` over REST
 * or GraphQL), adds "and the ID is one of the stories whose headline has those words", found in the
 * headline index (src/search/headlineSearch.ts). The condition asked for stays, so the answer is
 * the same; the database then reads those few stories instead of all of them.
 */
export const narrowHeadlineSearch: CollectionBeforeOperationHook = async ({ args, req }) => {
  const query = args as { draft?: boolean; where?: Where }
  if (!query.where) return args
  const where = await narrowed(query.where, req, Boolean(query.draft))
  return where === query.where ? args : { ...args, where }
}

async function narrowed(where: Where, req: PayloadRequest, drafts: boolean): Promise<Where> {
  let changed = false
  const parts: Where[] = []
  for (const [key, value] of Object.entries(where)) {
    if ((key === 'and' || key === 'or') && Array.isArray(value)) {
      const inner = await Promise.all(value.map((part) => narrowed(part as Where, req, drafts)))
      changed ||= inner.some((part, index) => part !== value[index])
      parts.push({ [key]: inner })
      continue
    }
    const like = key === 'headline' ? (value as Condition | undefined)?.like : undefined
    const ids =
      typeof like === 'string'
        ? await storiesWithHeadlineWords(req, like.split(' '), { drafts })
        : undefined
    if (ids) changed = true
    parts.push(ids ? { and: [{ id: { in: ids } }, { [key]: value }] } : { [key]: value })
  }
  if (!changed) return where
  return parts.length === 1 ? parts[0]! : { and: parts }
}
