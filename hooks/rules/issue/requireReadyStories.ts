import type { IssueRule } from '../types'

/**
 * The issue places at least one story, and every story it places passes its own rules; each
 * story that does not is named with what it lacks.
 */
export const requireReadyStories: IssueRule = {
  name: 'requireReadyStories',
  label: 'Stories ready',
  check: ({ stories }) => {
    if (stories.length === 0) return [{ message: 'The issue has no stories.', path: 'layout' }]
    return stories.flatMap(({ headline, path, readiness }) => {
      if (!readiness)
        return [
          { message: `Story "${headline}" no longer exists; remove it or choose another.`, path },
        ]
      const errors = readiness.problems.filter((problem) => problem.severity === 'error')
      if (errors.length === 0) return []
      const count = errors.length === 1 ? '1 problem' : `${errors.length} problems`
      return [
        {
          message: `Story "${headline}" has ${count}: ${errors.map((problem) => problem.message).join(' ')}`,
          path,
        },
      ]
    })
  },
}
