'use client'
import { useAllFormFields, useConfig } from '@payloadcms/ui'
import { reduceFieldsToValues } from 'payload/shared'
import { useEffect, useMemo, useState } from 'react'

import { requireHeroFigureWithAlt } from '../../../hooks/rules/story/requireHeroFigureWithAlt'
import type { RuleOptions } from '../../../hooks/rules/types'
import { checkStory, rulesInForce, storyRules } from '../../../hooks/rules'
import type { FigureContent, StoryContent } from '../../../hooks/rules/types'
import { slugs } from '../../shared/slugs'
import { ReadinessList } from './ReadinessList'
import type { ID } from '../../shared/ids'

/** The hero figure's record (alt text, file name), fetched again whenever the editor picks another. */
function useFigure(id: ID | undefined): { figure: FigureContent | ID | null; loading: boolean } {
  const { config } = useConfig()
  const [loaded, setLoaded] = useState<{ figure: FigureContent | ID; id: ID } | null>(null)
  useEffect(() => {
    if (id === undefined) return
    const controller = new AbortController()
    fetch(`${config.serverURL}${config.routes.api}/${slugs.figures}/${id}?depth=0`, {
      credentials: 'include',
      signal: controller.signal,
    })
      .then(async (response) =>
        setLoaded({ figure: response.ok ? ((await response.json()) as FigureContent) : id, id }),
      )
      .catch(() => undefined)
    return () => controller.abort()
  }, [config.routes.api, config.serverURL, id])
  if (id === undefined) return { figure: null, loading: false }
  return loaded?.id === id
    ? { figure: loaded.figure, loading: false }
    : { figure: id, loading: true }
}

/**
 * The story's readiness as the editor types: the same rules the API enforces, run on the
 * form's unsaved state.
 */
export function StoryChecklistClient({ options }: { options: RuleOptions }) {
  const [fields] = useAllFormFields()
  const story = useMemo(() => {
    const values = reduceFieldsToValues(fields, true) as StoryContent
    // A blocks field with no rows holds its row count (0) in form state, not an empty list.
    return { ...values, sections: Array.isArray(values.sections) ? values.sections : [] }
  }, [fields])
  const heroValue = story.heroFigure
  const heroId =
    heroValue === null || heroValue === undefined || heroValue === ''
      ? undefined
      : typeof heroValue === 'object'
        ? heroValue.id
        : heroValue
  const { figure, loading } = useFigure(heroId)
  const { problems } = useMemo(
    () => checkStory({ ...story, heroFigure: figure }, options),
    [story, figure, options],
  )
  const rules = rulesInForce(storyRules, options).map(({ label, name, severity }) => ({
    label,
    name,
    severity,
  }))
  return (
    <ReadinessList
      pending={loading ? [requireHeroFigureWithAlt.name] : []}
      problems={problems}
      rules={rules}
      title="Readiness"
    />
  )
}
