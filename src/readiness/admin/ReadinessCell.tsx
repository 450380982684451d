import { createLocalReq, type DefaultServerCellComponentProps } from 'payload'

import { readinessOf, type ReadinessCollection } from '../readiness'

/** The list column: "Ready", or how many problems block the document (listed on hover). */
export async function ReadinessCell({
  collectionSlug,
  payload,
  rowData,
}: DefaultServerCellComponentProps) {
  // Payload also renders cells without a row (e.g. while laying out columns); there is nothing to judge then.
  if (!rowData) return null
  const req = await createLocalReq({}, payload)
  const { problems } = await readinessOf({
    collection: collectionSlug as ReadinessCollection,
    doc: rowData,
    req,
  })
  const blocking = problems.filter((problem) => problem.severity === 'error')
  const label =
    blocking.length === 0
      ? 'Ready'
      : blocking.length === 1
        ? '1 problem'
        : `${blocking.length} problems`
  return (
    <span
      style={{
        color: blocking.length === 0 ? 'var(--theme-success-500)' : 'var(--theme-error-500)',
      }}
      title={problems.map((problem) => problem.message).join('\n') || undefined}
    >
      {label}
    </span>
  )
}
