/**
 * Reviews that show what changed, in a real browser against the production build: after a
 * reviewer sends a story back and the editor revises it, "Changes since last review" opens
 * Payload's comparison against the version the reviewer acted on, with the note beside it, and
 * the versions list says which step saved each version and who took it.
 */
import type { Page } from 'playwright-core'

import { duplicateDemoStory, logIn, screenshot, startDesk, stopDesk } from '../support/browser'

beforeAll(startDesk, 180_000)
afterAll(stopDesk)

/** A workflow action or a draft save over REST, as the logged-in user of the page. */
const call = (page: Page, method: string, url: string, body: Record<string, unknown> = {}) =>
  page.evaluate(
    async ([method, url, body]) => {
      const response = await fetch(url, {
        body: JSON.stringify(body),
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        method,
      })
      if (!response.ok)
        throw new Error(`${method} ${url}: ${response.status} ${await response.text()}`)
    },
    [method, url, body] as const,
  )

/** The ID of the version the reviewer's request for changes saved, as the versions API has it. */
const requestVersionOf = (page: Page, id: number) =>
  page.evaluate(async (storyId) => {
    const { docs } = await (
      await fetch(
        `/api/stories/versions?where[parent][equals]=${storyId}&sort=-updatedAt&depth=0&limit=100`,
        { credentials: 'include' },
      )
    ).json()
    // The oldest version ending in the request: later saves carry the same last entry.
    const asked = docs.findLast(
      (doc: { version: { reviewLog?: { action: string }[] } }) =>
        doc.version.reviewLog?.at(-1)?.action === 'requestChanges',
    )
    return { newest: String(docs[0].id), reviewed: String(asked.id) }
  }, id)

it('opens the comparison against the version last reviewed, with the note beside it', async () => {
  const editor = await logIn('editor')
  const id = await duplicateDemoStory(editor)
  const before = `Before review ${Date.now()}: the dek the reviewer read.`
  const after = `After review ${Date.now()}: the dek that names its data set.`
  await call(editor, 'PATCH', `/api/stories/${id}?draft=true`, { dek: before })
  await call(editor, 'POST', `/api/stories/${id}/workflow/submit`)
  const reviewer = await logIn('reviewer')
  await call(reviewer, 'POST', `/api/stories/${id}/workflow/requestChanges`, {
    note: 'Say where the data came from.',
  })
  await call(editor, 'PATCH', `/api/stories/${id}?draft=true`, { dek: after })

  await editor.goto(`/admin/collections/stories/${id}`)
  const panel = editor.getByTestId('changes-since-review')
  await panel.filter({ hasText: 'Requested changes by Riley Reviewer' }).waitFor()
  await editor
    .getByTestId('changes-since-review-note')
    .filter({ hasText: 'Say where the data came from.' })
    .waitFor()
  await screenshot(editor, 'review-1-editor-since-review', {
    focus: '[data-testid="changes-since-review"]',
  })
  await editor.locator('.newsdesk-workflow details summary').click()
  await editor
    .getByTestId('workflow-log')
    .filter({ hasText: 'Requested changes by Riley Reviewer' })
    .waitFor()
  await screenshot(editor, 'review-2-editor-review-log', { focus: '[data-testid="workflow-log"]' })

  const { newest, reviewed } = await requestVersionOf(editor, id)
  await editor.getByRole('link', { name: 'Changes since last review' }).click()
  await editor.waitForURL((url) => url.pathname.endsWith(`/versions/${newest}`))
  expect(new URL(editor.url()).searchParams.get('versionFrom')).toBe(reviewed)
  await editor.getByText(before).first().waitFor()
  await editor.getByText(after).first().waitFor()
  await screenshot(editor, 'review-3-editor-comparison', { focus: 'main' })

  await call(editor, 'POST', `/api/stories/${id}/workflow/submit`)
  await reviewer.goto(`/admin/collections/stories/${id}`)
  await reviewer.getByRole('link', { name: 'Changes since last review' }).click()
  await reviewer.waitForURL((url) => url.searchParams.get('versionFrom') === reviewed)
  await reviewer.getByText(after).first().waitFor()
  await screenshot(reviewer, 'review-4-reviewer-comparison', { focus: 'main' })

  await reviewer.goto(`/admin/collections/stories/${id}/versions`)
  const history = reviewer.getByTestId('version-history')
  await history.filter({ hasText: 'Submitted for review by Erin Editor' }).waitFor()
  await history.filter({ hasText: 'Requested changes by Riley Reviewer' }).waitFor()
  await history.filter({ hasText: 'Say where the data came from.' }).waitFor()
  await screenshot(reviewer, 'review-5-reviewer-versions', { focus: 'main' })
}, 180_000)
