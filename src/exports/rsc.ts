/** The plugin's server components, as the admin's import map names them (`newsdesk/rsc#…`). */
export { IssueChecklist } from '../readiness/admin/IssueChecklist'
export { ReadinessCell } from '../readiness/admin/ReadinessCell'
export { StoryChecklist } from '../readiness/admin/StoryChecklist'
export { StageCell } from '../workflow/admin/StageCell'
export {
  AwaitingReviewWidget,
  ChangesRequestedWidget,
  MyDraftsWidget,
  NextIssueWidget,
  ScheduledWidget,
} from '../desk/admin/DeskWidgets'
export { DeskNavCounts } from '../desk/admin/DeskNavCounts'
export { ChangesSinceReview } from '../workflow/admin/ChangesSinceReview'
export { VersionHistory } from '../workflow/admin/VersionHistory'
export { BrandLogo } from '../branding/BrandLogo'
