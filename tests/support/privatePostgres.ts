/**
 * A PostgreSQL server of a test's own, on a free port in a temporary directory, that the test may
 * stop and start: the shared server of TEST_POSTGRES_URL serves every other test and must never
 * go down. It holds a copy of one database of the shared server.
 */
import { execFile, execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

import { freePort } from '../../scripts/benchServer'

const bin = (program: string) =>
  path.join(execFileSync('pg_config', ['--bindir'], { encoding: 'utf8' }).trim(), program)

/**
 * Runs one of PostgreSQL's programs, without blocking this process: the app in it goes on
 * answering meanwhile. PostgreSQL refuses to run as root: as root, it runs as the `postgres` user.
 */
const asServerUser = async (program: string, args: string[]): Promise<void> => {
  const [file, all] =
    process.getuid?.() === 0
      ? ['runuser', ['-u', 'postgres', '--', bin(program), ...args]]
      : [bin(program), args]
  await promisify(execFile)(file, all)
}

export interface PrivatePostgres {
  /** The copied database on this server. */
  url: string
  /** `fast` ends sessions and rolls back their transactions; `immediate` drops them as a crash would. */
  stop: (mode?: 'fast' | 'immediate') => Promise<void>
  start: () => Promise<void>
  /** Stops the server and removes its directory. */
  remove: () => Promise<void>
}

/** Starts a server and copies the database `sourceURL` names into it (schema and rows). */
export async function privatePostgres(sourceURL: string): Promise<PrivatePostgres> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsdesk-pg-'))
  const data = path.join(dir, 'data')
  if (process.getuid?.() === 0) fs.chownSync(dir, uidOf('postgres'), gidOf('postgres'))
  const port = await freePort()
  await asServerUser('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync'])
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`
  let running = false
  const start = async () => {
    await asServerUser('pg_ctl', [
      ...['-D', data, '-o', options, '-l', path.join(dir, 'log'), '-w', 'start'],
    ])
    running = true
  }
  const stop = async (mode: 'fast' | 'immediate' = 'fast') => {
    await asServerUser('pg_ctl', ['-D', data, '-m', mode, '-w', 'stop'])
    running = false
  }
  await start()
  const server = `postgres://postgres@127.0.0.1:${port}`
  execFileSync('psql', [`${server}/postgres`, '-qc', 'CREATE DATABASE newsdesk'])
  const dump = execFileSync('pg_dump', ['--no-owner', sourceURL], { maxBuffer: 256 * 1024 * 1024 })
  execFileSync('psql', ['-q', '-v', 'ON_ERROR_STOP=1', `${server}/newsdesk`], {
    input: dump,
    stdio: ['pipe', 'ignore', 'pipe'],
  })
  return {
    remove: async () => {
      if (running) await stop('immediate')
      fs.rmSync(dir, { force: true, recursive: true })
    },
    start,
    stop,
    url: `${server}/newsdesk`,
  }
}

const idOf = (flag: '-g' | '-u', user: string) =>
  Number(execFileSync('id', [flag, user], { encoding: 'utf8' }).trim())
const uidOf = (user: string) => idOf('-u', user)
const gidOf = (user: string) => idOf('-g', user)
