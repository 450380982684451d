import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { GET } from '../../src/app/bench/static-json/route'

describe("bench:api's static JSON route", () => {
  afterEach(() => {
    delete process.env.NEWSDESK_BENCH_STATIC_JSON
  })

  it('does not exist (404) unless NEWSDESK_BENCH_STATIC_JSON names a file', async () => {
    const response = GET()
    expect(response.status).toBe(404)
    expect(await response.text()).not.toContain('{')
  })

  it("answers the named file's bytes as JSON", async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'bench-static-')), 'body.json')
    fs.writeFileSync(file, JSON.stringify({ data: { issueByNumber: { title: 'Ceiling' } } }))
    process.env.NEWSDESK_BENCH_STATIC_JSON = file
    const response = GET()
    expect(response.status).toBe(200)
    expect(response.headers.get('Content-Type')).toBe('application/json')
    expect(await response.text()).toBe(fs.readFileSync(file, 'utf8'))
  })
})
