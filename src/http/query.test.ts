import { describe, expect, it } from 'vitest'
import { parseQuery } from './query.ts'

describe('parseQuery', () => {
  it.each([
    ['', {}],
    ['a=1', { a: ['1'] }],
    ['a=1&a=2&b', { a: ['1', '2'], b: [''] }],
    ['ids[]=1&ids[]=2', { 'ids[]': ['1', '2'] }],
    ['ids%5B%5D=1', { 'ids[]': ['1'] }],
    ['q=a+b%20c', { q: ['a b c'] }],
    ['q=%E0%A4%A', { q: ['%E0%A4%A'] }],
    ['search=>2022-01-01 14:00&x=!a,b', { search: ['>2022-01-01 14:00'], x: ['!a,b'] }],
  ])('parses %j', (raw, want) => {
    expect({ ...parseQuery(raw) }).toEqual(want)
  })
})
