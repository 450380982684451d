/**
 * The plugin as another project gets it: built, packed by `npm pack`, installed from
 * the tarball by npm into a scratch Payload project, and run there by plain Node, not from this
 * repository's sources. The scratch project sits under .scratch/ so that the packages it shares
 * with this repository (Payload and its adapters, the plugin's peers) resolve to ours; the
 * plugin's own dependencies are installed by npm from its cache, offline.
 */
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { runTsxSync } from '../../scripts/runTsx.js'

const root = path.resolve(import.meta.dirname, '../..')
const run = (command: string, args: string[], cwd: string, env: Record<string, string> = {}) =>
  execFileSync(command, args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })

const compiledFiles = (dir: string): string[] =>
  fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.js'))
    .map((entry) => path.join(entry.parentPath, entry.name))

const relativeImports = (code: string): string[] =>
  [...code.matchAll(/(?:from|import)\s*\(?\s*["'](\.{1,2}\/[^"']+)["']/g)].map(
    ([, specifier]) => specifier,
  )

type LockEntry = Record<string, unknown> & { dependencies?: Record<string, string> }

/**
 * A lockfile for the scratch project: the tarball, and the plugin's dependencies as this
 * repository's lockfile pins them, so `npm ci --offline` installs them from npm's cache.
 */
function lockfileFor(
  tarball: string,
  manifest: { dependencies?: Record<string, string>; name: string; version: string },
) {
  const ours = JSON.parse(fs.readFileSync(path.join(root, 'package-lock.json'), 'utf8'))
    .packages as Record<string, LockEntry>
  const packages: Record<string, LockEntry> = {
    '': { dependencies: { [manifest.name]: `file:${path.basename(tarball)}` } },
    [`node_modules/${manifest.name}`]: {
      dependencies: manifest.dependencies,
      integrity: `sha512-${createHash('sha512').update(fs.readFileSync(tarball)).digest('base64')}`,
      resolved: `file:${path.basename(tarball)}`,
      version: manifest.version,
    },
  }
  const add = (name: string, from: string) => {
    const nested = `${from}/node_modules/${name}`
    const at = from && ours[nested] ? nested : `node_modules/${name}`
    if (packages[at]) return
    const {
      dev: _dev,
      devOptional: _devOptional,
      peer: _peer,
      ...entry
    } = ours[at] as LockEntry & Record<'dev' | 'devOptional' | 'peer', unknown>
    packages[at] = entry
    for (const dependency of Object.keys(entry.dependencies ?? {})) add(dependency, at)
  }
  for (const dependency of Object.keys(manifest.dependencies ?? {})) add(dependency, '')
  return { lockfileVersion: 3, name: 'host', packages, requires: true }
}

describe('the plugin as a package', () => {
  fs.mkdirSync(path.join(root, '.scratch'), { recursive: true })
  const scratch = fs.mkdtempSync(path.join(root, '.scratch', 'package-'))
  afterAll(() => fs.rmSync(scratch, { force: true, recursive: true }))

  it('installs from its tarball into another Payload project, whose config builds and whose editors write stories', () => {
    run('npm', ['run', 'build:plugin'], root)
    const [{ filename }] = JSON.parse(
      run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', scratch], root),
    ) as { filename: string }[]
    const tarball = path.join(scratch, filename)
    const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'))
    fs.writeFileSync(
      path.join(scratch, 'package.json'),
      JSON.stringify({
        dependencies: { [manifest.name]: `file:${filename}` },
        name: 'host',
        private: true,
        type: 'module',
      }),
    )
    fs.writeFileSync(
      path.join(scratch, 'package-lock.json'),
      JSON.stringify(lockfileFor(tarball, manifest)),
    )
    run(
      'npm',
      ['ci', '--offline', '--legacy-peer-deps', '--ignore-scripts', '--no-audit', '--no-fund'],
      scratch,
    )

    const installed = path.join(scratch, 'node_modules', manifest.name)
    expect(fs.existsSync(path.join(installed, 'dist', 'src', 'index.js'))).toBe(true)
    expect(fs.existsSync(path.join(installed, 'src'))).toBe(false)

    // Every relative import names its file, so Node's own ESM loader resolves the package as it is.
    const unresolved = compiledFiles(path.join(installed, 'dist')).flatMap((file) =>
      relativeImports(fs.readFileSync(file, 'utf8'))
        .filter((specifier) => !fs.existsSync(path.resolve(path.dirname(file), specifier)))
        .map((specifier) => `${path.relative(installed, file)}: ${specifier}`),
    )
    expect(unresolved).toEqual([])

    fs.copyFileSync(path.join(root, 'tests', 'package', 'host.mjs'), path.join(scratch, 'host.mjs'))
    // Through tsx, as every Payload child process here (scripts/runTsx.js).
    const hostRun = runTsxSync(['host.mjs'], { NODE_ENV: 'development' }, { cwd: scratch })
    if (hostRun.status !== 0)
      throw new Error(`host.mjs exited ${hostRun.status}:\n${hostRun.stdout}\n${hostRun.stderr}`)
    const host = JSON.parse(hostRun.stdout.trim().split('\n').at(-1) as string)

    expect(host.collections).toEqual(
      expect.arrayContaining([
        'members',
        'pages',
        'stories',
        'issues',
        'figures',
        'sponsors',
        'preview-links',
        'issue-editions',
      ]),
    )
    expect(host.collections).not.toContain('users')
    expect(host.memberFields).toEqual(expect.arrayContaining(['email', 'nickname', 'roles']))
    expect(host.memberRoles).toEqual(['admin'])
    expect(host.page).toBe('Host page')
    expect(host.story).toMatchObject({
      headline: 'Installed from the package',
      slug: 'installed-from-the-package',
      stage: 'draft',
    })
    expect(host.story.createdBy).toBeDefined()
  })
})
