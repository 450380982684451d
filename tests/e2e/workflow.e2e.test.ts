/**
 * The editorial round trip in a real browser, against the production build: an editor writes and
 * submits a story, a reviewer asks for changes, the editor fixes and resubmits, the reviewer
 * approves and publishes, and the public GraphQL API then shows it.
 */
import type { Page } from 'playwright-core'

import {
  baseURL,
  duplicateDemoStory,
  logIn,
  screenshot,
  startDesk,
  stopDesk,
} from '../support/browser'

beforeAll(startDesk, 180_000)
afterAll(stopDesk)

async function takeAction(page: Page, label: string, expectedStage: string) {
  await page.getByRole('button', { exact: true, name: label }).click()
  await page.getByTestId('workflow-stage').filter({ hasText: expectedStage }).waitFor()
}

/** The story as stored now, its newest draft included. */
const storedStory = (page: Page, id: number) =>
  page.evaluate(
    async (storyId) =>
      (
        await fetch(`/api/stories/${storyId}?draft=true&depth=0`, { credentials: 'include' })
      ).json(),
    id,
  )

/** Clicks Save draft and waits until the form holds the version it saved. */
async function saveDraft(page: Page) {
  const saved = page.waitForResponse(
    (response) =>
      response.request().method() === 'PATCH' && /\/api\/stories\/\d+/.test(response.url()),
  )
  await page.click('#action-save-draft')
  const response = await saved
  expect(response.status()).toBe(200)
  // The form sends back the version it holds, so a save over someone else's is refused.
  expect(response.request().postData()).toMatch(/"updatedAt":"[^"]+"/)
  // Payload disables Save draft once the form holds what it saved.
  await page.waitForFunction(() =>
    document.querySelector('#action-save-draft')?.hasAttribute('disabled'),
  )
}

/** Leaving the document releases Payload's edit lock, as a person closing it would. */
const leave = (page: Page) => page.goto('/admin')

it('takes a story from an editor through review to the public API', async () => {
  const headline = `Browser-made story ${Date.now()}`
  const editor = await logIn('editor')
  // The editor starts from a copy of a demo story (its hero figure and required sections), as the
  // admin's Duplicate does, and rewrites its headline and dek in the form.
  const copyId = await duplicateDemoStory(editor)
  await editor.goto(`/admin/collections/stories/${copyId}`)
  await editor.fill('#field-headline', headline)
  await editor.fill('#field-slug', '')
  await editor.fill('#field-dek', 'Written and submitted in a real browser.')
  await saveDraft(editor)
  await editor.reload()
  const storyUrl = editor.url()
  await takeAction(editor, 'Submit for review', 'In review')
  await leave(editor)

  const reviewer = await logIn('reviewer')
  await reviewer.goto(storyUrl)
  await reviewer.getByTestId('workflow-note').fill('Say where the data came from.')
  await takeAction(reviewer, 'Request changes', 'Changes requested')
  await leave(reviewer)

  await editor.goto(storyUrl)
  await editor
    .getByTestId('workflow-last-request')
    .filter({ hasText: 'Say where the data came from.' })
    .waitFor()
  await editor.fill('#field-dek', 'Written in a real browser, from a public data set.')
  await saveDraft(editor)
  await editor.reload()
  await takeAction(editor, 'Submit for review', 'In review')
  await leave(editor)

  await reviewer.goto(storyUrl)
  await takeAction(reviewer, 'Approve', 'Approved')
  await takeAction(reviewer, 'Publish', 'Published')

  const response = await fetch(`${baseURL}/api/graphql`, {
    body: JSON.stringify({
      query: `{ Stories(where: { headline: { equals: "${headline}" } }) { docs { headline dek } } }`,
    }),
    headers: { 'Content-Type': 'application/json' },
    method: 'POST',
  })
  const { data } = await response.json()
  expect(data.Stories.docs).toEqual([
    { dek: 'Written in a real browser, from a public data set.', headline },
  ])
}, 180_000)

it('saves what the editor typed before submitting it', async () => {
  const editor = await logIn('editor')
  const id = await duplicateDemoStory(editor)
  await editor.goto(`/admin/collections/stories/${id}`)
  await editor.getByTestId('workflow-stage').waitFor()

  // Two saves in a row from one form: each sends back the version the one before it made.
  await editor.fill('#field-headline', `Saved twice ${Date.now()}`)
  await editor.fill('#field-slug', '')
  await saveDraft(editor)
  await editor.fill('#field-dek', 'Saved a second time from the same form.')
  await saveDraft(editor)
  expect((await storedStory(editor, id)).dek).toBe('Saved a second time from the same form.')

  // The exact case: typed, not saved, then Submit.
  const typed = 'Typed and never saved by hand, then submitted.'
  await editor.fill('#field-dek', typed)
  const saveAndSubmit = editor.getByRole('button', {
    exact: true,
    name: 'Save and submit for review',
  })
  await saveAndSubmit.waitFor()
  await screenshot(editor, '1-typed-not-saved')
  await saveAndSubmit.click()
  await editor.getByTestId('workflow-stage').filter({ hasText: 'In review' }).waitFor()
  await screenshot(editor, '2-saved-and-submitted')
  expect(await storedStory(editor, id)).toMatchObject({ dek: typed, stage: 'in_review' })
}, 180_000)
