/** `npm start` for ScheduleIt: the banner with the demo login and first requests, --chaos, vendor option flags. */
import { describe, expect, it } from 'vitest'
import { UsageError } from '../../src/cli/args.ts'
import { serve } from '../../src/cli/serve.ts'
import { catalog as registry } from '../../mocks/catalog.ts'

const auth = (user: string, password: string) => ({ authorization: `Basic ${btoa(`${user}:${password}`)}` })

describe('npm start with ScheduleIt', () => {
  it('prints the demo login, the random 429 rate, where the conduct findings are, and curls to try', async () => {
    const lines: string[] = []
    const started = await serve(registry, ['--port', '0', '--quiet', '--api', 'scheduleit'], {}, (l) => lines.push(l))
    try {
      const text = lines.join('\n')
      expect(text).toContain(`ScheduleIt REST API — 18 operations at ${started?.url}`)
      expect(text).toContain('Login: 12345_demo / secret   (account number 12345, login name demo; HTTP Basic)')
      expect(text).toContain('Random 429 "Wait 1 Minute": 2% of requests (--chaos 0 turns it off)')
      expect(text).toContain(`${started?.url}/__mock/scheduleit/conduct`)
      expect(text).toContain(`Try: curl -u 12345_demo:secret ${started?.url}/api/events`)
      const response = await fetch(`${started?.url}/api/events`, { headers: auth('12345_demo', 'secret') })
      expect([200, 429]).toContain(response.status)
    } finally {
      await started?.close()
    }
  })

  it('turns random 429s off with --chaos 0 and takes the login from flags and the environment', async () => {
    const lines: string[] = []
    const started = await serve(
      registry,
      ['--port', '0', '--quiet', '--chaos', '0', '--scheduleit-password', 'hunter2'],
      { SCHEDULEIT_ACCOUNT_NUMBER: '777', SCHEDULEIT_LOGIN_NAME: 'jsmith' },
      (l) => lines.push(l),
    )
    try {
      expect(lines.join('\n')).toContain('Login: 777_jsmith / hunter2')
      expect(lines.join('\n')).toContain('Random 429 "Wait 1 Minute": off')
      for (let i = 0; i < 60; i++)
        expect(
          (await fetch(`${started?.url}/scheduleit/api/groups?fields=id`, { headers: auth('777_jsmith', 'hunter2') }))
            .status,
        ).toBe(200)
      expect(
        (await fetch(`${started?.url}/scheduleit/api/groups`, { headers: auth('12345_demo', 'secret') })).status,
      ).toBe(403)
    } finally {
      await started?.close()
    }
  })

  it('sets the probability with --scheduleit-chaos or --chaos, and refuses one outside 0-1', async () => {
    const lines: string[] = []
    const started = await serve(
      registry,
      ['--port', '0', '--quiet', '--api', 'scheduleit', '--scheduleit-chaos', '0.5', '--rate-limit', '30'],
      {},
      (l) => lines.push(l),
    )
    try {
      expect(lines.join('\n')).toContain(
        'Random 429 "Wait 1 Minute": 50% of requests (--chaos 0 turns it off)   quota: 30 requests per minute',
      )
    } finally {
      await started?.close()
    }
    await expect(serve(registry, ['--port', '0', '--chaos', '2'], {}, () => {})).rejects.toThrow(UsageError)
    await expect(serve(registry, ['--port', '0', '--chaos', '2'], {}, () => {})).rejects.toThrow(
      '--chaos must be a number from 0 to 1, got "2"',
    )
  })
})
