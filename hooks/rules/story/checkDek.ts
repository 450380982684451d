import { overLength, type Finding, type StoryRule } from '../types'
import { sentenceCount } from '../../../src/shared/text'

/** The story has a dek under the headline: at most the allowed sentences and characters. */
export const checkDek: StoryRule = {
  name: 'checkDek',
  label: 'Dek',
  check: ({ dek }, { limits }) => {
    const text = dek?.trim() ?? ''
    if (!text)
      return [{ message: 'The story needs a dek, a sentence under the headline.', path: 'dek' }]
    const findings: Finding[] = []
    const sentences = sentenceCount(text)
    if (sentences > limits.dekSentences) {
      const allowed =
        limits.dekSentences === 1 ? 'one sentence' : `${limits.dekSentences} sentences`
      findings.push({
        message: `The dek has ${sentences} sentences; keep it to ${allowed}.`,
        path: 'dek',
      })
    }
    return [...findings, ...overLength('The dek', 'dek', text, limits.dek)]
  },
}
