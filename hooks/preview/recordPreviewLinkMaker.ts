import type { CollectionBeforeChangeHook } from 'payload'

/** Who made a link, for the desk's record of who shared what. */
export const recordPreviewLinkMaker: CollectionBeforeChangeHook = ({ data, operation, req }) =>
  operation === 'create' ? { ...data, createdBy: req.user?.id ?? null } : data
