/**
 * Builds the plugin as a package (`npm run build:plugin`, run by `npm pack`): every module the
 * package's entry points reach, compiled by SWC to plain ES modules whose relative imports carry
 * their `.js` file names, so Node and bundlers load them as they are; then type declarations by
 * tsc. The app in this repository runs the plugin from source and needs none of it.
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import swc from '@swc/core'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const outDir = path.join(root, 'dist')
const entries = [
  'src/index.ts',
  'src/exports/client.ts',
  'src/exports/rsc.ts',
  'src/exports/next.ts',
]

const swcOptions = (file) => ({
  filename: file,
  jsc: {
    baseUrl: root,
    parser: { syntax: 'typescript', tsx: file.endsWith('.tsx') },
    target: 'es2022',
    transform: { react: { runtime: 'automatic' } },
  },
  module: { type: 'es6', resolveFully: true },
  sourceMaps: true,
})

/** The source file a compiled relative import names (`./table.js` is `./table.ts` or `./table.tsx`). */
function sourceOf(fromFile, specifier) {
  const base = path.resolve(path.dirname(fromFile), specifier).replace(/\.js$/, '')
  const found = ['.ts', '.tsx', '/index.ts']
    .map((ending) => base + ending)
    .find((candidate) => fs.existsSync(candidate))
  if (!found)
    throw new Error(
      `build:plugin: ${path.relative(root, fromFile)} imports ${specifier}, which has no source file`,
    )
  return found
}

fs.rmSync(outDir, { force: true, recursive: true })
const pending = entries.map((entry) => path.join(root, entry))
const compiled = new Set()
while (pending.length > 0) {
  const file = pending.pop()
  if (compiled.has(file)) continue
  compiled.add(file)
  const { code, map } = swc.transformFileSync(file, swcOptions(file))
  const target = path.join(outDir, path.relative(root, file)).replace(/\.tsx?$/, '.js')
  fs.mkdirSync(path.dirname(target), { recursive: true })
  fs.writeFileSync(target, `${code}\n//# sourceMappingURL=${path.basename(target)}.map\n`)
  fs.writeFileSync(`${target}.map`, map)
  for (const [, specifier] of code.matchAll(/(?:from|import)\s*\(?\s*["'](\.{1,2}\/[^"']+)["']/g))
    pending.push(sourceOf(file, specifier))
}

execFileSync(
  path.join(root, 'node_modules', '.bin', 'tsc'),
  [
    ...entries,
    ...['--declaration', '--emitDeclarationOnly', '--outDir', outDir, '--rootDir', root],
    ...[
      '--target',
      'es2022',
      '--module',
      'esnext',
      '--moduleResolution',
      'bundler',
      '--jsx',
      'react-jsx',
    ],
    ...[
      '--strict',
      '--esModuleInterop',
      '--isolatedModules',
      '--resolveJsonModule',
      '--skipLibCheck',
    ],
  ],
  { cwd: root, stdio: 'inherit' },
)
console.log(`build:plugin: ${compiled.size} modules and their declarations in dist/`)
