/** Collection and global slugs the plugin adds; relationships between them refer to these. */
export const slugs = {
  editions: 'issue-editions',
  figures: 'figures',
  issues: 'issues',
  newsletter: 'newsletter',
  previewLinks: 'preview-links',
  sponsors: 'sponsors',
  stories: 'stories',
} as const
