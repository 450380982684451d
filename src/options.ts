import type { FigureOptions } from './figures/settings'

export interface NewsdeskOptions {
  /** Leave the config untouched, e.g. to switch the plugin off in one environment. Default false. */
  disabled?: boolean
  /**
   * Where uploaded figures are stored on disk. Default: `figures` under the working directory.
   * A figure's original and all its renditions (sizes, formats, crops) are kept here; a storage
   * adapter (S3 and the like) would take over the original only.
   */
  figuresDir?: string
  /** Sizes, formats, quality, limits and concurrency of figure processing; see FigureOptions for the defaults. */
  figures?: FigureOptions
  /** The auth collection whose users get newsroom roles; created when the config lacks it. Default `users`. */
  usersSlug?: string
}
