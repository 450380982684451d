import { databaseAdapter, databaseKind } from '../../src/db/database'

describe('the DATABASE_URL switch', () => {
  it.each([
    [undefined, 'sqlite'],
    ['file:./data/other.db', 'sqlite'],
    ['postgres://postgres@127.0.0.1:5432/newsdesk', 'postgres'],
    ['postgresql://user:pw@db.internal/newsdesk', 'postgres'],
    ['mongodb://127.0.0.1:27017/newsdesk', 'mongodb'],
    ['mongodb+srv://user:pw@cluster.example.net/newsdesk', 'mongodb'],
  ])('reads %s as %s', (url, kind) => {
    expect(databaseKind(url)).toBe(kind)
  })

  it('rejects an unknown scheme with a message that names it and keeps the password out', () => {
    expect(() => databaseKind('mysql://root:hunter2@localhost/newsdesk')).toThrow(
      /DATABASE_URL.*"mysql:"/,
    )
    expect(() => databaseKind('mysql://root:hunter2@localhost/newsdesk')).not.toThrow(/hunter2/)
    expect(() => databaseKind('just-a-path.db')).toThrow(/DATABASE_URL has no scheme/)
  })

  it.each([
    ['postgres://postgres@127.0.0.1:5432/newsdesk', 'postgres', 'number'],
    ['mongodb://127.0.0.1:27017/newsdesk', 'mongoose', 'text'],
    ['file:/tmp/newsdesk-unit.db', 'sqlite', 'number'],
  ])('builds the adapter for %s without connecting', async (url, name, idType) => {
    const adapter = await databaseAdapter(url)
    expect(adapter.name).toBe(name)
    expect(adapter.defaultIDType).toBe(idType)
  })
})
