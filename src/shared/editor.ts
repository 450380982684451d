import { LinkFeature, lexicalEditor } from '@payloadcms/richtext-lexical'

import { dropUnreadableRelations } from '../../hooks/access/dropUnreadableRelations'

/**
 * The rich text editor for letters and story sections: Payload's default features, which include
 * lists, links and inline uploads (figures). Set on each field so the plugin does not depend on
 * the host project's default editor. A link to a document the reader may not read (a story still
 * in draft) loses its target for that reader rather than showing the document's ID.
 */
export const newsdeskEditor: ReturnType<typeof lexicalEditor> = lexicalEditor({
  features: ({ defaultFeatures }) => [
    ...defaultFeatures.filter((feature) => feature.key !== 'link'),
    LinkFeature({
      fields: ({ defaultFields }) =>
        defaultFields.map((field) =>
          'name' in field && field.name === 'doc' && field.type === 'relationship'
            ? {
                ...field,
                hooks: {
                  ...field.hooks,
                  afterRead: [...(field.hooks?.afterRead ?? []), dropUnreadableRelations],
                },
              }
            : field,
        ),
    }),
  ],
})
