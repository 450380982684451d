import type { StoryRule } from '../types'
import { genericSection, labelOfKind } from '../../../src/shared/sections'

/** Each named section kind appears once; only the generic section, with its own heading, repeats. */
export const rejectRepeatedSections: StoryRule = {
  name: 'rejectRepeatedSections',
  label: 'No section twice',
  check: ({ sections }) =>
    (sections ?? []).flatMap(({ blockType }, index, all) =>
      blockType !== genericSection.slug &&
      all.findIndex((other) => other.blockType === blockType) < index
        ? [
            {
              message: `${labelOfKind(blockType)} appears more than once; merge the sections.`,
              path: `sections.${index}.blockType`,
            },
          ]
        : [],
    ),
}
