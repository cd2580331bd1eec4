import { describe, expect, it } from 'vitest'
import { manualClock } from '../core/clock.ts'
import { TokenService } from './token-service.ts'

describe('TokenService', () => {
  const setup = () => {
    const clock = manualClock(0)
    return { clock, tokens: new TokenService<string>({ clock, accessTokenTtlSeconds: 60 }) }
  }

  it('verifies a live token and forgets it once expired', () => {
    const { clock, tokens } = setup()
    const pair = tokens.issue('alice', 'app')
    expect(tokens.verify(pair.access_token)).toEqual({ subject: 'alice', clientId: 'app' })
    clock.advance(60_000)
    expect(tokens.verify(pair.access_token)).toBeUndefined()
  })

  it('rotates on refresh: the old access and refresh tokens stop working', () => {
    const { tokens } = setup()
    const pair = tokens.issue('alice', 'app')
    expect(tokens.refresh(pair.refresh_token ?? '', 'other-app')).toBeUndefined()
    const next = tokens.refresh(pair.refresh_token ?? '', 'app')
    expect(next?.access_token).toBeDefined()
    expect(tokens.verify(pair.access_token)).toBeUndefined()
    expect(tokens.refresh(pair.refresh_token ?? '', 'app')).toBeUndefined()
  })

  it('redeems a code once, for its client and redirect URI, before it expires', () => {
    const { clock, tokens } = setup()
    const code = tokens.createCode('alice', 'app', 'https://cb')
    expect(tokens.redeemCode(code, 'app', 'https://other')).toBeUndefined() // and it is now spent
    const code2 = tokens.createCode('alice', 'app', 'https://cb')
    expect(tokens.redeemCode(code2, 'app', 'https://cb')).toBe('alice')
    expect(tokens.redeemCode(code2, 'app', 'https://cb')).toBeUndefined()
    const code3 = tokens.createCode('alice', 'app', undefined)
    clock.advance(601_000)
    expect(tokens.redeemCode(code3, 'app', undefined)).toBeUndefined()
  })
})
