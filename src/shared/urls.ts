/** Link checks shared by the story rules, the sponsor fields and the site's reads; pure, so they run in the browser too. */

/**
 * Whether a URL is absolute, http or https, and names a host: a link a reader can follow from an
 * inbox or another site, and never a `javascript:` or `data:` URL.
 */
export const isAbsoluteHttpUrl = (url: string): boolean => {
  try {
    const parsed = new URL(url)
    return (parsed.protocol === 'http:' || parsed.protocol === 'https:') && parsed.hostname !== ''
  } catch {
    return false
  }
}
