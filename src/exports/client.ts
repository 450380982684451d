/**
 * The plugin's client components, as the admin's import map names them (`newsdesk/client#…`).
 * Each file marks itself 'use client'.
 */
export { PublishWhenAllowed, UnpublishWhenAllowed } from '../workflow/admin/PublishWhenAllowed'
export { WorkflowPanel } from '../workflow/admin/WorkflowPanel'
export { ReadinessList } from '../readiness/admin/ReadinessList'
export { StoryChecklistClient } from '../readiness/admin/StoryChecklistClient'
export { PreviewLinkURLCell, PreviewLinkURLField } from '../preview/admin/PreviewLinkURL'
