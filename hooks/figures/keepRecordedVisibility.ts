import type { FieldHook } from 'payload'

/** `shownToReaders` is the server's record (src/figures/visibility.ts): no save sets it. */
export const keepRecordedVisibility: FieldHook = ({ originalDoc }) =>
  (originalDoc as { shownToReaders?: boolean } | undefined)?.shownToReaders === true
