import type { Payload } from 'payload'

export interface Statement {
  sql: string
  params: unknown[]
  rows: number
}

type Query = (...args: unknown[]) => Promise<{ rows?: unknown[] }>

/**
 * Runs `work` and records each SQL statement it sent, with its parameters and the number of rows
 * the database answered, on either SQL adapter: PostgreSQL's pool and SQLite's libSQL client are
 * what Drizzle sends every statement outside a transaction through.
 */
export async function recordStatements(
  payload: Payload,
  work: () => Promise<unknown>,
): Promise<Statement[]> {
  const db = payload.db as unknown as {
    client?: Record<string, Query>
    pool?: Record<string, Query>
  }
  const [target, method] = db.pool ? [db.pool, 'query'] : [db.client!, 'execute']
  const original = target[method]!
  const statements: Statement[] = []
  target[method] = async function (this: unknown, ...args: unknown[]) {
    const [first, second] = args as [unknown, unknown]
    const answer = await original.apply(this, args)
    const sql =
      typeof first === 'string'
        ? first
        : ((first as { sql?: string; text?: string }).text ?? (first as { sql: string }).sql)
    const params =
      typeof first === 'object' && first && 'args' in first
        ? ((first as { args: unknown[] }).args ?? [])
        : ((second as unknown[] | undefined) ?? [])
    statements.push({ params, rows: answer?.rows?.length ?? 0, sql })
    return answer
  }
  try {
    await work()
  } finally {
    target[method] = original
  }
  return statements
}
