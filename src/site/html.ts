import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import { convertLexicalToHTML, LinkHTMLConverter } from '@payloadcms/richtext-lexical/html'

import { sitePaths } from './paths'

/** A rich text link to a document the reader may read points at its page on the site; any other goes nowhere. */
const internalDocToHref = ({ linkNode }: { linkNode: { fields: { doc?: unknown } } }): string => {
  const doc = linkNode.fields.doc as { relationTo?: string; value?: unknown } | undefined
  const value = doc?.value as { slug?: string | null } | undefined
  if (doc?.relationTo === 'stories' && value && typeof value === 'object' && value.slug) return sitePaths.story(value.slug)
  if (doc?.relationTo === 'issues' && value && typeof value === 'object' && value.slug) return sitePaths.issue(value.slug)
  return '#'
}

/**
 * Server-rendered HTML of a rich text field, with Payload's Lexical converters: text is escaped,
 * link URLs are sanitised (no javascript: or data: links), lists and figures kept.
 */
export function richTextHTML(data: unknown): string {
  if (!data || typeof data !== 'object' || !('root' in data)) return ''
  return convertLexicalToHTML({
    converters: ({ defaultConverters }) => ({ ...defaultConverters, ...LinkHTMLConverter({ internalDocToHref }) }),
    data: data as SerializedEditorState,
    disableContainer: true,
  })
}
