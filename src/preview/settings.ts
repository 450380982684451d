export interface PreviewOptions {
  /**
   * How long a new link works when its maker gives no expiry.
   * @default 24
   */
  defaultHours?: number
  /**
   * The longest a maker may ask for.
   * @default 168 (a week)
   */
  maxHours?: number
  /**
   * Where a link sends its holder, e.g. the site's preview route.
   * @default the preview read in this API, `<apiURL>/site/preview/<token>`
   */
  url?: (token: string, apiURL: string) => string
}

export interface PreviewSettings {
  defaultHours: number
  maxHours: number
  url: (token: string, apiURL: string) => string
}

export function previewSettings(options: PreviewOptions = {}): PreviewSettings {
  const settings = {
    defaultHours: options.defaultHours ?? 24,
    maxHours: options.maxHours ?? 168,
    url: options.url ?? ((token: string, apiURL: string) => `${apiURL}/site/preview/${token}`),
  }
  if (!(settings.defaultHours > 0 && settings.defaultHours <= settings.maxHours)) {
    throw new Error(
      `newsdesk: preview.defaultHours must be above 0 and at most preview.maxHours (${settings.maxHours}); got ${settings.defaultHours}`,
    )
  }
  return settings
}
