import type { UIFieldServerProps } from 'payload'

import { optionsOf } from '../../options'
import { readinessOf } from '../readiness'
import { issueRules, rulesInForce } from '../../../hooks/rules'
import { slugs } from '../../shared/slugs'
import { IssueChecklistClient } from './IssueChecklistClient'

/** The issue's readiness when the form opens, then live (IssueChecklistClient). */
export async function IssueChecklist({ data, payload, req }: UIFieldServerProps) {
  const { problems } = await readinessOf({ collection: slugs.issues, doc: data ?? {}, req })
  const rules = rulesInForce(issueRules, optionsOf(payload.config).rules).map(
    ({ label, name, severity }) => ({ label, name, severity }),
  )
  return <IssueChecklistClient initialProblems={problems} rules={rules} />
}
