import {
  cachedRead,
  invalidateSiteCache,
  maxAgeMs,
  resumeSiteCache,
  suspendSiteCache,
} from '../../src/site/cache'

/** A read that answers how many times it has run. */
const counter = () => {
  let runs = 0
  return async () => ++runs
}

afterEach(() => resumeSiteCache())

describe('the site cache', () => {
  it('answers a repeated read from memory until invalidated', async () => {
    const read = counter()
    expect(await cachedRead('a', read)).toBe(1)
    expect(await cachedRead('a', read)).toBe(1)
    invalidateSiteCache()
    expect(await cachedRead('a', read)).toBe(2)
  })

  it('does not keep a read that an invalidation overlapped', async () => {
    const read = counter()
    await cachedRead('b', async () => {
      invalidateSiteCache()
      return read()
    })
    expect(await cachedRead('b', read)).toBe(2)
  })

  it('while suspended, reads every time and keeps nothing; resumed, starts empty', async () => {
    const read = counter()
    await cachedRead('c', read)
    suspendSiteCache()
    expect(await cachedRead('c', read)).toBe(2)
    expect(await cachedRead('c', read)).toBe(3)
    resumeSiteCache()
    expect(await cachedRead('c', read)).toBe(4)
    expect(await cachedRead('c', read)).toBe(4)
  })

  it('does not keep a read that started before a suspension and ended after the resumption', async () => {
    const read = counter()
    await cachedRead('d', async () => {
      suspendSiteCache()
      resumeSiteCache()
      return read()
    })
    expect(await cachedRead('d', read)).toBe(2)
  })

  it('reads again once an answer is older than the max age', async () => {
    const read = counter()
    await cachedRead('e', read)
    const now = Date.now
    Date.now = () => now() + maxAgeMs
    try {
      expect(await cachedRead('e', read)).toBe(2)
    } finally {
      Date.now = now
    }
  })
})
