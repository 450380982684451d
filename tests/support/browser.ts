/**
 * The browser tests' desk: a production server (`npm run build`) on a freshly seeded SQLite
 * database, headless Chromium, and the steps every test takes (log in as a demo user, copy a
 * demo story).
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdirSync, mkdtempSync, openSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { chromium, type Browser, type Page } from 'playwright-core'

import { runTsxSync } from '../../scripts/runTsx.js'
import { seedDatabase } from './globalSetup.js'
import { until } from './until'

const port = 3200 + (process.pid % 500)
export const baseURL = `http://127.0.0.1:${port}`
const dir = mkdtempSync(path.join(tmpdir(), 'newsdesk-e2e-'))
const env = {
  DATABASE_URL: `file:${path.join(dir, 'e2e.db')}`,
  FIGURES_DIR: path.join(dir, 'figures'),
  NEWSDESK_RUN_JOBS: 'false',
  PAYLOAD_SECRET: 'e2e',
}
let server: ChildProcess
let browser: Browser

/**
 * Starts the server and the browser; call in beforeAll, with stopDesk in afterAll.
 * `publishedStories` more stories are added first, through the workflow (scripts/add-stories.ts).
 */
export async function startDesk({ publishedStories = 0 } = {}): Promise<void> {
  seedDatabase(env)
  if (publishedStories > 0) {
    const run = runTsxSync(['scripts/add-stories.ts', String(publishedStories)], env)
    if (run.status !== 0) throw new Error(`add-stories failed (${run.status}): ${run.stderr}`)
  }
  const { NODE_OPTIONS: _jestOnly, ...inherited } = process.env
  const logFile = process.env.NEWSDESK_E2E_SERVER_LOG
  const serverLog = logFile ? openSync(logFile, 'a') : undefined
  server = spawn(
    path.resolve('node_modules/.bin/next'),
    ['start', '-p', String(port), '-H', '127.0.0.1'],
    {
      env: { ...inherited, ...env, NODE_ENV: 'production' },
      // NEWSDESK_E2E_SERVER_LOG=<file> keeps what the server printed, for a failure's cause.
      stdio: serverLog ? ['ignore', serverLog, serverLog] : 'ignore',
    },
  )
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
}

/** Stops both, waiting for the server to exit: the next test file serves on the same port. */
export async function stopDesk(): Promise<void> {
  await browser?.close()
  if (server && server.exitCode === null) {
    const exited = new Promise((resolve) => server.once('exit', resolve))
    server.kill()
    await exited
  }
  rmSync(dir, { force: true, recursive: true })
}

/** A page in a browser context of its own: no one logged in, nothing shared with other pages. */
export const newPage = async (): Promise<Page> => (await browser.newContext({ baseURL })).newPage()

export async function logIn(role: 'editor' | 'reviewer'): Promise<Page> {
  const page = await newPage()
  await page.goto('/admin/login')
  await page.fill('#field-email', `${role}@newsdesk.test`)
  await page.fill('#field-password', `newsdesk-${role}`)
  await page.click('button[type="submit"]')
  await page.waitForURL((url) => !url.pathname.endsWith('/login'))
  return page
}

/** Where the browser tests leave screenshots of the admin to look at (NEWSDESK_E2E_SHOTS). */
export async function screenshot(
  page: Page,
  name: string,
  { focus = '.newsdesk-workflow', fullPage = false } = {},
) {
  const folder = process.env.NEWSDESK_E2E_SHOTS
  if (!folder) return
  mkdirSync(folder, { recursive: true })
  // The sidebar scrolls on its own, so a full-page shot would leave the workflow panel out.
  const focused = page.locator(focus)
  if (await focused.count())
    await focused.first().evaluate((panel) => panel.scrollIntoView({ block: 'center' }))
  await page.screenshot({ fullPage, path: path.join(folder, `${name}.png`) })
}

/** A copy of a demo story (its hero figure and required sections), as the admin's Duplicate makes. */
export const duplicateDemoStory = (page: Page): Promise<number> =>
  page.evaluate(async () => {
    const { docs } = await (
      await fetch('/api/stories?limit=1&depth=0', { credentials: 'include' })
    ).json()
    const response = await fetch(`/api/stories/${docs[0].id}/duplicate`, {
      credentials: 'include',
      method: 'POST',
    })
    return (await response.json()).doc.id
  })
