import { describe, expect, it } from 'vitest'
import { redactQuery, redactRequestLine } from './redact.ts'

describe('redactQuery', () => {
  it.each([
    ['apikey=11111-22222&fields=name', 'apikey=[redacted]&fields=name'],
    [
      'access_token=abc&refresh_token=def&client_secret=s&password=p&code=c',
      'access_token=[redacted]&refresh_token=[redacted]&client_secret=[redacted]&password=[redacted]&code=[redacted]',
    ],
    ['api%5Fkey=x&API_KEY=y', 'api%5Fkey=[redacted]&API_KEY=[redacted]'],
    ['search_title=monkey&postcode=AB1&author=me&fields=', 'search_title=monkey&postcode=AB1&author=me&fields='],
    ['', ''],
    ['apikey', 'apikey'],
  ])('%s → %s', (raw, redacted) => {
    expect(redactQuery(raw)).toBe(redacted)
  })

  it('redacts the query of a request line only', () => {
    expect(redactRequestLine('GET /contacts?apikey=k&fields=name')).toBe('GET /contacts?apikey=[redacted]&fields=name')
    expect(redactRequestLine('GET /token/apikey=k')).toBe('GET /token/apikey=k')
  })
})
