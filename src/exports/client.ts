/**
 * The plugin's client components, as the admin's import map names them (`newsdesk/client#…`).
 * Each file marks itself 'use client'.
 */
export {
  DocumentStage,
  PublishedThroughWorkflow,
  StageShownInHeader,
} from '../workflow/admin/DocumentStage'
export { WorkflowPanel } from '../workflow/admin/WorkflowPanel'
export { ReadinessList } from '../readiness/admin/ReadinessList'
export { StoryChecklistClient } from '../readiness/admin/StoryChecklistClient'
export { LayoutRowLabel } from '../desk/admin/LayoutRowLabel'
export { IssueChecklistClient } from '../readiness/admin/IssueChecklistClient'
export { PreviewLinkURLCell, PreviewLinkURLField } from '../preview/admin/PreviewLinkURL'
