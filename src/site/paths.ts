/** Where the public site shows an issue or a story; rich text links to them render to these paths. */
export const sitePaths = {
  issue: (slug: string) => `/issues/${slug}`,
  story: (slug: string) => `/stories/${slug}`,
}
