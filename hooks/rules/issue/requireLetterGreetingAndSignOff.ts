import { textBlocksOf } from '../../../src/shared/richText'
import type { Finding, IssueRule } from '../types'
import { characterCount } from '../../../src/shared/text'

/** A greeting addresses the reader, so it does not end like a statement or a question. */
const endsLikeGreeting = (text: string) => !/[.?]$/.test(text)

/**
 * The editor's letter opens with a short greeting line (`Dear friends,`), has a body, and
 * closes with a short sign-off line (`Keep learning!`).
 */
export const requireLetterGreetingAndSignOff: IssueRule = {
  name: 'requireLetterGreetingAndSignOff',
  label: 'Letter with greeting and sign-off',
  check: ({ letter }, { limits }) => {
    const path = 'letter'
    const blocks = textBlocksOf(letter)
    if (blocks.length === 0) return [{ message: 'The issue needs a letter from the editor.', path }]
    const isShortParagraph = (block: (typeof blocks)[number]) =>
      block.type === 'paragraph' && characterCount(block.text) <= limits.letterLine
    const findings: Finding[] = []
    const [first] = blocks
    if (!isShortParagraph(first) || !endsLikeGreeting(first.text)) {
      findings.push({
        message: 'The letter must open with a greeting line, such as "Dear friends,".',
        path,
      })
    }
    const last = blocks[blocks.length - 1]
    if (blocks.length < 3 || !isShortParagraph(last)) {
      findings.push({
        message:
          'The letter must close with a sign-off line after its body, such as "Keep learning!".',
        path,
      })
    }
    return findings
  },
}
