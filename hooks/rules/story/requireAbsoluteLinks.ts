import { linksIn } from '../../../src/shared/richText'
import { isAbsoluteHttpUrl } from '../../../src/shared/urls'
import type { StoryRule } from '../types'

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
