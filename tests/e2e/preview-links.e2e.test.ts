/**
 * Preview links as an outsider gets them, and the desk's name on the login page, in a real
 * browser against the production build: the editor sees the whole absolute link with Copy and
 * Open, and the link opens a readable page of the issue, not JSON.
 */
import { baseURL, logIn, newPage, screenshot, startDesk, stopDesk } from '../support/browser'

beforeAll(startDesk, 180_000)
afterAll(stopDesk)

it('names the desk on the login page', async () => {
  const visitor = await newPage()
  await visitor.goto('/admin/login')
  await visitor.getByTestId('brand-logo').filter({ hasText: 'The Weekly Gradient' }).waitFor()
  await screenshot(visitor, 'preview-0-login', { focus: 'form' })
})

it('gives the editor a whole link to copy, which opens a page of the issue', async () => {
  const editor = await logIn('editor')
  const link = await editor.evaluate(async () => {
    const { docs } = await (
      await fetch('/api/issues?limit=1&depth=0', { credentials: 'include' })
    ).json()
    const response = await fetch('/api/preview-links', {
      body: JSON.stringify({ issue: docs[0].id, label: 'Fact-checker' }),
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      method: 'POST',
    })
    const { doc } = await response.json()
    return {
      id: doc.id as number,
      issue: docs[0].id as number,
      title: docs[0].title as string,
      url: doc.url as string,
    }
  })
  expect(link.url.startsWith(`${baseURL}/api/site/preview/`)).toBe(true)

  await editor.goto(`/admin/collections/preview-links/${link.id}`)
  const shown = editor.getByTestId('preview-url')
  await shown.waitFor()
  expect(await shown.inputValue()).toBe(link.url)
  await editor.getByRole('button', { name: 'Copy' }).first().waitFor()
  await screenshot(editor, 'preview-1-editor-link', { focus: '[data-testid="preview-url"]' })

  await editor.goto(`/admin/collections/issues/${link.issue}`)
  await editor.getByTestId('preview-url').first().waitFor()
  await screenshot(editor, 'preview-2-editor-issue-links', { focus: '[data-testid="preview-url"]' })

  const outsider = await newPage()
  const response = await outsider.goto(link.url)
  expect(response?.headers()['content-type']).toMatch(/^text\/html/)
  await outsider.getByRole('heading', { level: 1, name: link.title }).waitFor()
  expect(await outsider.locator('article h2').count()).toBeGreaterThan(0)
  await screenshot(outsider, 'preview-3-outsider-page', { focus: 'h1' })

  await editor.evaluate(async (id) => {
    await fetch(`/api/preview-links/${id}`, {
      body: JSON.stringify({ revoked: true }),
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      method: 'PATCH',
    })
  }, link.id)
  const refused = await outsider.goto(link.url)
  expect(refused?.status()).toBe(410)
  await outsider.getByText('This preview link has been revoked.').waitFor()
  await screenshot(outsider, 'preview-4-outsider-revoked', { focus: 'h1' })
}, 180_000)
