import { signPreviewToken, verifyPreviewToken } from '../../src/preview/token'

const secret = 'the desk secret'
const claims = { expires: Date.parse('2026-12-01T12:00:00Z'), issue: 7, link: 'a1b2' }
const before = claims.expires - 1000

describe('preview tokens', () => {
  it('carry their link, issue and expiry, whatever the ID types', () => {
    expect(verifyPreviewToken(secret, signPreviewToken(secret, claims), before)).toEqual({
      claims,
      ok: true,
    })
  })

  it('are expired from their expiry on', () => {
    const token = signPreviewToken(secret, claims)
    expect(verifyPreviewToken(secret, token, claims.expires)).toEqual({
      ok: false,
      reason: 'expired',
    })
  })

  it('are invalid when signed with another secret, altered, or malformed', () => {
    const token = signPreviewToken(secret, claims)
    const [, signature] = token.split('.')
    const otherIssue = Buffer.from(JSON.stringify([claims.link, 8, claims.expires])).toString(
      'base64url',
    )
    for (const bad of [
      signPreviewToken('another secret', claims),
      `${otherIssue}.${signature}`,
      `${token}x`,
      token.split('.')[0],
      `${token}.more`,
      '',
      '..',
    ]) {
      expect(verifyPreviewToken(secret, bad, before)).toEqual({ ok: false, reason: 'invalid' })
    }
  })

  it('report an altered expiry as invalid, not as expired', () => {
    const past = signPreviewToken(secret, { ...claims, expires: before - 5000 })
    const [, signature] = past.split('.')
    const later = Buffer.from(JSON.stringify([claims.link, claims.issue, claims.expires])).toString(
      'base64url',
    )
    expect(verifyPreviewToken(secret, `${later}.${signature}`, before)).toEqual({
      ok: false,
      reason: 'invalid',
    })
  })
})
