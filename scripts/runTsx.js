import { spawn, spawnSync } from 'node:child_process'
import path from 'node:path'

/** Runs a TypeScript file in a Node process of its own, through tsx. */

const tsx = path.resolve('node_modules/.bin/tsx')

/** The parent's environment and `env`, without the parent's NODE_OPTIONS (Jest's VM flags). */
const childEnv = (env) => {
  const { NODE_OPTIONS: _parentOnly, ...inherited } = process.env
  return { ...inherited, ...env, NODE_OPTIONS: '--no-deprecation' }
}

/**
 * Waits for the run: `{ status, stdout, stderr }`.
 * @param {string[]} args
 * @param {Record<string, string>} [env]
 * @param {{ cwd?: string, maxBuffer?: number }} [options]
 */
export const runTsxSync = (args, env = {}, { cwd, maxBuffer = 64 * 1024 * 1024 } = {}) =>
  spawnSync(tsx, args, { cwd, encoding: 'utf8', env: childEnv(env), maxBuffer })

/**
 * Starts the run and hands back its process, to talk to or kill. tsx runs the script in a Node
 * process of its own: to kill that too, start it `detached` and signal the group (`-pid`).
 * @param {string[]} args
 * @param {Record<string, string>} [env]
 * @param {{ detached?: boolean }} [options]
 */
export const spawnTsx = (args, env = {}, { detached = false } = {}) =>
  spawn(tsx, args, { detached, env: childEnv(env) })

/** Lets this process go on meanwhile (it may have messages to handle): resolves to `{ status, output }`. */
export const runTsx = (args, env = {}) =>
  new Promise((resolve, reject) => {
    const child = spawnTsx(args, env)
    let output = ''
    child.stdout.on('data', (chunk) => (output += chunk))
    child.stderr.on('data', (chunk) => (output += chunk))
    child.on('error', reject)
    child.on('close', (status) => resolve({ output, status }))
  })
