import path from 'node:path'

import { figuresDirectory, sqliteFile } from '../../src/db/dataFolder'

describe('where the data lives', () => {
  it.each([
    [undefined, path.resolve('data/newsdesk.db')],
    ['file:./data/other.db', path.resolve('data/other.db')],
    ['file:/srv/desk/newsdesk.db', '/srv/desk/newsdesk.db'],
    ['file:///srv/desk/news%20desk.db', '/srv/desk/news desk.db'],
  ])('reads the SQLite file of %s', (url, file) => {
    expect(sqliteFile(url)).toBe(file)
  })

  it('sends a database server to its own tools, without echoing the URL', () => {
    expect(() => sqliteFile('postgres://user:hunter2@db/newsdesk')).toThrow(/pg_dump/)
    expect(() => sqliteFile('postgres://user:hunter2@db/newsdesk')).not.toThrow(/hunter2/)
  })

  it('keeps figures in FIGURES_DIR, or ./data/figures when it is unset or empty', () => {
    expect(figuresDirectory({ FIGURES_DIR: '/srv/figures' })).toBe('/srv/figures')
    expect(figuresDirectory({ FIGURES_DIR: '' })).toBe(path.resolve('data/figures'))
    expect(figuresDirectory({})).toBe(path.resolve('data/figures'))
  })
})
