import type { Config, PayloadRequest, Widget, WidgetInstance } from 'payload'

import { hasRole, type StaffUser } from '../shared/roles'

const widgets: Widget[] = [
  {
    slug: 'awaiting-review',
    Component: 'newsdesk/rsc#AwaitingReviewWidget',
    label: 'Awaiting review',
  },
  {
    slug: 'changes-requested',
    Component: 'newsdesk/rsc#ChangesRequestedWidget',
    label: 'Changes requested on my work',
  },
  { slug: 'my-drafts', Component: 'newsdesk/rsc#MyDraftsWidget', label: 'My drafts' },
  { slug: 'next-issue', Component: 'newsdesk/rsc#NextIssueWidget', label: 'The next issue' },
  { slug: 'scheduled', Component: 'newsdesk/rsc#ScheduledWidget', label: 'Scheduled' },
]

/**
 * What each role sees first: a reviewer what awaits review, an editor what came back and their
 * drafts; everyone the next issue and the schedule, then Payload's collection cards.
 */
function deskLayout({ req }: { req: PayloadRequest }): WidgetInstance[] {
  const user = req.user as StaffUser | null
  const reviews = hasRole(user, 'reviewer', 'admin')
  const writes = hasRole(user, 'editor', 'admin')
  return [
    ...(reviews ? [{ widgetSlug: 'awaiting-review', width: 'full' as const }] : []),
    ...(writes
      ? [
          { widgetSlug: 'changes-requested', width: 'medium' as const },
          { widgetSlug: 'my-drafts', width: 'medium' as const },
        ]
      : []),
    { widgetSlug: 'next-issue', width: 'medium' },
    { widgetSlug: 'scheduled', width: 'medium' },
    { widgetSlug: 'collections', width: 'full' },
  ] as WidgetInstance[]
}

/**
 * The admin's dashboard as the desk's work queue, and its counts under the navigation; a host's
 * own widgets, layout and navigation parts are kept.
 */
export const withWorkQueues = (admin: Config['admin']): Config['admin'] => ({
  ...admin,
  components: {
    ...admin?.components,
    afterNavLinks: [...(admin?.components?.afterNavLinks ?? []), 'newsdesk/rsc#DeskNavCounts'],
  },
  dashboard: {
    ...admin?.dashboard,
    defaultLayout: admin?.dashboard?.defaultLayout ?? deskLayout,
    widgets: [...(admin?.dashboard?.widgets ?? []), ...widgets],
  },
})
