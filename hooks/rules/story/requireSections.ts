import { hasVisibleText } from '../../../src/shared/richText'
import type { StoryRule } from '../types'
import { labelOfKind } from '../../../src/shared/sections'

/** Each required section kind is in the story with some text; an empty one counts as missing. */
export const requireSections: StoryRule = {
  name: 'requireSections',
  label: 'Required sections',
  check: ({ sections }, { requiredSections }) =>
    requiredSections.flatMap((kind) => {
      const ofKind = (sections ?? []).filter((section) => section.blockType === kind)
      if (ofKind.some((section) => hasVisibleText(section.body))) return []
      const why = ofKind.length > 0 ? ': the one there has no text' : ''
      return [{ message: `${labelOfKind(kind)} is missing${why}.`, path: 'sections' }]
    }),
}
