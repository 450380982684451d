/**
 * `npm start`: builds the production server the first time (or after `rm -rf .next`), then
 * serves it. Payload starts with the server (src/instrumentation.ts): migrations run and, on the
 * embedded SQLite default, an empty database gets the demo desk.
 */
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'

const run = (script, args = []) => {
  const { status } = spawnSync('npm', ['run', '--silent', script, '--', ...args], {
    stdio: 'inherit',
  })
  if (status !== 0) process.exit(status ?? 1)
}

if (!existsSync('.next/BUILD_ID')) {
  console.log('No production build yet: building once (a few minutes on a small machine)…')
  run('build')
}
run('serve', process.argv.slice(2))
