import { startMailbox } from '../../support/mailbox'

/**
 * A real SMTP server on loopback catches the mail; the app is configured through the same
 * environment variables a deployment uses, so they are set before the config is loaded.
 */
const mailbox = await startMailbox()
const { inbox } = mailbox

const { payload, unique } = await import('../../support/api')
const { act, makeStory } = await import('../../support/fixtures')

afterAll(async () => {
  await payload.destroy()
  await mailbox.close()
})

const mailFor = (address: string, subject: RegExp) =>
  inbox.find((mail) => mail.to.includes(address) && subject.test(mail.subject))

describe('workflow notifications', () => {
  it('tells reviewers about a submission and the author about changes requested, approval and publication', async () => {
    const headline = `Notified ${unique()}`
    const story = await makeStory('draft', headline)
    await act('editor', 'submit', 'stories', story.id)
    expect(
      mailFor('reviewer@newsdesk.test', /^\[Newsdesk\] Submit for review: Story "Notified/),
    ).toBeDefined()

    await act('reviewer', 'requestChanges', 'stories', story.id, { note: 'Name the dataset.' })
    const changes = mailFor('editor@newsdesk.test', /^\[Newsdesk\] Request changes: Story/)
    expect(changes?.text).toContain('Name the dataset.')

    await act('editor', 'submit', 'stories', story.id)
    await act('reviewer', 'approve', 'stories', story.id)
    expect(mailFor('editor@newsdesk.test', /^\[Newsdesk\] Approve: Story/)).toBeDefined()
    await act('reviewer', 'publish', 'stories', story.id)
    expect(mailFor('editor@newsdesk.test', /^\[Newsdesk\] Publish: Story/)).toBeDefined()
    expect(inbox.every((mail) => !mail.to.includes('admin@newsdesk.test'))).toBe(true)
  })
})
