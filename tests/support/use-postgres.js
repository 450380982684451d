import { execFileSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { cpSync, mkdtempSync } from 'node:fs'
import path from 'node:path'

/**
 * Each test file gets its own database, cloned from the seeded one (PostgreSQL copies a template
 * in a fraction of a second), and its own figures folder; globalTeardown drops them all.
 */
const template = process.env.NEWSDESK_TEST_POSTGRES_DATABASE
const database = `${template}_${randomBytes(4).toString('hex')}`
execFileSync('psql', [
  process.env.TEST_POSTGRES_URL,
  '-qc',
  `CREATE DATABASE ${database} TEMPLATE ${template}`,
])
const url = new URL(process.env.TEST_POSTGRES_URL)
url.pathname = `/${database}`
const dir = mkdtempSync(path.join(process.env.NEWSDESK_TEST_DIR, 'postgres-'))
cpSync(process.env.NEWSDESK_TEST_POSTGRES_FIGURES, path.join(dir, 'figures'), { recursive: true })

process.env.DATABASE_URL = url.toString()
process.env.FIGURES_DIR = path.join(dir, 'figures')
process.env.NEWSDESK_RUN_JOBS = 'false'
