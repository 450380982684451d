import type { UIFieldServerProps } from 'payload'

import { optionsOf } from '../../options'
import { readinessOf } from '../readiness'
import { issueRules, rulesInForce } from '../../../hooks/rules'
import { slugs } from '../../shared/slugs'
import { ReadinessList } from './ReadinessList'

/**
 * The issue's readiness when the form opened; it rolls up its stories, which only the server
 * can read, so it refreshes on save rather than as the editor types.
 */
export async function IssueChecklist({ data, payload, req }: UIFieldServerProps) {
  const { problems } = await readinessOf({ collection: slugs.issues, doc: data ?? {}, req })
  const rules = rulesInForce(issueRules, optionsOf(payload.config).rules).map(
    ({ label, name, severity }) => ({ label, name, severity }),
  )
  return <ReadinessList problems={problems} rules={rules} title="Readiness when last saved" />
}
