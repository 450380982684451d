import { Button } from '@payloadcms/ui'
import type { UIFieldServerProps } from 'payload'

import { lastReviewed, versionEvents } from '../versions'
import type { WorkflowCollection } from '../table'
import { comparisonURL } from './versionLinks'

/**
 * "Changes since last review": opens Payload's comparison of the newest version against the one
 * the reviewer last approved or sent back, with who did it and the note they left, so neither the
 * editor nor the reviewer has to guess which version that was.
 */
export async function ChangesSinceReview({ collectionSlug, id, req }: UIFieldServerProps) {
  if (id === undefined) return null
  const events = await versionEvents(req, collectionSlug as WorkflowCollection, id)
  const reviewed = lastReviewed(events)
  if (!reviewed) return null
  const [newest] = events
  const unchanged = newest.versionID === reviewed.versionID
  return (
    <div
      className="newsdesk-since-review"
      data-testid="changes-since-review"
      style={{ display: 'grid', gap: 8, marginBottom: 24 }}
    >
      <div>
        <strong>Last review:</strong> {reviewed.summary}
        {reviewed.entry?.note ? (
          <blockquote
            data-testid="changes-since-review-note"
            style={{ borderLeft: '3px solid #b3261e', margin: '4px 0 0', paddingLeft: 8 }}
          >
            {reviewed.entry.note}
          </blockquote>
        ) : null}
      </div>
      {unchanged ? (
        <small>No changes since then.</small>
      ) : (
        <Button
          buttonStyle="secondary"
          el="anchor"
          margin={false}
          size="small"
          url={comparisonURL(
            req.payload.config,
            collectionSlug,
            id,
            newest.versionID,
            reviewed.versionID,
          )}
        >
          Changes since last review
        </Button>
      )}
    </div>
  )
}
