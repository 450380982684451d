import type { Finding, StoryRule } from '../src/ruleTypes'
import { characterCount, sentenceCount } from '../src/text'

/** The story has a dek under the headline: at most the allowed sentences and characters. */
export const checkDek: StoryRule = {
  name: 'checkDek',
  label: 'Dek',
  check: ({ dek }, { limits }) => {
    const text = dek?.trim() ?? ''
    if (!text) return [{ message: 'The story needs a dek, a sentence under the headline.', path: 'dek' }]
    const findings: Finding[] = []
    const sentences = sentenceCount(text)
    if (sentences > limits.dekSentences) {
      const allowed = limits.dekSentences === 1 ? 'one sentence' : `${limits.dekSentences} sentences`
      findings.push({ message: `The dek has ${sentences} sentences; keep it to ${allowed}.`, path: 'dek' })
    }
    const length = characterCount(text)
    if (length > limits.dek) {
      findings.push({ message: `The dek is ${length} characters; keep it to ${limits.dek} or fewer.`, path: 'dek' })
    }
    return findings
  },
}
