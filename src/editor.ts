import { lexicalEditor } from '@payloadcms/richtext-lexical'

/**
 * The rich text editor for letters and story sections: Payload's default features, which include
 * lists, links and inline uploads (figures). Set on each field so the plugin does not depend on
 * the host project's default editor.
 */
export const newsdeskEditor = lexicalEditor({})
