'use client'
import { PublishButton, UnpublishButton } from '@payloadcms/ui'
import React from 'react'

import { useWorkflowState } from './useWorkflowState'

/** Payload's own Publish button, shown only to someone the workflow lets publish this document now. */
export function PublishWhenAllowed(props: React.ComponentProps<typeof PublishButton>) {
  const { allowed } = useWorkflowState()
  return allowed.includes('publish') ? <PublishButton {...props} /> : null
}

/** Payload's own Unpublish button, likewise. */
export function UnpublishWhenAllowed(props: React.ComponentProps<typeof UnpublishButton>) {
  const { allowed } = useWorkflowState()
  return allowed.includes('unpublish') ? <UnpublishButton {...props} /> : null
}
