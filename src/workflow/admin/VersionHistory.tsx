import { Gutter } from '@payloadcms/ui'
import type { DocumentViewServerProps } from 'payload'

import { versionEvents } from '../versions'
import type { WorkflowCollection } from '../table'
import { comparisonURL } from './versionLinks'

const cell = { borderBottom: '1px solid var(--theme-elevation-100)', padding: '10px 12px' }

/**
 * The versions list of a story, sponsor or issue, in place of Payload's, whose rows say only
 * "Draft": each version says what saved it and who (submitted by, changes requested by, with the
 * note, approved by), and opens the comparison with the version before it.
 */
export async function VersionHistory({ initPageResult }: DocumentViewServerProps) {
  const { collectionConfig, docID, req } = initPageResult
  if (!collectionConfig || docID === undefined) return null
  const slug = collectionConfig.slug as WorkflowCollection
  const events = await versionEvents(req, slug, docID)
  return (
    <main className="versions newsdesk-versions">
      <Gutter>
        <h2 style={{ margin: '24px 0 12px' }}>Versions ({events.length})</h2>
        <table data-testid="version-history" style={{ borderCollapse: 'collapse', width: '100%' }}>
          <thead>
            <tr style={{ textAlign: 'left' }}>
              <th style={cell}>Saved</th>
              <th style={cell}>What happened</th>
              <th style={cell}>Status</th>
            </tr>
          </thead>
          <tbody>
            {events.map((event) => (
              <tr data-version={String(event.versionID)} key={String(event.versionID)}>
                <td style={cell}>
                  <a href={comparisonURL(req.payload.config, slug, docID, event.versionID)}>
                    <time dateTime={event.updatedAt}>
                      {new Date(event.updatedAt).toLocaleString('en-GB', {
                        dateStyle: 'medium',
                        timeStyle: 'short',
                        timeZone: 'UTC',
                      })}{' '}
                      UTC
                    </time>
                  </a>
                </td>
                <td style={cell}>
                  <strong>{event.summary}</strong>
                  {event.entry?.note ? <div>{event.entry.note}</div> : null}
                </td>
                <td style={cell}>{event.status === 'published' ? 'Published' : 'Draft'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Gutter>
    </main>
  )
}
