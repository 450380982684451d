import type { UIField } from 'payload'

const readinessCell = '/src/components/ReadinessCell#ReadinessCell'

/**
 * Not stored: in the sidebar, the checklist of the story rules as the editor types; in the
 * list, a column with "Ready" or how many problems.
 */
export const storyReadinessField: UIField = {
  name: 'readiness',
  type: 'ui',
  label: 'Readiness',
  admin: {
    components: { Cell: readinessCell, Field: '/src/components/StoryChecklist#StoryChecklist' },
    position: 'sidebar',
  },
}

/** The same for an issue; its checklist reflects the saved issue, since it rolls up its stories. */
export const issueReadinessField: UIField = {
  name: 'readiness',
  type: 'ui',
  label: 'Readiness',
  admin: {
    components: { Cell: readinessCell, Field: '/src/components/IssueChecklist#IssueChecklist' },
    position: 'sidebar',
  },
}
