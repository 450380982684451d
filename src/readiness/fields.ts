import type { UIField } from 'payload'

/**
 * Not stored: in the sidebar, the checklist of the rules (for a story as the editor types; for
 * an issue as saved, since it rolls up its stories); in the list, "Ready" or how many problems.
 */
const readinessField = (checklist: string): UIField => ({
  name: 'readiness',
  type: 'ui',
  label: 'Readiness',
  admin: {
    components: { Cell: 'newsdesk/rsc#ReadinessCell', Field: checklist },
    position: 'sidebar',
  },
})

export const storyReadinessField = readinessField('newsdesk/rsc#StoryChecklist')

export const issueReadinessField = readinessField('newsdesk/rsc#IssueChecklist')
