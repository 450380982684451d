import { listComplexity, pageSizeOf } from '../../src/access/graphqlCost'

describe('the price of a list', () => {
  it('counts the documents it returns: its limit, a full page of 100 when absent or out of range', () => {
    expect(pageSizeOf(5)).toBe(5)
    for (const limit of [undefined, null, 0, -1, 2.5, '5', 100_000])
      expect(pageSizeOf(limit)).toBe(100)
    expect(pageSizeOf(undefined, 20)).toBe(20)
  })

  it('is one point plus, per document, what the selection of one costs', () => {
    expect(listComplexity()({ args: { limit: 100 }, childComplexity: 2 })).toBe(201)
    expect(listComplexity()({ args: {}, childComplexity: 3 })).toBe(301)
    expect(listComplexity(20)({ args: {}, childComplexity: 3 })).toBe(61)
  })
})
