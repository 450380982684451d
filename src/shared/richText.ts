/**
 * Reading Lexical documents as stored by Payload: the text a reader would see, and the links.
 * Pure, so the rules that use it also run in the admin on unsaved form state.
 */
interface NodeLike {
  [key: string]: unknown
  children?: unknown
  type?: unknown
}

const isNode = (value: unknown): value is NodeLike => Boolean(value) && typeof value === 'object'

const childrenOf = (node: NodeLike): NodeLike[] =>
  Array.isArray(node.children) ? node.children.filter(isNode) : []

const rootOf = (document: unknown): NodeLike | undefined =>
  isNode(document) && isNode(document.root) ? document.root : undefined

/** Whitespace, no-break and zero-width spaces: characters that print as nothing. */
const invisible = /[\s\u00a0\u200b-\u200d\u2060\ufeff]+/g

const textOf = (node: NodeLike): string =>
  node.type === 'text' && typeof node.text === 'string'
    ? node.text
    : childrenOf(node).map(textOf).join('')

/** The text of a node and its descendants with runs of invisible characters collapsed, trimmed. */
const visibleTextOf = (node: unknown): string =>
  isNode(node) ? textOf(node).replace(invisible, ' ').trim() : ''

/** A document has visible text when some text node holds a printing character. */
export const hasVisibleText = (document: unknown): boolean => {
  const root = rootOf(document)
  return root !== undefined && visibleTextOf(root) !== ''
}

/** The top-level blocks of a document that show text (paragraphs, headings, lists), in order. */
export const textBlocksOf = (document: unknown): { text: string; type: string }[] => {
  const root = rootOf(document)
  if (!root) return []
  return childrenOf(root)
    .map((node) => ({ text: visibleTextOf(node), type: String(node.type) }))
    .filter((block) => block.text !== '')
}

export interface LinkInText {
  /** `custom` (a typed URL) or `internal` (a link to a document in this CMS). */
  linkType: string
  text: string
  url: string
}

const linkNodeTypes = new Set(['autolink', 'link'])

/** Every link (typed or automatic) in a document, wherever it is nested. */
export const linksIn = (document: unknown): LinkInText[] => {
  const found: LinkInText[] = []
  const visit = (node: NodeLike): void => {
    if (linkNodeTypes.has(String(node.type))) {
      const fields = isNode(node.fields) ? node.fields : {}
      found.push({
        linkType: typeof fields.linkType === 'string' ? fields.linkType : 'custom',
        text: visibleTextOf(node),
        url: typeof fields.url === 'string' ? fields.url : '',
      })
    }
    childrenOf(node).forEach(visit)
  }
  const root = rootOf(document)
  if (root) visit(root)
  return found
}
