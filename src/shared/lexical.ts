/**
 * Builders for Lexical documents as Payload stores them, for content made in code (the demo
 * seed, tests, imports) rather than typed in the editor.
 */
import type { ID } from './ids'
import { slugs } from './slugs'

export interface LexicalNode {
  [key: string]: unknown
  type: string
  version: number
}

export interface LexicalElement extends LexicalNode {
  children: LexicalNode[]
  direction: 'ltr' | 'rtl' | null
  format: '' | 'center' | 'end' | 'justify' | 'left' | 'right' | 'start'
  indent: number
}

export interface LexicalDocument {
  [key: string]: unknown
  root: LexicalElement
}

const element = (
  type: string,
  children: LexicalNode[],
  extra: Record<string, unknown> = {},
): LexicalElement => ({
  type,
  children,
  direction: 'ltr',
  format: '',
  indent: 0,
  version: 1,
  ...extra,
})

export const text = (content: string, format = 0): LexicalNode => ({
  type: 'text',
  detail: 0,
  format,
  mode: 'normal',
  style: '',
  text: content,
  version: 1,
})

const BOLD = 1
export const bold = (content: string): LexicalNode => text(content, BOLD)

const inline = (part: LexicalNode | string): LexicalNode =>
  typeof part === 'string' ? text(part) : part

export const paragraph = (...parts: (LexicalNode | string)[]): LexicalNode =>
  element('paragraph', parts.map(inline), { textFormat: 0, textStyle: '' })

export const link = (content: string, url: string): LexicalNode =>
  element('link', [text(content)], { fields: { linkType: 'custom', newTab: false, url } })

export const bulletList = (items: (LexicalNode | string)[]): LexicalNode =>
  element(
    'list',
    items.map((item, index) => element('listitem', [inline(item)], { value: index + 1 })),
    { listType: 'bullet', start: 1, tag: 'ul' },
  )

export const figure = (figureId: ID, relationTo: string = slugs.figures): LexicalNode => ({
  type: 'upload',
  fields: {},
  format: '',
  id: `figure-${figureId}`,
  relationTo,
  value: figureId,
  version: 3,
})

export const richText = (...children: LexicalNode[]): LexicalDocument => ({
  root: element('root', children),
})
