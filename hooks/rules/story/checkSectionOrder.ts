import type { Finding, StoryRule } from '../types'
import { labelOfKind } from '../../../src/shared/sections'

/** Where the admin marks a section that sits in the wrong place: its kind, inside its row. */
const kindPath = (index: number) => `sections.${index}.blockType`

/**
 * Opening kinds lead the story in their order, closing kinds end it in their order with
 * nothing after or between them, and each `before` pair keeps its order. Only kinds the story
 * has are placed; a missing one is `requireSections`' to report.
 */
export const checkSectionOrder: StoryRule = {
  name: 'checkSectionOrder',
  label: 'Sections in order',
  check: ({ sections }, { sectionOrder }) => {
    const kinds = (sections ?? []).map((section) => section.blockType)
    const firstIndex = (kind: string) => kinds.indexOf(kind)
    const lastIndex = (kind: string) => kinds.lastIndexOf(kind)
    const findings: Finding[] = []
    const misplaced = new Set<string>()
    const report = (kind: string, index: number, message: string) => {
      if (misplaced.has(kind)) return
      misplaced.add(kind)
      findings.push({ message, path: kindPath(index) })
    }

    const opening = sectionOrder.opening.filter((kind) => kinds.includes(kind))
    opening.forEach((kind, position) => {
      if (firstIndex(kind) === position) return
      const message =
        position === 0
          ? `${labelOfKind(kind)} must be the first section.`
          : `${labelOfKind(kind)} must come right after ${labelOfKind(opening[position - 1])}.`
      report(kind, firstIndex(kind), message)
    })

    // A repeated closing kind is placed by its last copy; the repeat is `rejectRepeatedSections`' to report.
    const closing = sectionOrder.closing.filter((kind) => kinds.includes(kind))
    closing.forEach((kind, position) => {
      if (lastIndex(kind) === kinds.length - closing.length + position) return
      const next = closing[position + 1]
      const message = next
        ? `${labelOfKind(kind)} must come right before ${labelOfKind(next)}.`
        : `${labelOfKind(kind)} must be the last section.`
      report(kind, lastIndex(kind), message)
    })

    for (const [earlier, later] of sectionOrder.before) {
      if (!kinds.includes(earlier) || !kinds.includes(later)) continue
      if (firstIndex(earlier) < firstIndex(later)) continue
      report(
        earlier,
        firstIndex(earlier),
        `${labelOfKind(earlier)} must come before ${labelOfKind(later)}.`,
      )
    }
    return findings
  },
}
