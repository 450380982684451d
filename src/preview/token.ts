/**
 * Preview tokens: what a preview link carries. The token names its link, its issue and its
 * expiry, and is signed with the Payload secret, so a forged or altered token is refused without
 * touching the database; revocation is checked against the link's document (./scope).
 */
import { createHmac, timingSafeEqual } from 'node:crypto'

import type { ID } from '../shared/ids'

export interface PreviewClaims {
  /** The preview link document. */
  link: ID
  issue: ID
  /** Expiry, in milliseconds since the epoch. */
  expires: number
}

export type TokenCheck =
  { claims: PreviewClaims; ok: true } | { ok: false; reason: 'expired' | 'invalid' }

const signatureOf = (secret: string, body: string): Buffer =>
  createHmac('sha256', secret).update(`newsdesk-preview:${body}`).digest()

export function signPreviewToken(secret: string, claims: PreviewClaims): string {
  const body = Buffer.from(JSON.stringify([claims.link, claims.issue, claims.expires])).toString(
    'base64url',
  )
  return `${body}.${signatureOf(secret, body).toString('base64url')}`
}

const isID = (value: unknown): value is ID =>
  typeof value === 'number' || (typeof value === 'string' && value.length > 0)

function parseClaims(body: string): PreviewClaims | null {
  try {
    const value: unknown = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'))
    if (!Array.isArray(value) || value.length !== 3) return null
    const [link, issue, expires] = value
    return isID(link) && isID(issue) && Number.isSafeInteger(expires)
      ? { expires, issue, link }
      : null
  } catch {
    return null
  }
}

/** Checks the signature first and the expiry second: an altered expiry is "invalid", never "expired". */
export function verifyPreviewToken(secret: string, token: string, now = Date.now()): TokenCheck {
  const [body, signature, ...rest] = token.split('.')
  if (!body || !signature || rest.length > 0) return { ok: false, reason: 'invalid' }
  const given = Buffer.from(signature, 'base64url')
  const expected = signatureOf(secret, body)
  if (given.length !== expected.length || !timingSafeEqual(given, expected))
    return { ok: false, reason: 'invalid' }
  const claims = parseClaims(body)
  if (!claims) return { ok: false, reason: 'invalid' }
  return claims.expires <= now ? { ok: false, reason: 'expired' } : { claims, ok: true }
}
