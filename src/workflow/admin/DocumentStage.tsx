'use client'
import { useFormFields } from '@payloadcms/ui'
import React from 'react'

import type { Stage } from '../table'
import { StageBadge } from './StageBadge'

/**
 * The edit view's status, in place of Payload's draft/published one: a document's state is its
 * workflow stage, and Payload's status only follows it.
 */
export function DocumentStage() {
  const stage = useFormFields(([fields]) => fields.stage?.value as Stage | undefined) ?? 'draft'
  return (
    <div style={{ alignItems: 'center', display: 'flex', gap: 6 }}>
      <span>Stage:</span>
      <StageBadge stage={stage} testId="workflow-stage" />
    </div>
  )
}

/** Payload's own publish and unpublish buttons render nothing: publishing is a workflow action. */
export function PublishedThroughWorkflow() {
  return null
}

/** The stage field itself renders nothing: DocumentStage shows it in the header. */
export function StageShownInHeader() {
  return null
}
