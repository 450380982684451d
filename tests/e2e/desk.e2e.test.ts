/**
 * The desk as editors and reviewers open it, in a real browser against the production build, on
 * a desk of the demo's stories and 200 more: the dashboard is each role's work queue, and a
 * document the stage keeps someone from editing shows read-only, with the reason.
 */
import type { Page } from 'playwright-core'

import {
  duplicateDemoStory,
  logIn,
  newPage,
  screenshot,
  startDesk,
  stopDesk,
} from '../support/browser'

beforeAll(() => startDesk({ publishedStories: 200 }), 600_000)
afterAll(stopDesk)

/** A copy of a demo story under a new headline, submitted for review by the editor. */
const submittedStory = (editor: Page, headline: string): Promise<number> =>
  editor.evaluate(async (title) => {
    const api = (path: string, init: RequestInit = {}) =>
      fetch(`/api${path}`, {
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        ...init,
      }).then((response) => response.json())
    const { docs } = await api('/stories?limit=1&depth=0&where[stage][equals]=published')
    const { doc } = await api(`/stories/${docs[0].id}/duplicate`, { method: 'POST' })
    await api(`/stories/${doc.id}?draft=true`, {
      body: JSON.stringify({ headline: title, slug: '' }),
      method: 'PATCH',
    })
    await api(`/stories/${doc.id}/workflow/submit`, { body: '{}', method: 'POST' })
    return doc.id
  }, headline)

/** Opens the dashboard; answers how long until its first widget showed, from navigation start. */
async function openDashboard(page: Page, widget: string): Promise<number> {
  await page.goto('/admin')
  await page.getByTestId(widget).waitFor()
  return page.evaluate(() => performance.now())
}

it('puts a submitted story in the reviewer’s queue, and the change request with its note in the editor’s', async () => {
  const headline = `Queued story ${Date.now()}`
  const editor = await logIn('editor')
  const id = await submittedStory(editor, headline)

  const reviewer = await logIn('reviewer')
  const shownAfterMs = await openDashboard(reviewer, 'desk-awaiting-review')
  // The figure the closing note reports; a timed assertion would fail on a busy machine, not a slow desk.
  console.log(
    `dashboard with 200+ stories: awaiting-review widget shown after ${Math.round(shownAfterMs)} ms`,
  )
  const queued = reviewer
    .getByTestId('desk-awaiting-review')
    .getByTestId('desk-item')
    .filter({ hasText: headline })
  await expect(queued.textContent()).resolves.toMatch(/submitted by Erin Editor/)
  await screenshot(reviewer, 'desk-reviewer-dashboard', { fullPage: true })

  // One click from the dashboard to the story, a note and one more to send it back.
  await queued.getByRole('link', { name: headline }).click()
  await reviewer.waitForURL(`**/collections/stories/${id}`)
  await reviewer.getByTestId('workflow-note').fill('Name the data set in the second paragraph.')
  await reviewer.getByRole('button', { exact: true, name: 'Request changes' }).click()
  await reviewer.getByTestId('workflow-stage').filter({ hasText: 'Changes requested' }).waitFor()

  await openDashboard(editor, 'desk-changes-requested')
  const returned = editor
    .getByTestId('desk-changes-requested')
    .getByTestId('desk-item')
    .filter({ hasText: headline })
  await expect(returned.getByTestId('desk-note').textContent()).resolves.toBe(
    'Name the data set in the second paragraph.',
  )
  await expect(returned.textContent()).resolves.toMatch(/changes requested by Riley Reviewer/)
  await screenshot(editor, 'desk-editor-dashboard', { fullPage: true })
}, 180_000)

it('shows a story in review read-only to its editor, saying how to edit it', async () => {
  const editor = await logIn('editor')
  const id = await submittedStory(editor, `Read-only story ${Date.now()}`)
  await editor.goto(`/admin/collections/stories/${id}`)
  await editor
    .getByTestId('workflow-read-only')
    .filter({ hasText: 'Withdraw to edit it.' })
    .waitFor()

  // A reviewer may edit in review: fill waits until the field takes input, so the form has loaded.
  const reviewer = await logIn('reviewer')
  await reviewer.goto(`/admin/collections/stories/${id}`)
  await reviewer.fill('#field-dek', 'A reviewer tightened this.')
  await reviewer
    .getByTestId('workflow-four-eyes')
    .filter({ hasText: 'someone else will have to approve' })
    .waitFor()
  await screenshot(reviewer, 'desk-reviewer-editing-in-review')

  // The editor's form loaded before the reviewer's did, so its fields are read-only, not loading.
  expect(await editor.locator('#field-dek').isEditable()).toBe(false)
  expect(await editor.locator('#field-headline').isEditable()).toBe(false)
  await screenshot(editor, 'desk-editor-read-only')
}, 180_000)

it('names each row of an issue’s layout by the story or sponsor it places, with its stage', async () => {
  const editor = await logIn('editor')
  const issue = await editor.evaluate(async () => {
    const { docs } = await (
      await fetch('/api/issues?limit=1&depth=1&sort=number', { credentials: 'include' })
    ).json()
    return docs[0] as { id: number; layout: { blockType: string; story?: { headline: string } }[] }
  })
  await editor.goto(`/admin/collections/issues/${issue.id}`)
  const first = issue.layout.findIndex((block) => block.blockType === 'story')
  const headline = issue.layout[first].story!.headline
  await editor
    .getByTestId('layout-row-label')
    .filter({ hasText: `Story ${String(first + 1).padStart(2, '0')}: ${headline}` })
    .filter({ hasText: 'Published' })
    .waitFor()
  await screenshot(editor, 'desk-issue-layout', { fullPage: true })
}, 180_000)

it('asks the reviewer the editor names at submit, who finds it first, marked as theirs', async () => {
  const headline = `Assigned story ${Date.now()}`
  const editor = await logIn('editor')
  const id = await duplicateDemoStory(editor)
  await editor.evaluate(
    async ([storyId, title]) =>
      fetch(`/api/stories/${storyId}?draft=true`, {
        body: JSON.stringify({ headline: title, slug: '' }),
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        method: 'PATCH',
      }),
    [id, headline] as const,
  )
  await editor.goto(`/admin/collections/stories/${id}`)
  await editor.getByTestId('workflow-reviewer').selectOption({ label: 'Riley Reviewer' })
  await screenshot(editor, 'desk-submit-naming-reviewer', { focus: '.newsdesk-workflow' })
  await editor.getByRole('button', { exact: true, name: 'Submit for review' }).click()
  await editor.getByTestId('workflow-stage').filter({ hasText: 'In review' }).waitFor()
  await editor.getByTestId('workflow-assignee').filter({ hasText: 'Riley Reviewer' }).waitFor()

  const reviewer = await logIn('reviewer')
  await openDashboard(reviewer, 'desk-awaiting-review')
  const items = reviewer.getByTestId('desk-awaiting-review').getByTestId('desk-item')
  await expect(items.first().textContent()).resolves.toContain(headline)
  await expect(
    items.filter({ hasText: headline }).getByTestId('desk-assigned-to-me').textContent(),
  ).resolves.toMatch(/asked of you/)
  await screenshot(reviewer, 'desk-reviewer-assigned', {
    focus: '[data-testid="desk-awaiting-review"]',
  })
}, 180_000)

it('marks a draft overdue when the issue carrying it sends too soon, and picks stories from a list showing stages', async () => {
  const headline = `Overdue story ${Date.now()}`
  const editor = await logIn('editor')
  const storyId = await duplicateDemoStory(editor)
  const issueId = await editor.evaluate(
    async ([story, title]) => {
      const api = (path: string, body: unknown, method = 'POST') =>
        fetch(`/api${path}`, {
          body: JSON.stringify(body),
          credentials: 'include',
          headers: { 'Content-Type': 'application/json' },
          method,
        }).then((response) => response.json())
      await api(`/stories/${story}?draft=true`, { headline: title, slug: '' }, 'PATCH')
      const { doc } = await api('/issues?draft=true', {
        layout: [{ blockType: 'story', story }],
        number: 9000 + Math.floor(Math.random() * 999),
        publishDate: new Date(Date.now() + 24 * 60 * 60 * 1000).toISOString(),
        title: `Issue sending tomorrow ${Date.now()}`,
      })
      return doc.id as number
    },
    [storyId, headline] as const,
  )

  await openDashboard(editor, 'desk-my-drafts')
  const draft = editor
    .getByTestId('desk-my-drafts')
    .getByTestId('desk-item')
    .filter({ hasText: headline })
  // Due two days before a send date one day off: overdue since yesterday.
  await expect(draft.getByTestId('desk-overdue').textContent()).resolves.toMatch(/overdue since/)
  await screenshot(editor, 'desk-overdue-draft', { focus: '[data-testid="desk-my-drafts"]' })

  await editor.goto(`/admin/collections/issues/${issueId}`)
  await editor.locator('.blocks-field .rs__control').first().click()
  const picker = editor.locator('.list-drawer')
  await picker.locator('.newsdesk-stage').first().waitFor()
  expect(await picker.locator('.newsdesk-stage').count()).toBeGreaterThan(1)
  await screenshot(editor, 'desk-story-picker')
}, 180_000)

it('names the admin after the newsletter, in the tab title', async () => {
  const editor = await logIn('editor')
  await editor.goto('/admin/collections/stories')
  const newsletter = await editor.evaluate(async () =>
    (await fetch('/api/globals/newsletter', { credentials: 'include' })).json(),
  )
  expect(await editor.title()).toBe(`Stories · ${newsletter.name}`)
}, 60_000)

it("shows in a figure's sidebar whether readers may see it, and the reader gets the file only then", async () => {
  const editor = await logIn('editor')
  const { hero, fresh } = await editor.evaluate(async () => {
    const { docs } = await (
      await fetch('/api/stories?limit=1&depth=0&where[_status][equals]=published', {
        credentials: 'include',
      })
    ).json()
    const form = new FormData()
    const canvas = document.createElement('canvas')
    canvas.width = 320
    canvas.height = 200
    const context = canvas.getContext('2d')!
    context.fillStyle = '#2a9d8f'
    context.fillRect(0, 0, 320, 200)
    const blob = await new Promise<Blob>((resolve) =>
      canvas.toBlob((b) => resolve(b!), 'image/png'),
    )
    form.append('file', blob, `unused-${Date.now()}.png`)
    form.append('_payload', JSON.stringify({ alt: 'A teal card that no story uses yet' }))
    const uploaded = await (
      await fetch('/api/figures', { body: form, credentials: 'include', method: 'POST' })
    ).json()
    return { fresh: uploaded.doc, hero: docs[0].heroFigure }
  })
  const shownBox = (page: Page) => page.locator('#field-shownToReaders')

  await editor.goto(`/admin/collections/figures/${hero}`)
  await expect(shownBox(editor).isChecked()).resolves.toBe(true)
  await expect(shownBox(editor).isDisabled()).resolves.toBe(true)
  await screenshot(editor, 'figure-shown-to-readers', { focus: '#field-shownToReaders' })

  await editor.goto(`/admin/collections/figures/${fresh.id}`)
  await expect(shownBox(editor).isChecked()).resolves.toBe(false)
  await screenshot(editor, 'figure-not-shown', { focus: '#field-shownToReaders' })

  // The same answer for someone not logged in: the used figure's file, and a 404 for the other.
  const reader = await newPage()
  const status = (url: string) => reader.request.get(url).then((response) => response.status())
  const heroDoc = await (await editor.request.get(`/api/figures/${hero}`)).json()
  expect(await status(heroDoc.url)).toBe(200)
  expect(await status(fresh.url)).toBe(404)
})
