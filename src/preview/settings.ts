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
   * The origin outsiders reach the desk at (`https://desk.example.com`), from which links are
   * made absolute, so they work pasted into an email.
   * @default Payload's `serverURL`, else the origin the link was read from
   */
  publicURL?: string
  /**
   * Where a link sends its holder, e.g. the site's preview route.
   * @default the preview read in this API, `<apiURL>/site/preview/<token>`
   */
  url?: (token: string, apiURL: string) => string
}

export interface PreviewSettings {
  defaultHours: number
  maxHours: number
  publicURL?: string
  url: (token: string, apiURL: string) => string
}

export function previewSettings(options: PreviewOptions = {}): PreviewSettings {
  const settings = {
    defaultHours: options.defaultHours ?? 24,
    maxHours: options.maxHours ?? 168,
    publicURL: options.publicURL?.replace(/\/+$/, ''),
    url: options.url ?? ((token: string, apiURL: string) => `${apiURL}/site/preview/${token}`),
  }
  if (!(settings.defaultHours > 0 && settings.defaultHours <= settings.maxHours)) {
    throw new Error(
      `newsdesk: preview.defaultHours must be above 0 and at most preview.maxHours (${settings.maxHours}); got ${settings.defaultHours}`,
    )
  }
  if (settings.publicURL !== undefined && !/^https?:\/\/[^/?#]+$/.test(settings.publicURL)) {
    throw new Error(
      `newsdesk: preview.publicURL must be an http(s) origin with no path, such as https://desk.example.com; got ${settings.publicURL}`,
    )
  }
  return settings
}
