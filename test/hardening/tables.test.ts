/**
 * The bounded tables on their own: `BoundedMap` (least-recently-used cap, expiry on read and by sweep), `boundKey`,
 * and the caps and lifetimes of `TokenService` and `fixedWindow` built on them.
 */
import { describe, expect, it } from 'vitest'
import { TokenService } from '../../src/auth/token-service.ts'
import { boundKey, BoundedMap } from '../../src/core/bounded-map.ts'
import { manualClock } from '../../src/core/clock.ts'
import { fixedWindow } from '../../src/rate-limit/policies.ts'

describe('BoundedMap', () => {
  it('evicts the least recently used entry beyond its cap; a read counts as a use, a peek does not', () => {
    const map = new BoundedMap<string, number>({ maxSize: 3 })
    map.set('a', 1, 0).set('b', 2, 0).set('c', 3, 0)
    expect(map.get('a', 0)).toBe(1) // a is now the most recent
    expect(map.peek('b', 0)).toBe(2) // b stays the least recent
    map.set('d', 4, 0)
    expect([...map.keys()]).toEqual(['c', 'a', 'd'])
    expect(map.evicted).toBe(1)
    map.set('c', 30, 0) // replacing makes it the most recent
    map.set('e', 5, 0)
    expect([...map.entries()]).toEqual([
      ['d', 4],
      ['c', 30],
      ['e', 5],
    ])
    expect(map.delete('c')).toBe(true)
    expect(map.delete('c')).toBe(false)
    expect(map.size).toBe(2)
  })

  it('drops an entry once its expiry has passed: on read, and for every entry on the periodic sweep', () => {
    const map = new BoundedMap<string, string>({ maxSize: 100, sweepEveryMs: 1000 })
    map.set('short', 'x', 0, 500).set('long', 'y', 0, 5000).set('forever', 'z', 0)
    expect(map.get('short', 499)).toBe('x')
    expect(map.get('short', 500)).toBeUndefined()
    map.set('late', 'w', 600, 700)
    expect(map.size).toBe(3) // the sweep waits for its interval
    map.set('other', 'v', 1000)
    expect([...map.keys()]).toEqual(['long', 'forever', 'other']) // 'late' swept out
    expect(map.sweep(10_000)).toBe(1)
    expect([...map.keys()]).toEqual(['forever', 'other'])
  })

  it('with idleMs, keeps an entry alive while it is used and drops it after that long unused', () => {
    const map = new BoundedMap<string, number>({ maxSize: 10, idleMs: 1000 })
    map.set('k', 1, 0)
    expect(map.get('k', 900)).toBe(1)
    expect(map.get('k', 1800)).toBe(1) // 900 ms after the last use
    expect(map.peek('k', 2799)).toBe(1)
    expect(map.peek('k', 2800)).toBeUndefined()
  })

  it('stays cheap when evicting on every insert (a linked list, not a Map scan)', () => {
    const map = new BoundedMap<string, number>({ maxSize: 1000 })
    for (let i = 0; i < 200_000; i++) map.set(`k${i}`, i, 0)
    expect(map.size).toBe(1000)
    expect(map.evicted).toBe(199_000)
    expect(map.peek('k199999', 0)).toBe(199_999)
    expect(map.peek('k198999', 0)).toBeUndefined()
  })

  it('refuses a cap that is not a whole number >= 1', () => {
    expect(() => new BoundedMap({ maxSize: 0 })).toThrow(/maxSize/)
  })
})

describe('boundKey', () => {
  it('keeps short keys, cuts long ones to the limit with a hash of the whole, and keeps distinct keys distinct', () => {
    expect(boundKey('login:12345_demo', 200)).toBe('login:12345_demo')
    const a = boundKey(`login:${'x'.repeat(10_000)}a`, 200)
    const b = boundKey(`login:${'x'.repeat(10_000)}b`, 200)
    expect(a.length).toBeLessThanOrEqual(200)
    expect(a).not.toBe(b)
    expect(a).toBe(boundKey(`login:${'x'.repeat(10_000)}a`, 200))
    expect(boundKey(`${'x'.repeat(185)}😀${'y'.repeat(100)}`, 200)).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/) // no half character
  })
})

describe('TokenService bounds', () => {
  it('expires refresh tokens after refreshTokenTtlSeconds', () => {
    const clock = manualClock(0)
    const tokens = new TokenService<string>({ clock, accessTokenTtlSeconds: 60, refreshTokenTtlSeconds: 3600 })
    const old = tokens.issue('alice', 'app')
    const young = tokens.issue('alice', 'app')
    clock.advance(3_599_000)
    expect(tokens.refresh(young.refresh_token ?? '', 'app')).toBeDefined()
    clock.advance(1000)
    expect(tokens.refresh(old.refresh_token ?? '', 'app')).toBeUndefined()
  })

  it('keeps at most maxAccessTokens / maxRefreshTokens / maxCodes, a token in use surviving the flood', () => {
    const clock = manualClock(0)
    const tokens = new TokenService<string>({
      clock,
      accessTokenTtlSeconds: 3600,
      maxAccessTokens: 100,
      maxRefreshTokens: 50,
      maxCodes: 10,
    })
    const kept = tokens.issue('alice', 'app')
    for (let i = 0; i < 1000; i++) {
      tokens.issue(`user${i}`, 'app')
      tokens.createCode(`user${i}`, 'app', undefined)
      if (i % 10 === 0) expect(tokens.verify(kept.access_token)).toBeDefined() // in use: never the least recent
    }
    expect(tokens.verify(kept.access_token)).toEqual({ subject: 'alice', clientId: 'app' })
    expect(tokens.refresh(kept.refresh_token ?? '', 'app')).toBeUndefined() // its refresh token was not used: evicted
    expect(tokens.sizes()).toEqual({ accessTokens: 100, refreshTokens: 50, codes: 10 })
  })

  it('refuses a lifetime that is not positive', () => {
    expect(
      () => new TokenService({ clock: manualClock(0), accessTokenTtlSeconds: 60, refreshTokenTtlSeconds: 0 }),
    ).toThrow(/refreshTokenTtlSeconds/)
  })
})

describe('fixedWindow bounds', () => {
  it('counts at most maxKeys keys, and forgets past windows', () => {
    const policy = fixedWindow({ limit: 1, windowMs: 60_000, maxKeys: 100 })
    expect(policy.check('busy', 0).allowed).toBe(true)
    for (let i = 0; i < 1000; i++) {
      policy.check(`k${i}`, 1)
      if (i % 50 === 0) expect(policy.check('busy', 1).allowed).toBe(false) // still counted: recently seen
    }
    expect(policy.check('k0', 1).allowed).toBe(true) // its count was dropped at the cap
    expect(policy.size()).toBe(100)
    policy.check('next-window', 60_000)
    expect(policy.size()).toBe(1)
    // Very long keys are counted by a bounded one, still told apart.
    const long = 'x'.repeat(100_000)
    expect(policy.check(`${long}a`, 60_000).allowed).toBe(true)
    expect(policy.check(`${long}a`, 60_000).allowed).toBe(false)
    expect(policy.check(`${long}b`, 60_000).allowed).toBe(true)
  })
})
