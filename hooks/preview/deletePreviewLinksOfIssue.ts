import type { CollectionBeforeDeleteHook } from 'payload'

import { slugs } from '../../src/shared/slugs'

/** An issue's preview links go with it, in the same transaction: a link must not outlive what it opens. */
export const deletePreviewLinksOfIssue: CollectionBeforeDeleteHook = async ({ id, req }) => {
  await req.payload.delete({
    collection: slugs.previewLinks,
    overrideAccess: true,
    req,
    where: { issue: { equals: id } },
  })
}
