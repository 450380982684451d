import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

/**
 * payload-types.ts and schema.graphql are committed for the site and for type checking; they
 * must be what the CLI makes from the current config, or a schema change went in without them.
 */
const regenerate = (bin: string, args: string[], env: Record<string, string>) => {
  const { NODE_OPTIONS: _jestOnly, ...inherited } = process.env
  execFileSync(path.resolve('node_modules/.bin', bin), args, {
    env: {
      ...inherited,
      ...env,
      DATABASE_URL: `file:${path.join(os.tmpdir(), 'newsdesk-generate.db')}`,
      NODE_OPTIONS: '--no-deprecation',
      PAYLOAD_SECRET: 'generate',
    },
    stdio: 'pipe',
  })
}

describe('generated files', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsdesk-generated-'))
  afterAll(() => fs.rmSync(dir, { force: true, recursive: true }))

  it('payload-types.ts matches the config', () => {
    const output = path.join(dir, 'payload-types.ts')
    regenerate('payload', ['generate:types'], { PAYLOAD_TS_OUTPUT_PATH: output })
    expect(fs.readFileSync(output, 'utf8')).toBe(fs.readFileSync('payload-types.ts', 'utf8'))
  })

  it('schema.graphql matches the config', () => {
    const output = path.join(dir, 'schema.graphql')
    regenerate('payload-graphql', ['generate:schema'], { PAYLOAD_GRAPHQL_SCHEMA_PATH: output })
    expect(fs.readFileSync(output, 'utf8')).toBe(fs.readFileSync('schema.graphql', 'utf8'))
  })
})
