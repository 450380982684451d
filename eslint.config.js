// ESLint 9 flat config. Formatting belongs to Prettier (.prettierrc.json); eslint-config-prettier,
// last below, turns off every rule that would fight it. Rules are typescript-eslint's
// `recommended` set without type information, so `eslint .` stays fast.
import { builtinModules } from 'node:module'

import js from '@eslint/js'
import { defineConfig } from 'eslint/config'
import prettier from 'eslint-config-prettier'
import globals from 'globals'
import tseslint from 'typescript-eslint'

/**
 * Modules that promise to import nothing server-only, because the admin's browser bundle can load
 * them too. Globs are relative to the repository root; keep this list in step when files move.
 * Only each file's own imports are checked, not what the modules it imports go on to import.
 */
const browserSafeModules = [
  'src/workflow/table.ts',
  'hooks/rules/**/*.ts',
  'src/shared/ids.ts',
  'src/shared/lexical.ts',
  'src/shared/richText.ts',
  'src/shared/roles.ts',
  'src/shared/sections.ts',
  'src/shared/slugs.ts',
  'src/shared/text.ts',
  'src/shared/urls.ts',
]

/** Generated or installed files: never linted (the same list as .prettierignore). */
const generated = [
  'payload-types.ts',
  'schema.graphql',
  'src/app/(payload)/admin/importMap.js',
  'migrations/**',
  'package-lock.json',
  '.next/**',
  'dist/**',
  'data/**',
  'backups/**',
  'node_modules/**',
  'next-env.d.ts',
  'test-results/**',
  '.scratch/**',
  // Stryker's copy of the project while `npm run test:mutation` runs, and its reports.
  '.stryker-tmp/**',
  'reports/**',
]

const browserSafeMessage = "This module runs in the admin's browser too: no server-only imports."

/**
 * Server-only module specifiers, for the browser-safe modules: every Node built-in (with or without
 * `node:`, and subpaths such as fs/promises), the image, Redis and mail libraries, the database
 * adapters and Next's server entry points.
 */
const nodeBuiltins = builtinModules.filter((name) => !/^_|\//.test(name)).join('|')
// `\x2F` is `/`: esquery (the no-restricted-syntax selector below) cannot take a literal slash.
const serverOnly = `^(node:.*|(${nodeBuiltins}|sharp|ioredis|nodemailer|next)(\\x2F.*)?|@payloadcms\\x2Fdb-.*)$`

export default defineConfig(
  { ignores: generated },
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    extends: [js.configs.recommended, tseslint.configs.recommended],
    rules: {
      // `_`-prefixed names are deliberately unused (placeholders, destructured-away fields).
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          args: 'after-used',
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          caughtErrorsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
          ignoreRestSiblings: true,
        },
      ],
      // Tests read untyped API responses through `any`; flag it, don't fail the lint.
      '@typescript-eslint/no-explicit-any': 'warn',
    },
  },
  {
    // Plain-JS scripts, the Jest config and Jest's setup files run under Node.
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['tests/**'],
    languageOptions: { globals: { ...globals.node, ...globals.jest } },
  },
  {
    files: browserSafeModules,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            // Types from 'payload' vanish at runtime, so `import type` stays allowed.
            { name: 'payload', allowTypeImports: true, message: browserSafeMessage },
          ],
          patterns: [
            {
              // payload/shared is Payload's own browser-safe entry point.
              group: ['payload/*', '!payload/shared'],
              allowTypeImports: true,
              message: browserSafeMessage,
            },
            { regex: serverOnly, message: browserSafeMessage },
          ],
        },
      ],
      // no-restricted-imports does not see `import('…')`; a lazy server-only import breaks the
      // browser bundle just the same.
      'no-restricted-syntax': [
        'error',
        {
          selector: `ImportExpression > Literal[value=/${serverOnly}/]`,
          message: browserSafeMessage,
        },
        {
          selector: `ImportExpression > Literal[value=/^payload(\\x2F(?!shared$).*)?$/]`,
          message: browserSafeMessage,
        },
      ],
    },
  },
  // Last: turn off every stylistic rule that Prettier owns.
  prettier,
)
