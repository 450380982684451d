import { spawn } from 'node:child_process'
import path from 'node:path'

interface Run {
  output: string
  status: number | null
}

function runScript(args: string[], env: NodeJS.ProcessEnv): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(path.resolve('node_modules/.bin/tsx'), [path.resolve('tests/support/changeSiteScript.ts'), ...args], { env })
    let output = ''
    child.stdout.on('data', (chunk) => (output += chunk))
    child.stderr.on('data', (chunk) => (output += chunk))
    child.on('error', reject)
    child.on('close', (status) => resolve({ output, status }))
  })
}

/**
 * Runs tests/support/changeSiteScript.ts in a process of its own, on this test's database, and
 * resolves once it has exited. Asynchronous on purpose: this process keeps handling its Redis
 * messages meanwhile, as an app server would. Node 20 now and then leaves a module's top-level
 * await unsettled while loading through tsx (exit code 13, nothing done); such a run is tried again.
 */
export async function changeSiteInOtherProcess(args: string[], env: Record<string, string>): Promise<string> {
  const { NODE_OPTIONS: _jestOnly, ...inherited } = process.env
  for (let attempt = 1; ; attempt++) {
    const { output, status } = await runScript(args, { ...inherited, ...env, NODE_OPTIONS: '--no-deprecation' })
    if (status === 0) return output
    if (status !== 13 || attempt === 3) throw new Error(`changeSiteScript ${args.join(' ')} failed (${status}):\n${output}`)
  }
}
