/**
 * While the shared store (Redis) is down the engine answers with an `unavailable` MockError; each vendor renders it as
 * a 503 in its own error shape. The engine wiring comes later, so this goes through each plug-in's `errorResponse`.
 */
import { describe, expect, it } from 'vitest'
import { MockError } from '../../src/core/errors.ts'
import type { MockResponse } from '../../src/core/types.ts'
import { proworkflow } from '../../mocks/proworkflow/index.ts'
import { resourceGuru } from '../../mocks/resource-guru/index.ts'
import { scheduleit } from '../../mocks/scheduleit/index.ts'
import { screendragon } from '../../mocks/screendragon/index.ts'

const MESSAGE = 'The shared store (redis://localhost:6379/0) is unavailable: Connection is closed. Retry in a moment.'
const error = () => new MockError('unavailable', MESSAGE, { headers: { 'retry-after': '1' } })
const bodyOf = (response: MockResponse) => JSON.parse(String(response.body)) as unknown

describe('an unavailable store', () => {
  it('is a MockError with status 503 that keeps its headers', () => {
    const e = error()
    expect(e.status).toBe(503)
    expect(e.headers).toEqual({ 'retry-after': '1' })
  })

  it.each([
    ['resource-guru', () => resourceGuru.errorResponse(error(), undefined), { errors: [MESSAGE] }],
    ['proworkflow', () => proworkflow.errorResponse(error(), undefined), { status: 'Error', details: [MESSAGE] }],
    [
      'scheduleit',
      () => scheduleit.errorResponse(error(), undefined),
      { status: 'Service Unavailable', status_code: '503', message: MESSAGE },
    ],
    ['screendragon', () => screendragon.errorResponse(error(), undefined), { error: MESSAGE }],
  ])('renders as a 503 in the vendor shape of %s', (_api, render, body) => {
    const response = render()
    expect(response.status).toBe(503)
    expect(bodyOf(response)).toEqual(body)
  })
})
