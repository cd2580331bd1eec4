/** The ProWorkflow query language on its own (mocks/proworkflow/query.ts): pure functions with the clock passed in. */
import { describe, expect, it } from 'vitest'
import type { MockError } from '../../src/core/errors.ts'
import {
  compare,
  comparePercent,
  MAX_RECORDS,
  matchesContacts,
  matchesFieldPairs,
  matchesIdList,
  matchesText,
  PAGING_MESSAGE,
  pageOf,
  parseComparison,
  parseFieldPairs,
  parseIdList,
  parsePercentComparison,
  resolveDate,
  resolveDateTime,
  selectFields,
  sortRecords,
} from '../../mocks/proworkflow/query.ts'

const NOW = Date.UTC(2025, 0, 31, 12, 0) // Friday 31 January 2025, 12:00

describe('ProWorkflow query language', () => {
  it.each([
    ['2014-01-18', '2014-01-18'],
    ['+0d', '2025-01-31'],
    ['-6d', '2025-01-25'],
    ['+1d', '2025-02-01'],
    ['-3w', '2025-01-10'],
    ['+1m', '2025-02-28'], // calendar months, the day clamped to the month's end
    ['-1m', '2024-12-31'],
    ['+2y', '2027-01-31'],
  ])('resolves the date %s to %s (002: +/-Xd/w/m/y from today)', (value, want) => {
    expect(resolveDate(value, NOW)).toBe(want)
  })

  it.each([
    ['15n', '2025-01-31T11:45:00'], // n = minutes (C live)
    ['12h', '2025-01-31T00:00:00'],
    ['2d', '2025-01-29T12:00:00'],
    ['1w', '2025-01-24T12:00:00'],
    ['1m', '2024-12-31T12:00:00'],
    ['2014-01-18T13:20', '2014-01-18T13:20:00'],
    ['2014-01-18T13:20:05', '2014-01-18T13:20:05'],
    ['2014-01-18', '2014-01-18T00:00:00'],
  ])('resolves the date-time %s to %s ("X ago", or a specific one)', (value, want) => {
    expect(resolveDateTime(value, NOW)).toBe(want)
  })

  it('reads a plain date as the last second of that day for an upper bound', () => {
    expect(resolveDateTime('2014-01-18', NOW, 'to')).toBe('2014-01-18T23:59:59')
  })

  it('refuses a date it cannot read with a 400 that shows the forms', () => {
    expect(() => resolveDate('yesterday', NOW)).toThrow(/use yyyy-mm-dd or a relative date/)
    expect(() => resolveDateTime('3x', NOW)).toThrow(/minutes\/hours\/days\/weeks\/months ago/)
    try {
      resolveDate('soon', NOW)
    } catch (error) {
      expect((error as MockError).status).toBe(400)
    }
  })

  it('matches ID lists on ANY id, and a leading ! negates the whole list', () => {
    const list = parseIdList('1,3')
    expect([1, 2, 3, 4].filter((id) => matchesIdList(list, id))).toEqual([1, 3])
    expect(matchesIdList(list, [2, 3])).toBe(true)
    const not = parseIdList('!1,3')
    expect([1, 2, 3, 4].filter((id) => matchesIdList(not, id))).toEqual([2, 4])
    expect(matchesIdList(parseIdList('5'), null)).toBe(false)
    expect(() => parseIdList('1,,2')).toThrow(/not a list of IDs/)
  })

  it('matches contact selectors: ids with any/all, !ids, me, all, unassigned', () => {
    expect(matchesContacts('2,9', [1, 2], 1)).toBe(true)
    expect(matchesContacts('2,9', [1, 2], 1, 'all')).toBe(false)
    expect(matchesContacts('1,2', [1, 2, 3], 1, 'all')).toBe(true)
    expect(matchesContacts('!2,9', [1, 2], 1)).toBe(false) // NOT assigned to ANY of them
    expect(matchesContacts('!2,9', [1, 2], 1, 'all')).toBe(true) // NOT assigned to ALL of them
    expect(matchesContacts('me', [7], 7)).toBe(true)
    expect(matchesContacts('me', [8], 7)).toBe(false)
    expect(matchesContacts('all', [], 7)).toBe(true)
    expect(matchesContacts('unassigned', [], 7)).toBe(true)
    expect(matchesContacts('unassigned', [3], 7)).toBe(false)
  })

  it('searches text in ANY of the named fields, and !text in NONE of them, ignoring case', () => {
    expect(matchesText('web', ['Website', 'ABC'])).toBe(true)
    expect(matchesText('abc', ['Website', 'ABC'])).toBe(true)
    expect(matchesText('layout', ['Website', 'ABC'])).toBe(false)
    expect(matchesText('!layout', ['Website', 'ABC'])).toBe(true)
    expect(matchesText('!abc', ['Website', 'ABC'])).toBe(false)
    expect(matchesText('x', [null, undefined])).toBe(false)
  })

  it('compares with N, gteN and lteN', () => {
    expect([100, 300, 500].filter((n) => compare(parseComparison('300'), n))).toEqual([300])
    expect([100, 300, 500].filter((n) => compare(parseComparison('gte300'), n))).toEqual([300, 500])
    expect([100, 300, 500].filter((n) => compare(parseComparison('lte300.00'), n))).toEqual([100, 300])
    expect(() => parseComparison('>300')).toThrow(/use N, gteN or lteN/)
  })

  it('compares percentages and over/under against a reference, ignoring a zero reference', () => {
    // total tracked 90 of 100 allocated
    expect(comparePercent(parsePercentComparison('gte80%'), 0, 90, 100)).toBe(true)
    expect(comparePercent(parsePercentComparison('gte95%'), 0, 90, 100)).toBe(false)
    expect(comparePercent(parsePercentComparison('lte90%'), 0, 90, 100)).toBe(true)
    expect(comparePercent(parsePercentComparison('over'), 0, 90, 100)).toBe(false)
    expect(comparePercent(parsePercentComparison('under'), 0, 90, 100)).toBe(true)
    expect(comparePercent(parsePercentComparison('over'), 0, 120, 100)).toBe(true)
    expect(comparePercent(parsePercentComparison('under'), 0, 10, 0)).toBe(false)
    expect(comparePercent(parsePercentComparison('gte30'), 40, 0, 0)).toBe(true)
  })

  it('matches API-field pairs with any (default) or all', () => {
    const values = [
      { id: 2, value: 'Europe' },
      { id: 3, value: 'Industrial' },
    ]
    const pairs = parseFieldPairs('2,Europe||3,Commercial')
    expect(pairs).toEqual([
      { id: 2, text: 'Europe' },
      { id: 3, text: 'Commercial' },
    ])
    expect(matchesFieldPairs(pairs, 'any', values)).toBe(true)
    expect(matchesFieldPairs(pairs, 'all', values)).toBe(false)
    expect(matchesFieldPairs(parseFieldPairs('2,eur||3,indus'), 'all', values)).toBe(true) // "contains", any case
    expect(matchesFieldPairs(parseFieldPairs('3,Industrial||3,Commercial'), 'any', values)).toBe(true) // same id twice with any
    expect(() => parseFieldPairs('Europe')).toThrow(/fieldid,string/)
  })

  it('selects fields: id always, composite members expanded, apifieldX as its own key, none for nothing', () => {
    const record = {
      id: 5,
      firstname: 'Adam',
      lastname: 'West',
      type: 'client',
      email: 'a@b.c',
      apifields: [{ id: 2, name: 'Region', value: 'Europe' }],
    }
    const keys = { name: ['firstname', 'lastname'] }
    expect(selectFields(record, ['name'], keys)).toEqual({ id: 5, firstname: 'Adam', lastname: 'West' })
    expect(selectFields(record, ['type', 'email'], keys)).toEqual({ id: 5, type: 'client', email: 'a@b.c' })
    expect(selectFields(record, ['apifield2', 'apifield9'], keys)).toEqual({
      id: 5,
      apifield2: 'Europe',
      apifield9: '',
    })
    expect(selectFields(record, ['apifields'], keys)).toEqual({ id: 5, apifields: record.apifields })
    expect(selectFields(record, ['none'], keys)).toEqual({ id: 5 })
  })

  it('sorts text ignoring case, numbers numerically, empty values last, ties by id', () => {
    const records = [
      { id: 1, name: 'beta', n: 10 },
      { id: 2, name: 'Alpha', n: 9 },
      { id: 3, name: '', n: 100 },
      { id: 4, name: 'alpha', n: 9 },
    ]
    expect(sortRecords(records, (r) => r.name).map((r) => r.id)).toEqual([2, 4, 1, 3])
    expect(sortRecords(records, (r) => r.name, 'desc').map((r) => r.id)).toEqual([1, 2, 4, 3])
    expect(sortRecords(records, (r) => r.n).map((r) => r.id)).toEqual([2, 4, 1, 3])
  })

  it('pages with pagenumber AND pagesize, refuses one alone, and caps an unpaged list at 5,000', () => {
    const items = Array.from({ length: 25 }, (_, i) => i + 1)
    expect(pageOf(items, 2, 10)).toEqual([11, 12, 13, 14, 15, 16, 17, 18, 19, 20])
    expect(pageOf(items, 3, 10)).toEqual([21, 22, 23, 24, 25])
    expect(pageOf(items, 4, 10)).toEqual([])
    expect(pageOf(items, undefined, undefined)).toEqual(items)
    expect(() => pageOf(items, 2, undefined)).toThrow(PAGING_MESSAGE)
    expect(() => pageOf(items, undefined, 10)).toThrow(PAGING_MESSAGE)
    expect(
      pageOf(
        Array.from({ length: MAX_RECORDS + 7 }, (_, i) => i),
        undefined,
        undefined,
      ),
    ).toHaveLength(5000)
  })
})
