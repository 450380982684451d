import { spawn, spawnSync } from 'node:child_process'
import path from 'node:path'

/**
 * Runs a TypeScript file in a Node process of its own, through tsx.
 *
 * On Node 20, loading Payload's module graph now and then deadlocks, through tsx's loader (about
 * one run in three on a cold file cache, far fewer on a warm one), and more often still through
 * Node's own loader (most runs that load @payloadcms/richtext-lexical): Node finds the top-level
 * await unsettled and exits with code 13, having done nothing. Such a run is started again, up to `tsxAttempts` times
 * in all; any other exit is the answer.
 */
export const tsxAttempts = 10

const tsx = path.resolve('node_modules/.bin/tsx')

/** The parent's environment and `env`, without the parent's NODE_OPTIONS (Jest's VM flags). */
const childEnv = (env) => {
  const { NODE_OPTIONS: _parentOnly, ...inherited } = process.env
  return { ...inherited, ...env, NODE_OPTIONS: '--no-deprecation' }
}

/**
 * Runs `command` (Node, or a script run by Node) until it exits otherwise than 13, and waits for
 * the run: `{ status, stdout, stderr }`.
 * @param {string} command
 * @param {string[]} args
 * @param {Record<string, string>} [env]
 * @param {{ cwd?: string, maxBuffer?: number }} [options]
 */
function runNodeSync(command, args, env = {}, options = {}) {
  const { cwd, maxBuffer = 64 * 1024 * 1024 } = options
  for (let attempt = 1; ; attempt++) {
    const run = spawnSync(command, args, { cwd, encoding: 'utf8', env: childEnv(env), maxBuffer })
    if (run.status !== 13 || attempt === tsxAttempts) return run
  }
}

/** Waits for the run: `{ status, stdout, stderr }`. */
export const runTsxSync = (args, env = {}, options = {}) => runNodeSync(tsx, args, env, options)

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
