/**
 * The spec itself: the five documented operations (plus the token endpoint and the POST spelling of amend), each
 * with its provenance, and every example — parameters, request bodies, responses — valid against its own schema, so
 * Prism and the contract suite serve and send only conforming data.
 */
import { describe, expect, it } from 'vitest'
import { listOperations, type MediaTypeObject } from '../../src/spec/openapi.ts'
import { SpecValidator } from '../../src/spec/validator.ts'
import { screendragon } from '../../mocks/screendragon/index.ts'

const doc = screendragon.document
const operations = listOperations(doc)
const validator = new SpecValidator(doc)

function examples(media: MediaTypeObject): [string, unknown][] {
  return [
    ...(media.example !== undefined ? [['example', media.example] as [string, unknown]] : []),
    ...Object.entries(media.examples ?? {}).map(([name, ex]): [string, unknown] => [name, ex.value]),
  ]
}

describe('Screendragon spec', () => {
  it('describes the five documented operations, the token endpoint and the POST spelling of amend', () => {
    expect(
      operations.map((op) => `${op.method} ${op.path} ${op.operationId} ${String(op.object['x-provenance'])}`),
    ).toEqual([
      'POST /oauth/token createToken documented',
      'GET /api/resource listResourceBookings documented',
      'POST /api/resource/booking addResourceBooking documented',
      'DELETE /api/resource/booking deleteResourceBooking documented',
      'PUT /api/resource/booking/{taskId} amendResourceBooking documented',
      'POST /api/resource/booking/{taskId} amendResourceBookingViaPost inferred',
      'GET /api/resource/DailyResourcing getDailyResourcing documented',
    ])
    for (const op of operations) {
      expect(op.object.tags?.length, op.operationId).toBe(1)
      expect(op.object.summary, op.operationId).toBeTruthy()
      expect(Object.keys(op.responses), op.operationId).toContain('429')
    }
  })

  it('documents 401 on every secured operation and the vendor error messages as examples', () => {
    for (const op of operations.filter((o) => o.operationId !== 'createToken'))
      expect(Object.keys(op.responses), op.operationId).toContain('401')
    const add = operations.find((o) => o.operationId === 'addResourceBooking')!
    const messages = Object.values(add.responses['400']?.content?.['application/json']?.examples ?? {}).map(
      (e) => (e.value as { error: string }).error,
    )
    expect(messages).toEqual([
      'Unable to parse booking details.',
      'Cannot add duplicate booking.',
      'Invalid client configuration.',
      'No such user exists.',
      'Specified user has no current role.',
      'No such event exists.',
      'Invalid date range.',
      'Cannot create bookings in the past.',
      'No Data.',
    ])
  })

  it('has response examples that validate against their schemas', () => {
    const problems: string[] = []
    for (const op of operations) {
      for (const [status, response] of Object.entries(op.responses)) {
        for (const [type, media] of Object.entries(response.content ?? {})) {
          expect(examples(media).length, `${op.operationId} ${status} has an example`).toBeGreaterThan(0)
          for (const [name, value] of examples(media)) {
            for (const p of validator.response(op, Number(status), type, value))
              problems.push(`${op.operationId} ${status} ${name}: ${p}`)
          }
        }
      }
    }
    expect(problems).toEqual([])
  })

  it('has request body and parameter examples that validate against their schemas', () => {
    const problems: string[] = []
    for (const op of operations) {
      for (const [type, media] of Object.entries(op.requestBody?.content ?? {})) {
        for (const [name, value] of examples(media)) {
          try {
            validator.body(op, type, structuredClone(value))
          } catch (error) {
            problems.push(`${op.operationId} body ${name}: ${(error as Error).message}`)
          }
        }
      }
      const path = Object.fromEntries(
        op.parameters.filter((p) => p.in === 'path').map((p) => [p.name, String(p.example)]),
      )
      const query = Object.fromEntries(
        op.parameters
          .filter((p) => p.in === 'query' && p.example !== undefined)
          .map((p) => [p.name, [String(p.example)]]),
      )
      try {
        validator.parameters(op, path, query)
      } catch (error) {
        problems.push(`${op.operationId} parameters: ${(error as Error).message}`)
      }
    }
    expect(problems).toEqual([])
  })
})
