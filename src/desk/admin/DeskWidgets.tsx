import type { PayloadRequest, WidgetServerProps } from 'payload'
import React from 'react'

import { StageBadge } from '../../workflow/admin/StageBadge'
import type { Due } from '../due'
import {
  awaitingReview,
  changesRequestedOnMyWork,
  myDrafts,
  nextIssue,
  scheduledIssues,
  type QueueItem,
} from '../queue'

const when = (at: string | undefined) => (at ? new Date(at).toLocaleString('en-GB') : '')

const day = (at: string) =>
  new Date(at).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', weekday: 'short' })

/** When work is due and for which issue; past due, in red and said in words, not by colour alone. */
function DueMark({ due, overdue }: { due?: Due; overdue?: boolean }) {
  if (!due) return null
  return overdue ? (
    <strong data-testid="desk-overdue" style={{ color: '#b3261e' }}>
      {' '}
      · overdue since {day(due.at)} (No. {due.issueNumber})
    </strong>
  ) : (
    <span data-testid="desk-due">
      {' '}
      · due {day(due.at)} (No. {due.issueNumber})
    </span>
  )
}

const editURL = (req: PayloadRequest, collection: string, id: unknown) =>
  `${req.payload.config.routes.admin}/collections/${collection}/${String(id)}`

const kinds: Record<string, string> = { issues: 'Issue', sponsors: 'Sponsor', stories: 'Story' }

function Card({
  children,
  testId,
  title,
}: {
  children: React.ReactNode
  testId: string
  title: string
}) {
  return (
    <section
      data-testid={testId}
      style={{
        border: '1px solid var(--theme-elevation-150)',
        borderRadius: 4,
        display: 'grid',
        gap: 8,
        height: '100%',
        padding: 16,
      }}
    >
      <h3 style={{ margin: 0 }}>{title}</h3>
      {children}
    </section>
  )
}

/** A queue as a list: each item a link to its edit view, with its kind, stage, who and when. */
function QueueList({
  empty,
  items,
  req,
  verb,
}: {
  empty: string
  items: QueueItem[]
  req: PayloadRequest
  verb?: string
}) {
  if (items.length === 0) return <p style={{ margin: 0 }}>{empty}</p>
  return (
    <ol style={{ display: 'grid', gap: 8, margin: 0, paddingLeft: 18 }}>
      {items.map((item) => (
        <li data-testid="desk-item" key={`${item.collection}-${item.id}`}>
          <a href={editURL(req, item.collection, item.id)}>{item.title}</a>{' '}
          <small>
            {kinds[item.collection]} · <StageBadge stage={item.stage} />
            {verb
              ? ` · ${verb}${item.by ? ` by ${item.by}` : ''}, ${when(item.at)}`
              : ` · saved ${when(item.at)}`}
            {item.assignedToMe ? (
              <strong data-testid="desk-assigned-to-me"> · asked of you</strong>
            ) : item.assignedTo ? (
              ` · for ${item.assignedTo}`
            ) : null}
            <DueMark due={item.due} overdue={item.overdue} />
          </small>
          {item.note ? (
            <blockquote
              data-testid="desk-note"
              style={{ borderLeft: '3px solid #b3261e', margin: '4px 0', paddingLeft: 8 }}
            >
              {item.note}
            </blockquote>
          ) : null}
        </li>
      ))}
    </ol>
  )
}

/** A dashboard widget listing one work queue. */
const queueWidget = ({
  empty,
  read,
  testId,
  title,
  verb,
}: {
  empty: string
  read: (req: PayloadRequest) => Promise<QueueItem[]>
  testId: string
  title: string
  verb?: string
}) =>
  async function QueueWidget({ req }: WidgetServerProps) {
    return (
      <Card testId={testId} title={title}>
        <QueueList empty={empty} items={await read(req)} req={req} verb={verb} />
      </Card>
    )
  }

export const AwaitingReviewWidget = queueWidget({
  empty: 'Nothing awaits review.',
  read: awaitingReview,
  testId: 'desk-awaiting-review',
  title: 'Awaiting review',
  verb: 'submitted',
})

export const ChangesRequestedWidget = queueWidget({
  empty: 'No changes requested on your work.',
  read: changesRequestedOnMyWork,
  testId: 'desk-changes-requested',
  title: 'Changes requested on my work',
  verb: 'changes requested',
})

export const MyDraftsWidget = queueWidget({
  empty: 'You have no drafts.',
  read: myDrafts,
  testId: 'desk-my-drafts',
  title: 'My drafts',
})

export async function NextIssueWidget({ req }: WidgetServerProps) {
  const issue = await nextIssue(req)
  return (
    <Card testId="desk-next-issue" title="The next issue">
      {issue ? (
        <>
          <div>
            <a href={editURL(req, 'issues', issue.id)}>
              No. {issue.number}: {issue.title}
            </a>{' '}
            <StageBadge stage={issue.stage} />
            <small>
              {issue.sendsAt ? ` · sends ${day(issue.sendsAt)}` : ' · no send date yet'}
            </small>
          </div>
          {issue.problems.length === 0 ? (
            <p style={{ margin: 0 }}>Ready: it passes every rule.</p>
          ) : (
            <ul style={{ margin: 0, paddingLeft: 18 }}>
              {issue.problems.map((problem) => (
                <li key={problem}>{problem}</li>
              ))}
            </ul>
          )}
          {issue.storiesNotReady.length > 0 ? (
            <div>
              <strong>Stories not approved yet:</strong>
              <ul style={{ margin: 0, paddingLeft: 18 }}>
                {issue.storiesNotReady.map((story) => (
                  <li key={String(story.id)}>
                    <a href={editURL(req, 'stories', story.id)}>{story.title}</a>{' '}
                    <StageBadge stage={story.stage} />
                    <small>
                      <DueMark due={story.due} overdue={story.overdue} />
                    </small>
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
        </>
      ) : (
        <p style={{ margin: 0 }}>Every issue is published.</p>
      )}
    </Card>
  )
}

export async function ScheduledWidget({ req }: WidgetServerProps) {
  const issues = await scheduledIssues(req)
  return (
    <Card testId="desk-scheduled" title="Scheduled">
      {issues.length === 0 ? (
        <p style={{ margin: 0 }}>No issue is scheduled.</p>
      ) : (
        <ul style={{ margin: 0, paddingLeft: 18 }}>
          {issues.map((issue) => (
            <li key={String(issue.id)}>
              <a href={editURL(req, 'issues', issue.id)}>
                No. {issue.number}: {issue.title}
              </a>{' '}
              <small>publishes {when(issue.at)}</small>
            </li>
          ))}
        </ul>
      )}
    </Card>
  )
}
