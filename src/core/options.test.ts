import { describe, expect, it } from 'vitest'
import { ConfigError } from './errors.ts'
import { defineOptions } from './options.ts'

const acme = defineOptions('acme', {
  username: { type: 'string', default: 'demo', description: 'login' },
  rateLimit: { type: 'integer', default: 100, min: 0, description: 'requests per minute' },
  chaos: { type: 'number', default: 0, serveDefault: 0.05, min: 0, max: 1, description: 'random 429s' },
  verbose: { type: 'boolean', default: false, description: 'talk more' },
  region: { type: 'string', default: 'eu', values: ['eu', 'us'], description: 'data region' },
})

describe('defineOptions', () => {
  it('gives the defaults, and the serve defaults with each serveDefault applied', () => {
    expect(acme.defaults).toEqual({ username: 'demo', rateLimit: 100, chaos: 0, verbose: false, region: 'eu' })
    expect(acme.serveDefaults.chaos).toBe(0.05)
    expect(acme.serveDefaults.rateLimit).toBe(100)
  })

  it('parses typed values and text (flags, variables) over the defaults, skipping undefined', () => {
    const parsed = acme.parse({ rateLimit: '5', chaos: 0.5, verbose: 'true', region: 'us', username: undefined })
    expect(parsed).toEqual({ username: 'demo', rateLimit: 5, chaos: 0.5, verbose: true, region: 'us' })
    expect(Object.isFrozen(parsed)).toBe(true)
    expect(acme.parse({ verbose: '0' }).verbose).toBe(false)
  })

  it('parses over another base when given (serve: over the serve defaults)', () => {
    expect(acme.parse({ rateLimit: 1 }, undefined, acme.serveDefaults)).toMatchObject({ rateLimit: 1, chaos: 0.05 })
  })

  it.each([
    [{ rateLimit: -1 }, 'acme option "rateLimit" must be a whole number of at least 0, got -1'],
    [{ rateLimit: '1.5' }, 'acme option "rateLimit" must be a whole number of at least 0, got "1.5"'],
    [{ rateLimit: 'lots' }, 'acme option "rateLimit" must be a whole number of at least 0, got "lots"'],
    [{ rateLimit: '' }, 'acme option "rateLimit" must be a whole number of at least 0, got ""'],
    [{ chaos: 2 }, 'acme option "chaos" must be a number from 0 to 1, got 2'],
    [{ verbose: 'yes' }, 'acme option "verbose" must be true or false, got "yes"'],
    [{ region: 'mars' }, 'acme option "region" must be one of eu, us, got "mars"'],
    [{ username: 7 }, 'acme option "username" must be text, got 7'],
    [{ rateLimt: 5 }, 'acme: unknown option "rateLimt"; the options are username, rateLimit, chaos, verbose, region'],
  ])('refuses %j with a ConfigError that says what the option takes', (raw, message) => {
    expect(() => acme.parse(raw)).toThrow(new ConfigError(message))
  })

  it('names the option as the caller wrote it (a flag, a variable)', () => {
    expect(() => acme.parse({ rateLimit: 'x' }, (key) => `--acme-${key}`)).toThrow(
      '--acme-rateLimit must be a whole number of at least 0, got "x"',
    )
  })

  it('refuses a declaration whose default does not fit it', () => {
    expect(() => defineOptions('bad', { n: { type: 'integer', default: 1.5, description: 'n' } })).toThrow(
      new ConfigError('bad: the default of option "n" must be a whole number, got 1.5'),
    )
    expect(() =>
      defineOptions('bad', { p: { type: 'number', default: 0, serveDefault: 3, max: 1, description: 'p' } }),
    ).toThrow('bad: the serveDefault of option "p" must be a number of at most 1, got 3')
  })

  it('says so when a plug-in takes no options', () => {
    expect(() => defineOptions('bare', {}).parse({ x: 1 })).toThrow('bare: unknown option "x"; it takes no options')
  })
})
