/**
 * A figure as the site shows it: responsive sources by format, focal-point crops and the
 * placeholder, and the same as HTML for figures placed in rich text.
 */
import escapeHTML from 'escape-html'

import type { Figure } from '../../payload-types'
import { isCrop } from '../figures/pipeline'
import type { ID } from '../shared/ids'

/** One format's responsive widths, ready for a <source srcset> (or <img srcset> for JPEG). */
export interface SiteSrcset {
  format: string
  srcset: string
  type: string
}

/** A focal-point crop (card, thumbnail) in one format. */
export interface SiteCrop {
  format: string
  height: number
  url: string
  variant: string
  width: number
}

// IDs are given as strings whatever the database's ID type, as GraphQL's ID type does.
export interface SiteFigure {
  alt: string
  caption: string | null
  credit: string | null
  crops: SiteCrop[]
  height: number | null
  id: string
  placeholder: { color: string | null; dataURL: string | null }
  /** Best format first, so a <picture> can list them in this order. */
  srcset: SiteSrcset[]
  url: string | null
  width: number | null
}

/** A relation the reader may not read arrives as an ID or null: it is shown as absent. */
export const populated = <T extends object>(value: ID | T | null | undefined): T | null =>
  value !== null && typeof value === 'object' ? value : null

type FigureSource = NonNullable<Figure['sources']>[number] & { url: string }

const formatPreference = ['avif', 'webp', 'jpeg', 'png'] as const

const byPreference = (a: { format: string }, b: { format: string }) =>
  formatPreference.indexOf(a.format as never) - formatPreference.indexOf(b.format as never)

const srcsetsOf = (sources: FigureSource[]): SiteSrcset[] => {
  const widthsByFormat = new Map<string, FigureSource[]>()
  for (const source of sources
    .filter((source) => !isCrop(source.variant))
    .sort((a, b) => a.width - b.width)) {
    widthsByFormat.set(source.format, [...(widthsByFormat.get(source.format) ?? []), source])
  }
  return [...widthsByFormat.entries()]
    .map(([format, widths]) => ({
      format,
      srcset: widths.map((source) => `${source.url} ${source.width}w`).join(', '),
      type: `image/${format}`,
    }))
    .sort(byPreference)
}

/** How a file's URL is given out: as stored, or (for a preview) carrying the preview token. */
export type FileURL = (url: string) => string

export const asStored: FileURL = (url) => url

export const siteFigure = (
  value: Figure | ID | null | undefined,
  fileURL: FileURL = asStored,
): SiteFigure | null => {
  const figure = populated(value)
  if (!figure) return null
  const sources = (figure.sources ?? [])
    .filter((source): source is FigureSource => typeof source.url === 'string')
    .map((source) => ({ ...source, url: fileURL(source.url) }))
  return {
    alt: figure.alt,
    caption: figure.caption ?? null,
    credit: figure.credit ?? null,
    crops: sources
      .filter((source) => isCrop(source.variant))
      .map(({ format, height, url, variant, width }) => ({ format, height, url, variant, width }))
      .sort(byPreference),
    height: figure.height ?? null,
    id: String(figure.id),
    placeholder: {
      color: figure.placeholder?.color ?? null,
      dataURL: figure.placeholder?.dataURL ?? null,
    },
    srcset: srcsetsOf(sources),
    url: figure.url ? fileURL(figure.url) : null,
    width: figure.width ?? null,
  }
}

/** A <figure> with a <picture> of every ready format, best first, and the caption and credit. */
export function figureHTML(figure: SiteFigure): string {
  const sources = figure.srcset
    .filter((set) => set.format !== 'jpeg')
    .map(
      (set) =>
        `<source type="${escapeHTML(set.type)}" srcset="${escapeHTML(set.srcset)}" sizes="100vw">`,
    )
  const fallback = figure.srcset.find((set) => set.format === 'jpeg')
  const size =
    figure.width && figure.height ? ` width="${figure.width}" height="${figure.height}"` : ''
  const image = `<img src="${escapeHTML(figure.url ?? '')}"${fallback ? ` srcset="${escapeHTML(fallback.srcset)}" sizes="100vw"` : ''} alt="${escapeHTML(figure.alt)}"${size} loading="lazy" decoding="async">`
  const caption = [figure.caption, figure.credit]
    .filter(Boolean)
    .map((text) => escapeHTML(text as string))
    .join(' — ')
  return `<figure><picture>${sources.join('')}${image}</picture>${caption ? `<figcaption>${caption}</figcaption>` : ''}</figure>`
}
