import { describe, expect, it } from 'vitest'
import { fromKeys, pick } from './fields.ts'

describe('fromKeys', () => {
  it('sets each key, in the order of the list', () => {
    const blank = fromKeys(['b', 'a', 'c'] as const, () => '')
    expect(blank).toEqual({ b: '', a: '', c: '' })
    expect(Object.keys(blank)).toEqual(['b', 'a', 'c'])
  })

  it('gives each key its own value', () => {
    expect(fromKeys(['x', 'yy'] as const, (key) => key.length)).toEqual({ x: 1, yy: 2 })
  })
})

describe('pick', () => {
  it('copies the keys asked for, in that order, and leaves the record as it is', () => {
    const record = { id: 1, name: 'n', secret: 's', city: 'c' }
    const picked = pick(record, ['city', 'id'])
    expect(Object.entries(picked)).toEqual([
      ['city', 'c'],
      ['id', 1],
    ])
    expect(record).toEqual({ id: 1, name: 'n', secret: 's', city: 'c' })
  })

  it('keeps an absent optional key as undefined, which JSON leaves out', () => {
    const record: { id: number; image?: string } = { id: 1 }
    const picked = pick(record, ['id', 'image'])
    expect('image' in picked).toBe(true)
    expect(JSON.stringify(picked)).toBe('{"id":1}')
  })
})
