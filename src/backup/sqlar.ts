/**
 * Backups are SQLite Archives (https://sqlite.org/sqlar.html): one SQLite file with a table of
 * named, zlib-compressed files. Newsdesk already ships SQLite, so the format needs no new
 * dependency, and `sqlite3 -A` lists (`-At`), checks and extracts (`-Ax`) one without Newsdesk.
 */
import fs from 'node:fs'
import zlib from 'node:zlib'

import { createClient, type Client, type Transaction } from '@libsql/client'

const regularFile = 0o100644

/** An archive being written: files are added in one transaction, so a half-written one holds none. */
export interface ArchiveWriter {
  add: (name: string, data: Buffer) => Promise<void>
  /** Commits what was added and closes the file. */
  finish: () => Promise<void>
  /** Rolls back and closes the file, after a failure. */
  abandon: () => void
}

export async function createArchive(file: string): Promise<ArchiveWriter> {
  const client = createClient({ url: `file:${file}` })
  await client.execute(
    'CREATE TABLE sqlar(name TEXT PRIMARY KEY, mode INT, mtime INT, sz INT, data BLOB)',
  )
  const tx: Transaction = await client.transaction('write')
  return {
    abandon: () => {
      tx.close()
      client.close()
    },
    add: async (name, data) => {
      const packed = zlib.deflateSync(data)
      // The format stores a file as it is when compressing would not make it smaller.
      const stored = packed.length < data.length ? packed : data
      await tx.execute({
        args: [name, regularFile, Math.floor(Date.now() / 1000), data.length, stored],
        sql: 'INSERT INTO sqlar(name, mode, mtime, sz, data) VALUES (?, ?, ?, ?, ?)',
      })
    },
    finish: async () => {
      await tx.commit()
      client.close()
    },
  }
}

/** An archive opened for reading. */
export interface ArchiveReader {
  names: () => Promise<string[]>
  /** The file's bytes, or undefined when the archive has no file of that name. */
  read: (name: string) => Promise<Buffer | undefined>
  close: () => void
}

export async function openArchive(file: string): Promise<ArchiveReader> {
  // Opening a missing file would create an empty database in its place.
  if (!fs.existsSync(file)) throw new Error(`${file} does not exist`)
  let client: Client | undefined
  try {
    client = createClient({ url: `file:${file}` })
    await client.execute('SELECT name, sz, data FROM sqlar LIMIT 0')
  } catch (error) {
    client?.close()
    const reason = error instanceof Error ? error.message : String(error)
    throw new Error(`${file} is not a Newsdesk backup (an SQLite Archive): ${reason}`)
  }
  const opened = client
  return {
    close: () => opened.close(),
    names: async () => {
      const { rows } = await opened.execute('SELECT name FROM sqlar ORDER BY name')
      return rows.map((row) => String(row.name))
    },
    read: async (name) => {
      const { rows } = await opened.execute({
        args: [name],
        sql: 'SELECT sz, data FROM sqlar WHERE name = ?',
      })
      if (rows.length === 0) return undefined
      const size = Number(rows[0].sz)
      const data = Buffer.from(rows[0].data as ArrayBuffer)
      return data.length === size ? data : zlib.inflateSync(data)
    },
  }
}
