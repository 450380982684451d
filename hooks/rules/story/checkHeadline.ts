import { overLength, type StoryRule } from '../types'

/** The story has a headline no longer than the limit. */
export const checkHeadline: StoryRule = {
  name: 'checkHeadline',
  label: 'Headline',
  check: ({ headline }, { limits }) => {
    const text = headline?.trim() ?? ''
    if (!text) return [{ message: 'The story needs a headline.', path: 'headline' }]
    return overLength('The headline', 'headline', text, limits.headline)
  },
}
