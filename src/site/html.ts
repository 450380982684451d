import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import { convertLexicalToHTML, LinkHTMLConverter } from '@payloadcms/richtext-lexical/html'

import { asStored, figureHTML, siteFigure, type FileURL } from './figure'
import { slugs } from '../shared/slugs'
import { sitePaths } from './paths'

/** A rich text link to a document the reader may read points at its page on the site; any other goes nowhere. */
const internalDocToHref = ({ linkNode }: { linkNode: { fields: { doc?: unknown } } }): string => {
  const doc = linkNode.fields.doc as { relationTo?: string; value?: unknown } | undefined
  const value = doc?.value as { slug?: string | null } | undefined
  if (doc?.relationTo === slugs.stories && value && typeof value === 'object' && value.slug)
    return sitePaths.story(value.slug)
  if (doc?.relationTo === slugs.issues && value && typeof value === 'object' && value.slug)
    return sitePaths.issue(value.slug)
  return '#'
}

/** A figure placed in the text, with its responsive sources; one the reader may not see is left out. */
const figureConverter =
  (fileURL: FileURL) =>
  ({ node }: { node: { value?: unknown } }): string => {
    const figure = siteFigure(node.value as Parameters<typeof siteFigure>[0], fileURL)
    return figure ? figureHTML(figure) : ''
  }

/**
 * Server-rendered HTML of a rich text field, with Payload's Lexical converters: text is escaped,
 * link URLs are sanitised (no javascript: or data: links), lists kept, figures as <picture>.
 */
export function richTextHTML(data: unknown, fileURL: FileURL = asStored): string {
  if (!data || typeof data !== 'object' || !('root' in data)) return ''
  return convertLexicalToHTML({
    converters: ({ defaultConverters }) => ({
      ...defaultConverters,
      ...LinkHTMLConverter({ internalDocToHref }),
      upload: figureConverter(fileURL),
    }),
    data: data as SerializedEditorState,
    disableContainer: true,
  })
}
