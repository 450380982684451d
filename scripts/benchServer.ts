/**
 * The production server as the benchmarks run it (`npm run bench:api`, `npm run bench:soak`):
 * built once, started with `next start` on a free port and the environment a benchmark gives it
 * (its own database), stopped with everything it started.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import net from 'node:net'
import path from 'node:path'

import pg from 'pg'

export function build(): void {
  console.log('Building the production server (npm run build)…')
  const { status } = spawnSync('npm', ['run', '--silent', 'build'], {
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  if (status !== 0) throw new Error(`npm run build failed (exit ${status})`)
}

export const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
    server.on('error', reject)
  })

export interface Server {
  origin: string
  process: ChildProcess
  log: () => string
}

/** `next start` on a free port, in its own process group so it and its workers stop together. */
export async function startServer(env: Record<string, string>): Promise<Server> {
  const port = await freePort()
  const { NODE_OPTIONS: _inherited, ...inherited } = process.env
  const child = spawn(
    path.resolve('node_modules/.bin/next'),
    ['start', '-p', String(port), '-H', '127.0.0.1'],
    {
      detached: true,
      env: { ...inherited, ...env, NODE_OPTIONS: '--no-deprecation' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  )
  let output = ''
  child.stdout!.on('data', (chunk) => (output += chunk))
  child.stderr!.on('data', (chunk) => (output += chunk))
  const server = { log: () => output, origin: `http://127.0.0.1:${port}`, process: child }
  await waitUntilUp(server)
  return server
}

async function waitUntilUp(server: Server): Promise<void> {
  const deadline = Date.now() + 120_000
  while (Date.now() < deadline) {
    if (server.process.exitCode !== null)
      throw new Error(`the server exited (${server.process.exitCode}):\n${server.log()}`)
    try {
      if ((await fetch(`${server.origin}/api/site/newsletter`)).ok) return
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error(`the server did not answer within 2 minutes:\n${server.log()}`)
}

export async function stopServer(server: Server): Promise<void> {
  if (server.process.exitCode !== null) return
  const exited = new Promise((resolve) => server.process.once('exit', resolve))
  process.kill(-server.process.pid!, 'SIGTERM')
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))])
  if (server.process.exitCode === null) process.kill(-server.process.pid!, 'SIGKILL')
}

/** A database of its own on the PostgreSQL server the environment names, and how to drop it. */
export async function postgresDatabase(
  purpose: string,
): Promise<{ drop: () => Promise<void>; url: string }> {
  const server =
    process.env.SOAK_POSTGRES_URL ??
    process.env.TEST_POSTGRES_URL ??
    'postgres://postgres@127.0.0.1:5432/postgres'
  const name = `newsdesk_${purpose}_${process.pid}_${Date.now()}`
  const admin = new pg.Client({ connectionString: server })
  await admin.connect()
  await admin.query(`CREATE DATABASE ${name}`)
  const url = new URL(server)
  url.pathname = `/${name}`
  return {
    drop: async () => {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
      await admin.end()
    },
    url: url.toString(),
  }
}
