import type { Where } from 'payload'

/**
 * What readers see: documents whose main version is published. A newer draft of a published
 * document lives among its versions and leaves this untouched.
 */
export const published: Where = { _status: { equals: 'published' } }

export const isPublishedDocument = (doc: unknown): boolean =>
  (doc as { _status?: string } | null | undefined)?._status === 'published'
