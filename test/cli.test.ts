import { describe, expect, it } from 'vitest'
import { UsageError } from '../src/cli/args.ts'
import { serve } from '../src/cli/serve.ts'
import { catalog as registry } from '../mocks/catalog.ts'

describe('npm start (serve)', () => {
  it('prints the URL, demo credentials and a first request, and serves under /<api id>', async () => {
    const lines: string[] = []
    const started = await serve(registry, ['--port', '0', '--quiet', '--rate-limit', '7'], {}, (l) => lines.push(l))
    try {
      const text = lines.join('\n')
      expect(text).toMatch(/Mock APIs listening on http:\/\/localhost:\d+ \(seed 1\)/)
      expect(text).toContain('login: user@example.com / secret   OAuth client: the_client_id / the_client_secret')
      expect(text).toContain('Rate limit: 7 requests per minute per application')
      const response = await fetch(`${started?.url}/resource-guru/v1/example-corp/resources`, {
        headers: { authorization: `Basic ${btoa('user@example.com:secret')}` },
      })
      expect(response.status).toBe(200)
      expect(response.headers.get('x-ratelimit-limit')).toBe('7')
    } finally {
      await started?.close()
    }
  })

  it('takes vendor options from flags and the environment', async () => {
    const lines: string[] = []
    const started = await serve(
      registry,
      ['--port', '0', '--quiet', '--api', 'resource-guru', '--resource-guru-password', 'hunter2'],
      { RESOURCE_GURU_USERNAME: 'me@corp.test' },
      (l) => lines.push(l),
    )
    try {
      expect(lines.join('\n')).toContain('login: me@corp.test / hunter2')
      const ok = await fetch(`${started?.url}/v1/example-corp/resources`, {
        headers: { authorization: `Basic ${btoa('me@corp.test:hunter2')}` },
      })
      expect(ok.status).toBe(200)
    } finally {
      await started?.close()
    }
  })

  it.each([
    [['--port', 'abc'], /--port must be a whole number from 0 to 65535, got "abc"/],
    [['--api', 'nope'], /Unknown API "nope": choose one of resource-guru/],
    [['--frobnicate', '1'], /Unknown option --frobnicate/],
    [['--seed'], /--seed needs a value/],
    [['stray'], /Unexpected argument "stray"/],
  ])('rejects %j with a clear usage error', async (argv, message) => {
    await expect(serve(registry, argv, {}, () => {})).rejects.toThrow(UsageError)
    await expect(serve(registry, argv, {}, () => {})).rejects.toThrow(message)
  })
})
