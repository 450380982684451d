'use client'
import type { CSSProperties } from 'react'

import type { RuleInForce } from '../../../hooks/rules'
import type { Problem } from '../../../hooks/rules/types'

/**
 * The DOM elements that show a field path, most precise first: the field itself, then the
 * block row it sits in (`sections.2.body` → row 2 of `sections`), then the enclosing field.
 */
const elementIdsFor = (path: string): string[] => {
  const ids = [`field-${path.replace(/\./g, '__')}`]
  const row = /^(.+?)\.(\d+)(\.|$)/.exec(path)
  if (row)
    ids.push(`${row[1].replace(/\./g, '-')}-row-${row[2]}`, `field-${row[1].replace(/\./g, '__')}`)
  return ids
}

const jumpTo = (path: string) => {
  const element = elementIdsFor(path)
    .map((id) => document.getElementById(id))
    .find(Boolean)
  if (!element) return
  element.scrollIntoView({ behavior: 'smooth', block: 'center' })
  const focusable = 'input, textarea, [contenteditable="true"], button'
  const target = element.matches(focusable)
    ? element
    : element.querySelector<HTMLElement>(focusable)
  target?.focus({ preventScroll: true })
}

const styles = {
  item: {
    display: 'grid',
    gap: '0.25rem',
    gridTemplateColumns: '1.25rem 1fr',
    marginBottom: '0.5rem',
  },
  jump: {
    background: 'none',
    border: 0,
    color: 'inherit',
    cursor: 'pointer',
    padding: 0,
    textAlign: 'left',
    textDecoration: 'underline',
  },
  list: { listStyle: 'none', margin: 0, padding: 0 },
  problems: { gridColumn: 2, listStyle: 'disc', margin: 0, paddingLeft: '1rem' },
} satisfies Record<string, CSSProperties>

const mark = (passed: boolean, severity: RuleInForce['severity']) =>
  passed
    ? { color: 'var(--theme-success-500)', sign: '✓' }
    : severity === 'error'
      ? { color: 'var(--theme-error-500)', sign: '✗' }
      : { color: 'var(--theme-warning-500)', sign: '!' }

export interface ReadinessListProps {
  /** Rule names still waiting for data (e.g. the hero figure's record); shown as checking. */
  pending?: string[]
  problems: Problem[]
  rules: Pick<RuleInForce, 'label' | 'name' | 'severity'>[]
  title: string
}

/** Each rule, passed or not, with its problems as links that jump to the field or section concerned. */
export function ReadinessList({ pending = [], problems, rules, title }: ReadinessListProps) {
  const blocking = problems.filter((problem) => problem.severity === 'error').length
  return (
    <section
      aria-label={title}
      className="field-type newsdesk-readiness"
      style={{ margin: '1.5rem 0' }}
    >
      <h4 style={{ margin: '0 0 0.5rem' }}>
        {title}: {blocking === 0 ? 'ready' : blocking === 1 ? '1 problem' : `${blocking} problems`}
      </h4>
      <ul style={styles.list}>
        {rules.map((rule) => {
          const own = problems.filter((problem) => problem.rule === rule.name)
          const waiting = pending.includes(rule.name)
          const { color, sign } = mark(own.length === 0, rule.severity)
          return (
            <li data-rule={rule.name} key={rule.name} style={styles.item}>
              <span aria-hidden style={{ color: waiting ? undefined : color, fontWeight: 700 }}>
                {waiting ? '…' : sign}
              </span>
              <span>
                {rule.label}
                {rule.severity === 'warning' ? ' (warning)' : ''}
              </span>
              {!waiting && own.length > 0 && (
                <ul style={styles.problems}>
                  {own.map((problem, index) => (
                    <li key={`${problem.path}-${index}`}>
                      <button
                        onClick={() => jumpTo(problem.path)}
                        style={styles.jump}
                        type="button"
                      >
                        {problem.message}
                      </button>
                    </li>
                  ))}
                </ul>
              )}
            </li>
          )
        })}
      </ul>
    </section>
  )
}
