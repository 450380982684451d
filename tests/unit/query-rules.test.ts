/**
 * The pure checks behind the API's 400s for bad queries (src/access/queryRules.ts), on a small
 * schema of every kind of target: which operators each kind takes, which values, and the limits.
 */
import {
  isDocumentID,
  problemsOfID,
  problemsOfPage,
  problemsOfSort,
  problemsOfWhere,
  queryLimits,
  type QuerySchema,
  type Target,
} from '../../src/access/queryRules'

const schema = (idType: 'number' | 'text' = 'number'): QuerySchema => ({
  idType,
  targets: new Map<string, Target>([
    ['id', { kind: 'id' }],
    ['headline', { kind: 'text' }],
    ['tags', { kind: 'text', many: true }],
    ['number', { kind: 'number' }],
    ['publishDate', { kind: 'date' }],
    ['revoked', { kind: 'boolean' }],
    ['stage', { kind: 'choice', options: ['draft', 'published'] }],
    ['heroFigure', { kind: 'relation' }],
    ['sections.blockType', { kind: 'choice', many: true, options: ['whatsNew'] }],
    ['reading-time', { kind: 'number' }],
    ['version.headline', { kind: 'text' }],
    ['version.sections.blockType', { kind: 'choice', many: true, options: ['whatsNew'] }],
  ]),
  unsearchable: new Set(['letter', 'sections.body']),
})

const messages = (where: unknown, idType?: 'number' | 'text') =>
  problemsOfWhere(where, schema(idType)).map(({ message, path }) => `${path}: ${message}`)

describe('where', () => {
  it('accepts what the desk and the site ask', () => {
    expect(
      messages({
        and: [
          { headline: { like: 'wind' } },
          { number: { greater_than_equal: '3' } },
          { publishDate: { less_than: '2026-12-01T09:00:00.000Z' } },
          { revoked: { equals: 'false' } },
          { stage: { in: 'draft,published' } },
          { heroFigure: { not_in: [1, '2'] } },
          { 'sections.blockType': { equals: 'whatsNew' } },
          {
            or: [
              { id: { equals: 7 } },
              { headline: { exists: true } },
              { headline: { equals: null } },
            ],
          },
        ],
      }),
    ).toEqual([])
  })

  it('takes each operator only on the kinds it has a meaning for', () => {
    expect(messages({ headline: { greater_than: 'a' } })).toEqual([
      'headline.greater_than: `headline` cannot be compared with greater_than; it takes equals, not_equals, in, not_in, exists, like, not_like, contains',
    ])
    expect(messages({ number: { like: '1' } })[0]).toContain(
      '`number` cannot be compared with like',
    )
    expect(messages({ revoked: { in: 'true' } })[0]).toContain(
      '`revoked` cannot be compared with in',
    )
    expect(messages({ stage: { like: 'dr' } })[0]).toContain('`stage` cannot be compared with like')
    expect(messages({ heroFigure: { less_than: 3 } })[0]).toContain(
      'cannot be compared with less_than',
    )
    expect(messages({ id: { greater_than: 3 } })).toEqual([])
  })

  it('names the value a kind takes', () => {
    expect(messages({ number: { equals: 'three' } })).toEqual([
      'number.equals: `number` equals takes a number',
    ])
    expect(messages({ number: { equals: ' ' } })).toHaveLength(1)
    expect(messages({ publishDate: { equals: '2026-02-30' } })[0]).toContain('takes a date')
    expect(messages({ publishDate: { equals: '2026-02-28' } })).toEqual([])
    expect(messages({ publishDate: { equals: '2026-12-01 09:30' } })).toEqual([])
    expect(messages({ publishDate: { equals: '1' } })).toHaveLength(1)
    expect(messages({ publishDate: { equals: '0000-01-01' } })).toHaveLength(1)
    expect(messages({ revoked: { equals: 'yes' } })[0]).toContain('takes true or false')
    expect(messages({ stage: { equals: 'shipped' } })[0]).toContain('takes one of draft, published')
    expect(messages({ headline: { equals: { a: 'b' } } })[0]).toContain('takes text')
    expect(messages({ headline: { equals: 'a\u0000b' } })[0]).toContain('without NUL')
    expect(messages({ headline: { exists: 'perhaps' } })[0]).toContain('exists takes true or false')
  })

  it('takes IDs as the database spells them', () => {
    expect(messages({ heroFigure: { equals: '12' } })).toEqual([])
    expect(messages({ heroFigure: { equals: '1.5' } })[0]).toContain(
      'takes a document ID, a whole number',
    )
    expect(messages({ heroFigure: { equals: '65f0c0ffee' } }, 'text')).toEqual([])
    expect(messages({ heroFigure: { equals: '' } }, 'text')[0]).toContain('takes a document ID')
    expect(isDocumentID(Number.MAX_SAFE_INTEGER + 2, 'number')).toBe(false)
    expect(isDocumentID('9007199254740993', 'number')).toBe(false)
    expect(isDocumentID(42, 'number')).toBe(true)
  })

  it('explains why a path cannot be queried', () => {
    expect(messages({ 'letter.root.children.text': { like: 'x' } })).toEqual([
      'letter.root.children.text: `letter` cannot be queried: its content is not searchable here',
    ])
    expect(messages({ 'heroFigure.alt': { like: 'x' } })[0]).toContain(
      'querying through the relationship `heroFigure` is not supported',
    )
    expect(messages({ nothing: { equals: 'x' } })).toEqual([
      'nothing: `nothing` is not a field that can be queried',
    ])
    expect(messages({ headline: 'x' })[0]).toContain('takes an operator and a value')
    expect(messages('headline')).toEqual([': must be an object of conditions'])
    expect(messages({ or: 'x' })).toEqual(['or: or takes a list of conditions'])
    expect(messages({ or: { 0: { headline: { equals: 'a' } } } })).toEqual([])
    expect(messages({ OR: [{ AND: [{ headline: { equals: 'a' } }] }] })).toEqual([])
    expect(messages({ OR: 'x' })).toEqual(['OR: or takes a list of conditions'])
  })

  it('bounds the size of a query', () => {
    const tooLong = 'x'.repeat(queryLimits.textLength + 1)
    expect(messages({ headline: { like: tooLong } })[0]).toContain(
      `at most ${queryLimits.textLength} characters`,
    )
    expect(messages({ headline: { like: tooLong.slice(1) } })).toEqual([])

    const values = Array.from({ length: queryLimits.values + 1 }, (_, i) => i + 1)
    expect(messages({ id: { in: values } })[0]).toContain(
      `in takes at most ${queryLimits.values} values`,
    )
    expect(messages({ id: { in: values.slice(1) } })).toEqual([])

    const branches = (count: number) => ({
      or: Array.from({ length: count }, (_, i) => ({ headline: { equals: `h${i}` } })),
    })
    expect(messages(branches(queryLimits.conditions + 1))).toEqual([
      `: has more than ${queryLimits.conditions} conditions`,
    ])
    expect(messages(branches(queryLimits.conditions))).toEqual([])

    let nested: unknown = { headline: { equals: 'deep' } }
    for (let level = 0; level <= queryLimits.nesting; level++) nested = { and: [nested] }
    expect(messages(nested)[0]).toContain(`nests and/or deeper than ${queryLimits.nesting} levels`)
  })

  it('reports a handful of problems, not one per branch', () => {
    const where = { or: Array.from({ length: 50 }, () => ({ nothing: { equals: 1 } })) }
    expect(messages(where)).toHaveLength(5)
  })
})

describe('where, value by value', () => {
  it('takes a list for in and not_in as an array, a comma list or qs’s object for long lists', () => {
    expect(messages({ id: { in: { 0: 1, 1: 2 } } })).toEqual([])
    expect(messages({ id: { in: { 0: 1, 1: 'x' } } })[0]).toContain('in takes a document ID')
    expect(messages({ id: { not_in: '1,2' } })).toEqual([])
    expect(messages({ id: { not_in: '1,x' } })[0]).toContain('not_in takes a document ID')
    expect(messages({ id: { in: 5 } })).toEqual(['id.in: `id` in takes a list of values'])
    expect(messages({ id: { equals: [1, 2] } })[0]).toContain('equals takes a document ID')
  })

  it('tells whole numbers, numbers, dates and booleans from look-alikes', () => {
    expect(messages({ id: { equals: 3 } })).toEqual([])
    expect(messages({ id: { equals: 3.5 } })).toHaveLength(1)
    expect(messages({ id: { equals: '1234567890123456' } })).toHaveLength(1)
    expect(messages({ number: { equals: 3.5 } })).toEqual([])
    expect(messages({ number: { equals: '-2.5' } })).toEqual([])
    expect(messages({ number: { equals: Number.POSITIVE_INFINITY } })).toHaveLength(1)
    expect(messages({ number: { equals: true } })).toHaveLength(1)
    for (const date of ['2026-00-10', '2026-13-10', '2026-04-00', '2026-04-31', '0000-01-01'])
      expect(messages({ publishDate: { equals: date } })).toHaveLength(1)
    expect(messages({ publishDate: { equals: '0001-01-01' } })).toEqual([])
    expect(messages({ publishDate: { equals: '2024-02-29' } })).toEqual([])
    expect(messages({ publishDate: { equals: 1_764_579_600_000 } })).toHaveLength(1)
    expect(messages({ revoked: { equals: true } })).toEqual([])
    expect(messages({ revoked: { not_equals: 'false' } })).toEqual([])
    expect(messages({ revoked: { equals: 1 } })).toHaveLength(1)
  })

  it('takes null for equals as a missing value, and texts as numbers too', () => {
    expect(messages({ heroFigure: { equals: null } })).toEqual([])
    expect(messages({ number: { not_equals: 'null' } })).toEqual([])
    expect(messages({ headline: { equals: 5 } })).toEqual([])
    expect(messages({ headline: { equals: true } })).toEqual([
      'headline.equals: `headline` equals takes text',
    ])
    expect(messages({ stage: { equals: 1 } })[0]).toContain('takes one of draft, published')
  })

  it('names IDs as MongoDB spells them when the database does', () => {
    expect(messages({ id: { equals: 'x'.repeat(100) } }, 'text')).toEqual([])
    expect(messages({ id: { equals: 'x'.repeat(101) } }, 'text')).toEqual([
      'id.equals: `id` equals takes a document ID',
    ])
    expect(messages({ id: { equals: 7 } }, 'text')).toHaveLength(1)
    expect(problemsOfID('', schema('text'))).toEqual([
      { parameter: 'id', path: '', message: '`` is not a document ID' },
    ])
  })

  it('names the full path of a problem inside and/or, under `where`', () => {
    expect(
      problemsOfWhere({ or: [{ headline: { like: 'a' } }, { nothing: { equals: 1 } }] }, schema()),
    ).toEqual([
      {
        parameter: 'where',
        path: 'or.1.nothing',
        message: '`nothing` is not a field that can be queried',
      },
    ])
    expect(messages({ and: [{ or: [{ number: { like: 'x' } }] }] })[0]).toMatch(
      /^and\.0\.or\.0\.number\.like: /,
    )
  })

  it('tells a path below rich text, below a relationship and below a plain field apart', () => {
    expect(messages({ 'sections.body.root': { like: 'x' } })[0]).toContain(
      '`sections.body` cannot be queried',
    )
    expect(messages({ 'headline.x': { like: 'x' } })).toEqual([
      'headline.x: `headline.x` is not a field that can be queried',
    ])
    expect(messages({ letterhead: { like: 'x' } })).toEqual([
      'letterhead: `letterhead` is not a field that can be queried',
    ])
  })

  it('takes and/or nested as deep as the limit, and says once that a query is too large', () => {
    let nested: unknown = { headline: { equals: 'deep' } }
    for (let level = 0; level < queryLimits.nesting; level++) nested = { and: [nested] }
    expect(messages(nested)).toEqual([])
    expect(messages({ or: [nested] })).toEqual([
      `or.0.and.0.and.0.and.0.and.0.and.0: nests and/or deeper than ${queryLimits.nesting} levels`,
    ])
    const many = { or: Array.from({ length: 150 }, (_, i) => ({ headline: { equals: `h${i}` } })) }
    expect(messages(many)).toEqual([`: has more than ${queryLimits.conditions} conditions`])
  })
})

describe('where, look-alike values', () => {
  it('refuses a list where one value is due, even one that spells a valid value', () => {
    expect(messages({ id: { equals: [7] } })).toEqual([
      'id.equals: `id` equals takes a document ID, a whole number',
    ])
    expect(messages({ publishDate: { equals: ['2026-12-01'] } })).toEqual([
      'publishDate.equals: `publishDate` equals takes a date (2026-12-01 or 2026-12-01T09:00:00Z)',
    ])
  })

  it('refuses year 0000, which the ISO pattern alone would let through', () => {
    expect(messages({ publishDate: { greater_than: '0000-01-01' } })).toEqual([
      'publishDate.greater_than: `publishDate` greater_than takes a date (2026-12-01 or 2026-12-01T09:00:00Z)',
    ])
    expect(messages({ publishDate: { greater_than: '0001-01-01' } })).toEqual([])
  })

  it('takes true and false as JSON booleans and as query-string text', () => {
    for (const value of [true, false, 'true', 'false'])
      expect(messages({ revoked: { equals: value } })).toEqual([])
    expect(messages({ revoked: { equals: 'yes' } })).toEqual([
      'revoked.equals: `revoked` equals takes true or false',
    ])
  })

  it('takes no empty text as an ID where IDs are text', () => {
    expect(isDocumentID('', 'text')).toBe(false)
    expect(isDocumentID('a', 'text')).toBe(true)
    expect(isDocumentID(['a'], 'text')).toBe(false)
  })

  it('explains a field that cannot be queried by its own name, not only below it', () => {
    expect(messages({ letter: { equals: 'Dear friends,' } })).toEqual([
      'letter: `letter` cannot be queried: its content is not searchable here',
    ])
  })
})

describe('sort, page and id', () => {
  // Strict: toEqual would take a list of one undefined message for an empty one.
  const sortMessages = (sort: unknown) =>
    problemsOfSort(sort, schema()).map((problem) => problem.message)
  const expectSortProblems = (sort: unknown, expected: string[]) =>
    expect(sortMessages(sort)).toStrictEqual(expected)

  it('sorts by single-valued top-level fields, either way', () => {
    expectSortProblems('-publishDate,headline', [])
    expectSortProblems(['number', '-id'], [])
    expectSortProblems('', [])
    expectSortProblems('headline,', [])
    expectSortProblems(' -number ', [])
    expectSortProblems('-reading-time', [])
    expectSortProblems('reading-time', [])
    expect(sortMessages('--number')).toEqual(['`-number` is not a field to sort by'])
  })

  it('sorts versions by the fields under `version`', () => {
    expect(sortMessages('-version.headline')).toEqual([])
    expect(sortMessages('version.sections.blockType')).toHaveLength(1)
  })

  it('names the field it cannot sort by', () => {
    expect(sortMessages('tags')).toEqual([
      '`tags` holds several values per document and gives no order',
    ])
    expect(sortMessages('sections.blockType')).toHaveLength(1)
    expect(sortMessages('headline,letter')).toEqual(['`letter` is not a field to sort by'])
    expect(problemsOfSort({ headline: 1 }, schema())).toEqual([
      { parameter: 'sort', path: '', message: 'must name fields to sort by' },
    ])
    expect(problemsOfSort(['headline', 3], schema())).toEqual([
      { parameter: 'sort', path: '', message: 'must name fields to sort by' },
    ])
    expect(problemsOfSort('letter', schema())).toEqual([
      { parameter: 'sort', path: 'letter', message: '`letter` is not a field to sort by' },
    ])
  })

  it('takes pages from 1', () => {
    expect(problemsOfPage(1)).toEqual([])
    expect(problemsOfPage(0)).toHaveLength(1)
    expect(problemsOfPage(-1)).toStrictEqual([
      { parameter: 'page', path: '', message: 'must be a whole number from 1' },
    ])
    expect(problemsOfPage(Number.NaN)).toHaveLength(1)
    expect(problemsOfPage(1.5)).toHaveLength(1)
    expect(problemsOfPage('2')).toHaveLength(1)
    expect(problemsOfPage(2)).toEqual([])
  })

  it('names the ID as the caller sent it', () => {
    expect(problemsOfID(Number.NaN, schema(), 'abc')).toEqual([
      {
        parameter: 'id',
        path: '',
        message: '`abc` is not a document ID (IDs here are whole numbers)',
      },
    ])
    expect(problemsOfID(3, schema())).toEqual([])
  })
})
