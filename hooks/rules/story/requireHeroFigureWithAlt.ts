import type { StoryRule } from '../types'
import { looksLikeFileName } from '../../../src/shared/text'

/**
 * The story has a hero figure whose alt text describes the image. The figure must be resolved
 * to its record (`readinessOf` and the admin checklist do so); a bare ID means it was not found.
 */
export const requireHeroFigureWithAlt: StoryRule = {
  name: 'requireHeroFigureWithAlt',
  label: 'Hero figure with alt text',
  check: ({ heroFigure }) => {
    const path = 'heroFigure'
    if (heroFigure === null || heroFigure === undefined || heroFigure === '') {
      return [{ message: 'The story needs a hero figure.', path }]
    }
    if (typeof heroFigure !== 'object')
      return [{ message: 'The hero figure no longer exists; choose another.', path }]
    const alt = heroFigure.alt?.trim() ?? ''
    if (!alt) return [{ message: 'The hero figure has no alt text.', path }]
    if (looksLikeFileName(alt, heroFigure.filename)) {
      return [
        {
          message: `The hero figure's alt text "${alt}" is a file name; describe the image instead.`,
          path,
        },
      ]
    }
    return []
  },
}
