import { describe, expect, it } from 'vitest'
import { redactBodyText, redactHeaders, redactQuery, redactRequestLine } from './redact.ts'

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

describe('redactHeaders', () => {
  it('hides credentials, keeping the scheme of Authorization', () => {
    expect(
      redactHeaders({
        authorization: 'Bearer abc.def',
        'proxy-authorization': 'weird',
        apikey: '11111',
        'x-api-key': 'k',
        'x-mock-control-token': 't',
        cookie: 'sid=1',
        'content-type': 'application/json',
        accept: ['a', 'b'],
        absent: undefined,
      }),
    ).toEqual({
      authorization: 'Bearer [redacted]',
      'proxy-authorization': '[redacted]',
      apikey: '[redacted]',
      'x-api-key': '[redacted]',
      'x-mock-control-token': '[redacted]',
      cookie: '[redacted]',
      'content-type': 'application/json',
      accept: 'a, b',
    })
  })
})

describe('redactBodyText', () => {
  it('hides JSON members named like credentials, at any depth, and keeps the rest', () => {
    const text = JSON.stringify({
      username: 'u',
      password: 'p"w',
      nested: { client_secret: 's', access_token: 't', apikey: 42 },
      code: 'ABC',
    })
    const redacted = redactBodyText(text, 'application/json')
    expect(JSON.parse(redacted)).toEqual({
      username: 'u',
      password: '[redacted]',
      nested: { client_secret: '[redacted]', access_token: '[redacted]', apikey: '[redacted]' },
      code: 'ABC',
    })
  })

  it('hides an OAuth code in a grant, and a value cut short by truncation', () => {
    expect(redactBodyText('{"grant_type":"authorization_code","code":"xyz"}', 'application/json')).toBe(
      '{"grant_type":"authorization_code","code":"[redacted]"}',
    )
    expect(redactBodyText('{"name":"a","password":"hunter2-and-mo', 'application/json')).toBe(
      '{"name":"a","password":"[redacted]"',
    )
  })

  it('redacts form bodies field by field', () => {
    expect(
      redactBodyText('grant_type=password&username=u&password=p&client_secret=s', 'application/x-www-form-urlencoded'),
    ).toBe('grant_type=password&username=u&password=[redacted]&client_secret=[redacted]')
  })
})
