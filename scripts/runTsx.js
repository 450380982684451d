import { spawn, spawnSync } from 'node:child_process'
import path from 'node:path'

/**
 * Runs a TypeScript file in a Node process of its own, through tsx.
 *
 * On Node 20, loading Payload's module graph through tsx's loader now and then deadlocks (about
 * one run in three on a cold file cache, far fewer on a warm one): Node finds the top-level await
 * unsettled and exits with code 13, having done nothing. Such a run is started again, up to
 * `tsxAttempts` times in all; any other exit is the answer.
 */
export const tsxAttempts = 10

const tsx = path.resolve('node_modules/.bin/tsx')

/** The parent's environment and `env`, without the parent's NODE_OPTIONS (Jest's VM flags). */
const childEnv = (env) => {
  const { NODE_OPTIONS: _parentOnly, ...inherited } = process.env
  return { ...inherited, ...env, NODE_OPTIONS: '--no-deprecation' }
}

/** Waits for the run: `{ status, stdout, stderr }`. */
export function runTsxSync(args, env = {}, { maxBuffer = 64 * 1024 * 1024 } = {}) {
  for (let attempt = 1; ; attempt++) {
    const run = spawnSync(tsx, args, { encoding: 'utf8', env: childEnv(env), maxBuffer })
    if (run.status !== 13 || attempt === tsxAttempts) return run
  }
}

/** Lets this process go on meanwhile (it may have messages to handle): resolves to `{ status, output }`. */
export async function runTsx(args, env = {}) {
  for (let attempt = 1; ; attempt++) {
    const run = await new Promise((resolve, reject) => {
      const child = spawn(tsx, args, { env: childEnv(env) })
      let output = ''
      child.stdout.on('data', (chunk) => (output += chunk))
      child.stderr.on('data', (chunk) => (output += chunk))
      child.on('error', reject)
      child.on('close', (status) => resolve({ output, status }))
    })
    if (run.status !== 13 || attempt === tsxAttempts) return run
  }
}
