import { createHmac } from 'node:crypto'

import { signPreviewToken, verifyPreviewToken, type PreviewClaims } from '../../src/preview/token'

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

  describe('are invalid, even correctly signed, unless they carry a link, an issue and an expiry', () => {
    /** A token signed as the desk signs them, around any body: what a leaked secret or a bug could mint. */
    const signedBody = (body: string) => {
      const encoded = Buffer.from(body).toString('base64url')
      const signature = createHmac('sha256', secret)
        .update(`newsdesk-preview:${encoded}`)
        .digest('base64url')
      return `${encoded}.${signature}`
    }

    it('accepts the body the desk signs, so the cases below fail on their content alone', () => {
      expect(
        verifyPreviewToken(secret, signedBody(JSON.stringify(['a1b2', 7, claims.expires])), before),
      ).toEqual({ claims, ok: true })
    })

    it.each([
      ['not JSON', 'a1b2,7'],
      ['an object', JSON.stringify({ expires: claims.expires, issue: 7, link: 'a1b2' })],
      ['a fourth value', JSON.stringify(['a1b2', 7, claims.expires, 'admin'])],
      ['two values', JSON.stringify(['a1b2', claims.expires])],
    ])('%s', (_case, body) => {
      expect(verifyPreviewToken(secret, signedBody(body), before)).toEqual({
        ok: false,
        reason: 'invalid',
      })
    })

    it.each<[string, unknown[]]>([
      ['an empty link ID', ['', 7, claims.expires]],
      ['no link', [null, 7, claims.expires]],
      ['a link that is no ID', [{ id: 'a1b2' }, 7, claims.expires]],
      ['a list of links', [['a1b2'], 7, claims.expires]],
      ['an empty issue ID', ['a1b2', '', claims.expires]],
      ['no issue', ['a1b2', null, claims.expires]],
      ['an expiry in words', ['a1b2', 7, '2026-12-01']],
      ['a fractional expiry', ['a1b2', 7, claims.expires + 0.5]],
      ['no expiry', ['a1b2', 7, null]],
    ])('%s', (_case, values) => {
      const [link, issue, expires] = values
      const token = signPreviewToken(secret, { expires, issue, link } as PreviewClaims)
      expect(verifyPreviewToken(secret, token, before)).toEqual({ ok: false, reason: 'invalid' })
    })
  })
})
