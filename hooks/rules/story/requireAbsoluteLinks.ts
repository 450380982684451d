import { linksIn } from '../../../src/shared/richText'
import type { StoryRule } from '../types'

const isAbsoluteHttpUrl = (url: string): boolean => {
  try {
    const parsed = new URL(url)
    return (parsed.protocol === 'http:' || parsed.protocol === 'https:') && parsed.hostname !== ''
  } catch {
    return false
  }
}

/**
 * Every link in the story's sections is an absolute http(s) URL: the newsletter is read in
 * inboxes and on other sites, where a relative link or a link into the CMS leads nowhere.
 */
export const requireAbsoluteLinks: StoryRule = {
  name: 'requireAbsoluteLinks',
  label: 'Links are absolute http(s) URLs',
  check: ({ sections }) =>
    (sections ?? []).flatMap((section, index) =>
      linksIn(section.body)
        .filter((link) => link.linkType === 'internal' || !isAbsoluteHttpUrl(link.url.trim()))
        .map((link) => ({
          message:
            link.linkType === 'internal'
              ? `The link "${link.text}" points to a document inside Newsdesk; give it the page's absolute http(s) URL.`
              : `The link "${link.text}" goes to "${link.url}", which is not an absolute http(s) URL.`,
          path: `sections.${index}.body`,
        })),
    ),
}
