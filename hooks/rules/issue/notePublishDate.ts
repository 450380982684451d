import type { IssueRule } from '../types'

/**
 * An issue may go to review without a publish date: publishing gives it one. The checklist says
 * so beforehand, so no one is surprised by the date readers see. A warning by default.
 */
export const notePublishDate: IssueRule = {
  name: 'notePublishDate',
  label: 'Publish date',
  check: ({ publishDate }) =>
    publishDate
      ? []
      : [{ message: 'No publish date: it will be set at publish.', path: 'publishDate' }],
}
