import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import type { CollectionSlug, Payload } from 'payload'

/** What a backup must keep: every document and version by ID, every figure file by checksum. */
export interface Inventory {
  documents: Record<string, string[]>
  versions: Record<string, string[]>
  /** Each file a figure names, with the SHA-256 of its bytes (or "missing"). */
  figureFiles: Record<string, string>
}

const collections = ['users', 'figures', 'stories', 'sponsors', 'issues', 'issue-editions'] as const
const versioned = ['stories', 'sponsors', 'issues'] as const

const checksum = (file: string): string =>
  fs.existsSync(file)
    ? crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex')
    : 'missing'

/** Reads the inventory through the Local API, and the figure files from `figuresDir`. */
export async function inventory(payload: Payload, figuresDir: string): Promise<Inventory> {
  const result: Inventory = { documents: {}, figureFiles: {}, versions: {} }
  for (const collection of collections) {
    const { docs } = await payload.find({
      collection: collection as CollectionSlug,
      depth: 0,
      pagination: false,
    })
    result.documents[collection] = docs.map((doc) => String(doc.id)).sort()
    if (collection === 'figures')
      for (const figure of docs as { filename?: string; sources?: { filename: string }[] }[])
        for (const name of [figure.filename, ...(figure.sources ?? []).map((s) => s.filename)])
          if (name) result.figureFiles[name] = checksum(path.join(figuresDir, name))
  }
  for (const collection of versioned) {
    const { docs } = await payload.findVersions({ collection, depth: 0, pagination: false })
    result.versions[collection] = docs.map((doc) => String(doc.id)).sort()
  }
  return result
}
