import { hasVisibleText } from '../../../src/shared/richText'
import type { Finding, StoryRule } from '../types'
import { genericSection, labelOfKind } from '../../../src/shared/sections'

/**
 * Every section has visible text; a body of empty paragraphs, spaces or an empty list item
 * looks full in the editor but prints nothing. A generic section also needs its heading.
 */
export const rejectEmptySections: StoryRule = {
  name: 'rejectEmptySections',
  label: 'No empty sections',
  check: ({ sections }) =>
    (sections ?? []).flatMap((section, index): Finding[] => {
      const name = `${labelOfKind(section.blockType)} (section ${index + 1})`
      const findings: Finding[] = []
      if (section.blockType === genericSection.slug && !section.heading?.trim()) {
        findings.push({ message: `${name} has no heading.`, path: `sections.${index}.heading` })
      }
      if (!hasVisibleText(section.body)) {
        findings.push({ message: `${name} has no text.`, path: `sections.${index}.body` })
      }
      return findings
    }),
}
