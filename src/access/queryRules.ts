/**
 * What a caller may ask a list for: the `where`, `sort` and document IDs that the database
 * adapters answer, and a named 400 for the rest. Payload checks that a path exists and may be
 * read; it hands the rest to the adapter, which on SQL answered 500 for rich text and JSON paths,
 * operators a field type has no meaning for (`near` on text), values of the wrong type (a word
 * where a date or an ID goes, an unknown option of an enum), a 100 kB pattern or 20,000 branches.
 * Pure: the collection's fields come in as targets (./queryTargets), the problems go out.
 */

/** How a path can be compared, whatever field type gave it. */
export type TargetKind = 'boolean' | 'choice' | 'date' | 'id' | 'number' | 'relation' | 'text'

export interface Target {
  kind: TargetKind
  /** The values a choice may take (a select's options, a blocks field's block types). */
  options?: readonly string[]
  /** A field that holds several values (hasMany); sorting by it has no single order. */
  many?: boolean
}

/** Every queryable path of one collection (`headline`, `sections.blockType`, `reviewLog.by`). */
export type Targets = ReadonlyMap<string, Target>

/** How the database spells a document ID: whole numbers on SQL, strings on MongoDB. */
export type IDType = 'number' | 'text'

export interface QueryProblem {
  /** `where`, `sort`, `page` or `id`: the parameter at fault. */
  parameter: 'id' | 'page' | 'sort' | 'where'
  /** The path within the parameter (`headline.like`, `or.3`), empty for the parameter itself. */
  path: string
  message: string
}

/** Past these, a query is not one a person or page makes; they bound the SQL an adapter builds. */
export const queryLimits = {
  conditions: 100,
  nesting: 5,
  textLength: 500,
  values: 500,
} as const

const comparisons = ['greater_than', 'greater_than_equal', 'less_than', 'less_than_equal'] as const
const equality = ['equals', 'not_equals', 'in', 'not_in', 'exists'] as const

const operatorsOf: Record<TargetKind, readonly string[]> = {
  boolean: ['equals', 'not_equals', 'exists'],
  choice: equality,
  date: [...equality, ...comparisons],
  id: [...equality, ...comparisons],
  number: [...equality, ...comparisons],
  relation: equality,
  text: [...equality, 'like', 'not_like', 'contains'],
}

const listOperators = new Set(['in', 'not_in'])

/** A value as REST's query string or a JSON body gives it: several for `in`, or one. */
function valuesOf(operator: string, value: unknown): unknown[] | string {
  if (!listOperators.has(operator)) return [value]
  if (Array.isArray(value)) return value
  // REST's `in=a,b` and qs's object for a list longer than its array limit.
  if (typeof value === 'string') return value.split(',')
  if (value && typeof value === 'object') return Object.values(value)
  return `${operator} takes a list of values`
}

const isWholeNumber = (value: unknown): boolean =>
  (typeof value === 'number' && Number.isSafeInteger(value)) ||
  (typeof value === 'string' && /^\d{1,15}$/.test(value))

const isNumber = (value: unknown): boolean =>
  (typeof value === 'number' && Number.isFinite(value)) ||
  (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value)))

/** An ISO 8601 date or date-time of years 0001–9999: what every adapter parses the same way. */
const isoDate = /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:?\d{2})?)?$/

/** JavaScript rolls 2026-02-30 over into March; PostgreSQL refuses it. */
const isCalendarDay = (value: string): boolean => {
  const [year = 0, month = 0, day = 0] = value.slice(0, 10).split('-').map(Number)
  return (
    year >= 1 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= new Date(Date.UTC(year, month, 0)).getUTCDate()
  )
}

const isDate = (value: unknown): boolean =>
  typeof value === 'string' &&
  isoDate.test(value) &&
  isCalendarDay(value) &&
  !Number.isNaN(new Date(value).getTime())

const isBoolean = (value: unknown): boolean =>
  typeof value === 'boolean' || value === 'true' || value === 'false'

/** Whether `value` can be an ID of a document on this database. */
export const isDocumentID = (value: unknown, idType: IDType): boolean =>
  idType === 'number'
    ? isWholeNumber(value)
    : typeof value === 'string' && value.length > 0 && value.length <= 100

/** What is wrong with one value compared to a target, or nothing. */
function problemOfValue(target: Target, value: unknown, idType: IDType): string | undefined {
  if (value === null || value === 'null') return undefined
  switch (target.kind) {
    case 'boolean':
      return isBoolean(value) ? undefined : 'takes true or false'
    case 'choice':
      return typeof value === 'string' && target.options?.includes(value)
        ? undefined
        : `takes one of ${target.options?.join(', ')}`
    case 'date':
      return isDate(value) ? undefined : 'takes a date (2026-12-01 or 2026-12-01T09:00:00Z)'
    case 'number':
      return isNumber(value) ? undefined : 'takes a number'
    case 'id':
    case 'relation':
      return isDocumentID(value, idType)
        ? undefined
        : idType === 'number'
          ? 'takes a document ID, a whole number'
          : 'takes a document ID'
    case 'text':
      if (typeof value !== 'string' && typeof value !== 'number') return 'takes text'
      // PostgreSQL stores no NUL in text, and refuses a query that holds one.
      if (String(value).includes('\u0000')) return 'takes text without NUL characters'
      return String(value).length > queryLimits.textLength
        ? `takes at most ${queryLimits.textLength} characters`
        : undefined
  }
}

function problemOfCondition(
  target: Target,
  operator: string,
  value: unknown,
  idType: IDType,
): string | undefined {
  if (!operatorsOf[target.kind].includes(operator))
    return `cannot be compared with ${operator}; it takes ${operatorsOf[target.kind].join(', ')}`
  if (operator === 'exists') return isBoolean(value) ? undefined : 'exists takes true or false'
  const values = valuesOf(operator, value)
  if (typeof values === 'string') return values
  if (values.length > queryLimits.values)
    return `${operator} takes at most ${queryLimits.values} values`
  for (const one of values) {
    const problem = problemOfValue(target, one, idType)
    if (problem) return `${operator} ${problem}`
  }
  return undefined
}

const describe = (path: string): string => `\`${path}\``

/** Why a path that names no target cannot be queried. */
function unqueryable(path: string, targets: Targets, unsearchable: ReadonlySet<string>): string {
  const field = [...unsearchable].find((name) => path === name || path.startsWith(`${name}.`))
  if (field) return `${describe(field)} cannot be queried: its content is not searchable here`
  const through = [...targets.entries()].find(
    ([name, target]) => target.kind === 'relation' && path.startsWith(`${name}.`),
  )
  if (through)
    return `${describe(path)} cannot be queried: querying through the relationship ${describe(through[0])} is not supported; query that collection and compare IDs`
  return `${describe(path)} is not a field that can be queried`
}

export interface QuerySchema {
  targets: Targets
  /** Fields whose content no query reaches (rich text, JSON, virtual): named in the answer. */
  unsearchable: ReadonlySet<string>
  idType: IDType
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  Boolean(value) && typeof value === 'object' && !Array.isArray(value)

/** The problems of a `where`, at most a handful: the first of each branch is enough to mend it. */
export function problemsOfWhere(where: unknown, schema: QuerySchema): QueryProblem[] {
  const problems: QueryProblem[] = []
  let conditions = 0
  let tooMany = false
  const report = (path: string, message: string): void => {
    problems.push({ parameter: 'where', path, message })
  }

  const walk = (node: unknown, at: string, depth: number): void => {
    if (problems.length >= 5 || tooMany) return
    if (!isPlainObject(node)) return report(at, 'must be an object of conditions')
    if (depth > queryLimits.nesting)
      return report(at, `nests and/or deeper than ${queryLimits.nesting} levels`)
    for (const [key, value] of Object.entries(node)) {
      const here = at ? `${at}.${key}` : key
      // GraphQL spells them AND and OR; Payload reads either case.
      const logical = key.toLowerCase()
      if (logical === 'and' || logical === 'or') {
        const branches = Array.isArray(value)
          ? value
          : isPlainObject(value)
            ? Object.values(value)
            : undefined
        if (!branches) {
          report(here, `${logical} takes a list of conditions`)
          continue
        }
        branches.forEach((branch, index) => walk(branch, `${here}.${index}`, depth + 1))
        continue
      }
      const target = schema.targets.get(key)
      if (!target) {
        report(here, unqueryable(key, schema.targets, schema.unsearchable))
        continue
      }
      if (!isPlainObject(value)) {
        report(here, 'takes an operator and a value, such as { "equals": … }')
        continue
      }
      for (const [operator, operand] of Object.entries(value)) {
        conditions += 1
        if (conditions > queryLimits.conditions) {
          tooMany = true
          return report('', `has more than ${queryLimits.conditions} conditions`)
        }
        const problem = problemOfCondition(target, operator, operand, schema.idType)
        if (problem) report(`${here}.${operator}`, `${describe(key)} ${problem}`)
      }
    }
  }
  walk(where, '', 0)
  return problems
}

/** The problems of a `sort`: `-publishDate`, `stage,-updatedAt` or a list of such. */
export function problemsOfSort(sort: unknown, schema: QuerySchema): QueryProblem[] {
  const fields = typeof sort === 'string' ? sort.split(',') : Array.isArray(sort) ? sort : undefined
  if (!fields) return [{ parameter: 'sort', path: '', message: 'must name fields to sort by' }]
  return fields.flatMap((field): QueryProblem[] => {
    if (typeof field !== 'string')
      return [{ parameter: 'sort', path: '', message: 'must name fields to sort by' }]
    const path = field.trim().replace(/^-/, '')
    if (path === '') return []
    const target = schema.targets.get(path)
    if (target && !target.many && !path.replace(/^version\./, '').includes('.')) return []
    return [
      {
        parameter: 'sort',
        path,
        message: target
          ? `${describe(path)} holds several values per document and gives no order`
          : `${describe(path)} is not a field to sort by`,
      },
    ]
  })
}

/** `sent` is the ID as the caller wrote it, where Payload has already turned it into a number. */
export function problemsOfID(id: unknown, schema: QuerySchema, sent = id): QueryProblem[] {
  if (isDocumentID(id, schema.idType)) return []
  return [
    {
      parameter: 'id',
      path: '',
      message: `${describe(String(sent))} is not a document ID${schema.idType === 'number' ? ' (IDs here are whole numbers)' : ''}`,
    },
  ]
}

/** PostgreSQL refuses a negative offset; a page before the first is the caller's mistake. */
export function problemsOfPage(page: unknown): QueryProblem[] {
  if (typeof page === 'number' && Number.isSafeInteger(page) && page >= 1) return []
  return [{ parameter: 'page', path: '', message: 'must be a whole number from 1' }]
}
