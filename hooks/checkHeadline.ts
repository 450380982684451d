import type { StoryRule } from '../src/ruleTypes'
import { characterCount } from '../src/text'

/** The story has a headline no longer than the limit. */
export const checkHeadline: StoryRule = {
  name: 'checkHeadline',
  label: 'Headline',
  check: ({ headline }, { limits }) => {
    const text = headline?.trim() ?? ''
    if (!text) return [{ message: 'The story needs a headline.', path: 'headline' }]
    const length = characterCount(text)
    return length > limits.headline
      ? [{ message: `The headline is ${length} characters; keep it to ${limits.headline} or fewer.`, path: 'headline' }]
      : []
  },
}
