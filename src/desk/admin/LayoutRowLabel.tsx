'use client'
import { useConfig, useRowLabel } from '@payloadcms/ui'
import React, { useEffect, useState } from 'react'

import { idOf, type ID } from '../../shared/ids'
import { slugs } from '../../shared/slugs'
import { StageBadge } from '../../workflow/admin/StageBadge'
import type { Stage } from '../../workflow/table'

interface Placed {
  stage?: Stage
  title?: string
}

/** The story or sponsor a layout row places, as its latest draft stands: its title and stage. */
function usePlaced(collection: string, id: ID | undefined): Placed | null {
  const { config } = useConfig()
  const [placed, setPlaced] = useState<(Placed & { id: ID }) | null>(null)
  useEffect(() => {
    if (id === undefined) return
    const controller = new AbortController()
    fetch(`${config.serverURL}${config.routes.api}/${collection}/${id}?depth=0&draft=true`, {
      credentials: 'include',
      signal: controller.signal,
    })
      .then(async (response) => {
        if (!response.ok) return
        const doc = (await response.json()) as { headline?: string; name?: string; stage?: Stage }
        setPlaced({
          id,
          stage: doc.stage,
          title: collection === slugs.sponsors ? doc.name : doc.headline,
        })
      })
      .catch(() => undefined)
    return () => controller.abort()
  }, [collection, config.routes.api, config.serverURL, id])
  return id !== undefined && placed?.id === id ? placed : null
}

/**
 * A row of an issue's layout named by what it places ("Story 3: Headline", "Sponsor: Name") and
 * that document's stage, so an editor dragging rows knows which is which.
 */
export function LayoutRowLabel() {
  const { data, rowNumber } = useRowLabel<{
    blockType?: string
    sponsor?: unknown
    story?: unknown
  }>()
  const isStory = data?.blockType === 'story'
  const placed = usePlaced(
    isStory ? slugs.stories : slugs.sponsors,
    idOf(isStory ? data?.story : data?.sponsor),
  )
  const kind = isStory ? 'Story' : 'Sponsor'
  return (
    <span
      data-testid="layout-row-label"
      style={{ alignItems: 'center', display: 'inline-flex', gap: 6 }}
    >
      {kind} {String((rowNumber ?? 0) + 1).padStart(2, '0')}:{' '}
      {placed?.title ?? (data?.story || data?.sponsor ? '…' : `no ${kind.toLowerCase()} chosen`)}
      {placed?.stage ? <StageBadge stage={placed.stage} /> : null}
    </span>
  )
}
