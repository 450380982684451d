'use client'
import { useAllFormFields, useConfig } from '@payloadcms/ui'
import { reduceFieldsToValues } from 'payload/shared'
import { useEffect, useMemo, useState } from 'react'

import type { RuleInForce } from '../../../hooks/rules'
import type { Problem } from '../../../hooks/rules/types'
import { slugs } from '../../shared/slugs'
import { ReadinessList } from './ReadinessList'

/** Waits this long after the last change before asking again, so typing sends one request, not one per key. */
const settleMs = 500

/**
 * The issue's readiness as the editor works: the form's unsaved state sent to the server, which
 * alone may read the stories it rolls up, a moment after each change.
 */
export function IssueChecklistClient({
  initialProblems,
  rules,
}: {
  initialProblems: Problem[]
  rules: RuleInForce[]
}) {
  const { config } = useConfig()
  const [fields] = useAllFormFields()
  const issue = useMemo(() => JSON.stringify(reduceFieldsToValues(fields, true)), [fields])
  const [problems, setProblems] = useState(initialProblems)
  const [checking, setChecking] = useState(false)
  useEffect(() => {
    const controller = new AbortController()
    const timer = setTimeout(() => {
      setChecking(true)
      fetch(`${config.serverURL}${config.routes.api}/${slugs.issues}/readiness`, {
        body: issue,
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        method: 'POST',
        signal: controller.signal,
      })
        .then(async (response) => {
          if (response.ok)
            setProblems(((await response.json()) as { problems: Problem[] }).problems)
        })
        .catch(() => undefined)
        .finally(() => setChecking(false))
    }, settleMs)
    return () => {
      clearTimeout(timer)
      controller.abort()
    }
  }, [config.routes.api, config.serverURL, issue])
  return (
    <ReadinessList
      pending={checking ? rules.map((rule) => rule.name) : []}
      problems={problems}
      rules={rules}
      title="Readiness"
    />
  )
}
