import path from 'node:path'

import { runTsx } from '../../scripts/runTsx.js'

/**
 * Runs tests/support/changeSiteScript.ts in a process of its own, on this test's database, and
 * resolves once it has exited. Asynchronous on purpose: this process keeps handling its Redis
 * messages meanwhile, as an app server would.
 */
export async function changeSiteInOtherProcess(
  args: string[],
  env: Record<string, string>,
): Promise<string> {
  const { output, status } = await runTsx(
    [path.resolve('tests/support/changeSiteScript.ts'), ...args],
    env,
  )
  if (status !== 0)
    throw new Error(`changeSiteScript ${args.join(' ')} failed (${status}):\n${output}`)
  return output
}
