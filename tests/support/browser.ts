/**
 * The browser tests' harness: the production build (`npm run build`) served by `next start` on a
 * database of its own, seeded as `npm run seed` does, and Debian's chromium driven by
 * playwright-core, logged in as a demo user.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { createServer, type AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { chromium, type Browser, type Page } from 'playwright-core'

import { runTsxSync } from '../../scripts/runTsx.js'
import { seedDatabase } from './globalSetup.js'
import { until } from './until'

/** A port nothing listens on now, as the system hands one out. */
const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo
      probe.close(() => resolve(port))
    })
  })

export interface Desk {
  baseURL: string
  logIn: (role: 'editor' | 'reviewer') => Promise<Page>
  stop: () => Promise<void>
}

/** Serves a freshly seeded desk, `publishedStories` more stories added through the workflow. */
export async function serveDesk({ publishedStories = 0 } = {}): Promise<Desk> {
  const port = await freePort()
  const baseURL = `http://127.0.0.1:${port}`
  const dir = mkdtempSync(path.join(tmpdir(), 'newsdesk-e2e-'))
  const env = {
    DATABASE_URL: `file:${path.join(dir, 'e2e.db')}`,
    FIGURES_DIR: path.join(dir, 'figures'),
    NEWSDESK_RUN_JOBS: 'false',
    PAYLOAD_SECRET: 'e2e',
  }
  seedDatabase(env)
  if (publishedStories > 0) {
    const run = runTsxSync(['scripts/add-stories.ts', String(publishedStories)], env)
    if (run.status !== 0) throw new Error(`add-stories failed (${run.status}): ${run.stderr}`)
  }
  const { NODE_OPTIONS: _jestOnly, ...inherited } = process.env
  const server: ChildProcess = spawn(
    path.resolve('node_modules/.bin/next'),
    ['start', '-p', String(port), '-H', '127.0.0.1'],
    { env: { ...inherited, ...env, NODE_ENV: 'production' }, stdio: 'ignore' },
  )
  let browser: Browser
  try {
    await until(
      () =>
        fetch(`${baseURL}/admin/login`).then(
          (response) => response.ok,
          () => false,
        ),
      { deadlineMs: 90_000, what: 'the production server answering' },
    )
    browser = await chromium.launch({
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
      executablePath: '/usr/bin/chromium',
    })
  } catch (error) {
    server.kill()
    rmSync(dir, { force: true, recursive: true })
    throw error
  }
  return {
    baseURL,
    logIn: async (role) => {
      const page = await (await browser.newContext({ baseURL })).newPage()
      await page.goto('/admin/login')
      await page.fill('#field-email', `${role}@newsdesk.test`)
      await page.fill('#field-password', `newsdesk-${role}`)
      await page.click('button[type="submit"]')
      await page.waitForURL((url) => !url.pathname.endsWith('/login'))
      return page
    },
    stop: async () => {
      await browser.close()
      server.kill()
      rmSync(dir, { force: true, recursive: true })
    },
  }
}

/** Where the browser tests leave screenshots of the admin to look at (NEWSDESK_E2E_SHOTS). */
export async function screenshot(page: Page, name: string, { fullPage = false } = {}) {
  const folder = process.env.NEWSDESK_E2E_SHOTS
  if (!folder) return
  mkdirSync(folder, { recursive: true })
  // The sidebar scrolls on its own, so a full-page shot would leave the workflow panel out.
  const panel = page.locator('.newsdesk-workflow')
  if (await panel.count())
    await panel.evaluate((element) => element.scrollIntoView({ block: 'center' }))
  await page.screenshot({ fullPage, path: path.join(folder, `${name}.png`) })
}
