import type { FieldHook } from 'payload'

import type { FigureSource } from '../../src/figures/files'

/** The formats a figure's renditions can be fetched in now; AVIF joins once its task has run. */
export const figureFormatsReady: FieldHook = ({ data }) =>
  [...new Set(((data?.sources ?? []) as FigureSource[]).map((source) => source.format))].sort()
