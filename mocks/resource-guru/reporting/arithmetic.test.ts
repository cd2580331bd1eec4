/**
 * The reports' arithmetic on inputs small enough to work out by hand. Dates: 2031-03-03 is a Monday, so the week
 * 03-03 .. 03-09 runs Monday to Sunday. "Office hours" are Monday to Friday 09:00-17:00 (540-1020, 480 minutes).
 */
import { describe, expect, it } from 'vitest'
import {
  approvalOf,
  type BookedDays,
  type BookingFlags,
  capacity,
  type DowntimeWindow,
  firstValidWindow,
  groupBy,
  lengthOf,
  merge,
  overlap,
  type Range,
  ratio,
  round2,
  type Slice,
  slicesIn,
  takesTime,
  tally,
  touched,
  unbooked,
  type WeeklyPeriod,
  weeklyHours,
} from './arithmetic.ts'

const WEEK: Range = { start: '2031-03-03', end: '2031-03-09' }
const OFFICE: WeeklyPeriod[] = [1, 2, 3, 4, 5].map((week_day) => ({ week_day, start_time: 540, end_time: 1020 }))

describe('intervals', () => {
  it('merge sorts, joins overlapping and touching intervals, and drops empty or inverted ones', () => {
    expect(
      merge([
        [900, 960],
        [600, 720],
        [0, 0],
        [700, 800],
        [800, 850],
        [100, 50],
      ]),
    ).toEqual([
      [600, 850],
      [900, 960],
    ])
    expect(merge([])).toEqual([])
  })

  it('overlap sums the minutes each pair shares; a list overlapping itself counts minutes twice until merged', () => {
    expect(
      overlap(
        [[540, 1020]],
        [
          [600, 660],
          [780, 1440],
        ],
      ),
    ).toBe(60 + 240)
    expect(overlap([[0, 60]], [[60, 120]])).toBe(0)
    const self: [number, number][] = [
      [0, 100],
      [50, 150],
    ]
    expect(overlap(self, [[0, 200]])).toBe(200)
    expect(overlap(merge(self), [[0, 200]])).toBe(150)
  })

  it('lengthOf adds the lengths', () => {
    expect(
      lengthOf([
        [540, 720],
        [780, 1020],
      ]),
    ).toBe(180 + 240)
    expect(lengthOf([])).toBe(0)
  })
})

describe('weekly hours and validity windows', () => {
  it('weeklyHours takes the periods of the date’s weekday (0 = Sunday) valid on it, merged', () => {
    expect(weeklyHours(OFFICE, '2031-03-03')).toEqual([[540, 1020]])
    expect(weeklyHours(OFFICE, '2031-03-09')).toEqual([])
    const changing: WeeklyPeriod[] = [
      { week_day: 4, start_time: 540, end_time: 1020, valid_until: '2031-03-05' },
      { week_day: 4, start_time: 480, end_time: 720, valid_from: '2031-03-06', valid_until: null },
      { week_day: 4, start_time: 700, end_time: 900, valid_from: '2031-03-06' },
      { week_day: 0, start_time: 600, end_time: 660 },
    ]
    expect(weeklyHours(changing, '2031-02-27')).toEqual([[540, 1020]])
    expect(weeklyHours(changing, '2031-03-06')).toEqual([[480, 900]])
    expect(weeklyHours(changing, '2031-03-09')).toEqual([[600, 660]])
  })

  it('firstValidWindow clips the earliest-starting window to the range, the longest of a tie', () => {
    const period = (valid_from?: string, valid_until?: string | null): WeeklyPeriod => ({
      week_day: 1,
      start_time: 540,
      end_time: 1020,
      ...(valid_from === undefined ? {} : { valid_from }),
      ...(valid_until === undefined ? {} : { valid_until }),
    })
    expect(firstValidWindow([period()], WEEK)).toEqual(['2031-03-03', '2031-03-09'])
    expect(firstValidWindow([period('2031-03-06', null), period('2031-02-01', '2031-03-05')], WEEK)).toEqual([
      '2031-03-03',
      '2031-03-05',
    ])
    expect(firstValidWindow([period('2031-02-01', '2031-03-04'), period('2031-01-01', '2031-03-07')], WEEK)).toEqual([
      '2031-03-03',
      '2031-03-07',
    ])
    expect(firstValidWindow([period('2031-03-05', '2031-03-06')], WEEK)).toEqual(['2031-03-05', '2031-03-06'])
    expect(firstValidWindow([period(undefined, '2031-02-28')], WEEK)).toBeUndefined()
    expect(firstValidWindow([], WEEK)).toBeUndefined()
  })
})

describe('capacity', () => {
  const downtime = (d: Partial<DowntimeWindow> & Pick<DowntimeWindow, 'from' | 'to'>): DowntimeWindow => ({
    start_time: 0,
    end_time: 1440,
    downtime_type_id: 1,
    ...d,
  })

  it('office hours alone: 5 × 480 working minutes, all available', () => {
    expect(capacity({ range: WEEK, weekly: OFFICE })).toEqual({
      working: 2400,
      downtime: 0,
      overtime: 0,
      available: 2400,
      byType: new Map(),
    })
  })

  /**
   *          hours                     working  downtime by type                                   overtime
   *   Mon    custom 600-720                120  1: 600-660 → 60 (half the day)
   *   Tue    office                        480  2: whole day → 480; 4: 540-600 → 60 (counted once)
   *   Wed    office                        480  3: 780-1440 → 240 (half the day)
   *   Thu    office                        480                                                           60
   *   Fri    office                        480  none: whole day → 480
   *   Sat    custom 540-600 ∪ 570-660      120  none: whole day → 120
   *   Sun    none                            0  none: no working time to take
   *   total                               2160  1380                                                       60
   * available = 2160 - 1380 + 60 = 840; 03-10's downtime and 03-20's overtime are outside the range.
   */
  it('custom availability replaces the weekly hours; downtime counts inside working hours; overtime adds', () => {
    const cap = capacity({
      range: WEEK,
      weekly: OFFICE,
      custom: new Map([
        ['2031-03-03', [[600, 720]]],
        [
          '2031-03-08',
          [
            [540, 600],
            [570, 660],
          ],
        ],
      ]),
      overtime: new Map([
        ['2031-03-06', 60],
        ['2031-03-20', 90],
      ]),
      downtimes: [
        downtime({ from: '2031-03-04', to: '2031-03-04', downtime_type_id: 2 }),
        downtime({ from: '2031-03-04', to: '2031-03-04', downtime_type_id: 4, start_time: 540, end_time: 600 }),
        downtime({ from: '2031-03-05', to: '2031-03-05', downtime_type_id: 3, start_time: 780 }),
        downtime({ from: '2031-03-03', to: '2031-03-03', downtime_type_id: 1, start_time: 600, end_time: 660 }),
        downtime({ from: '2031-03-07', to: '2031-03-09', downtime_type_id: null }),
        downtime({ from: '2031-03-10', to: '2031-03-12', downtime_type_id: 1 }),
      ],
    })
    expect(cap).toEqual({
      working: 2160,
      downtime: 1380,
      overtime: 60,
      available: 840,
      byType: new Map([
        [1, { minutes: 60, days: 0.5 }],
        [2, { minutes: 480, days: 1 }],
        [4, { minutes: 60, days: 0.125 }],
        [3, { minutes: 240, days: 0.5 }],
        [null, { minutes: 600, days: 2 }],
      ]),
    })
  })

  it('an empty custom day is a day off; downtime on it takes nothing', () => {
    const cap = capacity({
      range: { start: '2031-03-03', end: '2031-03-04' },
      weekly: OFFICE,
      custom: new Map([['2031-03-03', [[0, 0]]]]),
      downtimes: [downtime({ from: '2031-03-03', to: '2031-03-03' })],
    })
    expect(cap).toMatchObject({ working: 480, downtime: 0, available: 480 })
    expect(cap.byType.get(1)).toEqual({ minutes: 0, days: 0 })
  })

  it('a whole day off leaves only the overtime available', () => {
    const cap = capacity({
      range: { start: '2031-03-03', end: '2031-03-03' },
      weekly: OFFICE,
      overtime: new Map([['2031-03-03', 120]]),
      downtimes: [downtime({ from: '2031-03-03', to: '2031-03-03' })],
    })
    expect(cap).toMatchObject({ working: 480, downtime: 480, overtime: 120, available: 120 })
  })
})

describe('slices', () => {
  const b1: BookedDays = {
    start_date: '2031-03-02',
    end_date: '2031-03-04',
    resource_ids: [1, 2],
    durations: [
      { date: '2031-03-02', duration: 60 },
      { date: '2031-03-03', duration: 120 },
      { date: '2031-03-04', duration: 30, waiting: true },
    ],
  }
  const b2: BookedDays = {
    start_date: '2031-03-10',
    end_date: '2031-03-10',
    resource_ids: [1],
    durations: [{ date: '2031-03-10', duration: 480 }],
  }
  const b3: BookedDays = {
    start_date: '2031-03-09',
    end_date: '2031-03-09',
    resource_ids: [99, 1],
    durations: [{ date: '2031-03-09', duration: 45 }],
  }

  it('one slice per booked day inside the range and per reportable resource', () => {
    const slices = slicesIn([b1, b2, b3], WEEK, (id) => id !== 99)
    expect(slices.map(({ booking, ...s }) => [[b1, b2, b3].indexOf(booking), s])).toEqual([
      [0, { resourceId: 1, date: '2031-03-03', minutes: 120, waiting: false }],
      [0, { resourceId: 2, date: '2031-03-03', minutes: 120, waiting: false }],
      [0, { resourceId: 1, date: '2031-03-04', minutes: 30, waiting: true }],
      [0, { resourceId: 2, date: '2031-03-04', minutes: 30, waiting: true }],
      [2, { resourceId: 1, date: '2031-03-09', minutes: 45, waiting: false }],
    ])
  })

  it('groupBy keeps first-seen key order and input order within a group', () => {
    const groups = groupBy([3, 1, 4, 1, 5, 9, 2, 6], (n) => n % 2)
    expect([...groups]).toEqual([
      [1, [3, 1, 1, 5, 9]],
      [0, [4, 2, 6]],
    ])
  })
})

describe('tally', () => {
  const slice = (minutes: number, booking: BookingFlags, waiting = false): Slice<BookingFlags> => ({
    booking,
    resourceId: 1,
    date: '2031-03-03',
    minutes,
    waiting,
  })

  it('approval state: pending and declined as given, anything else approved', () => {
    expect(approvalOf({ approval_state: { state: 'pending' } })).toBe('pending')
    expect(approvalOf({ approval_state: { state: 'declined' } })).toBe('declined')
    expect(approvalOf({ approval_state: { state: 'approved' } })).toBe('approved')
    expect(approvalOf({ approval_state: { state: 'unheard-of' } })).toBe('approved')
    expect(approvalOf({ approval_state: {} })).toBe('approved')
    expect(approvalOf({ approval_state: null })).toBe('approved')
    expect(approvalOf({})).toBe('approved')
  })

  /**
   *   minutes  billable  other                       scheduled  waiting  tentative  approvals
   *   120      yes       —                           b 120                          approved 120
   *   240      no        tentative                                       nb 240     approved 240
   *    90      yes       waiting list, pending                  b 90                —
   *    45      no        declined, tentative                                        declined 45
   *    30      yes       pending                     b 30                           pending 30
   *    15      null      no state                    nb 15                          approved 15
   */
  it('scheduled, waiting list, tentative and approvals, each split by billable', () => {
    const t = tally([
      slice(120, { billable: true }),
      slice(240, { billable: false, tentative: true }),
      slice(90, { billable: true, approval_state: { state: 'pending' } }, true),
      slice(45, { billable: false, tentative: true, approval_state: { state: 'declined' } }),
      slice(30, { billable: true, approval_state: { state: 'pending' } }),
      slice(15, { billable: null, approval_state: {} }),
    ])
    expect(t).toEqual({
      approvals: { approved: 375, pending: 30, declined: 45 },
      // Tentative time does not take up availability (001), so it is not scheduled: 120 + 30 + 15.
      scheduled: { total: 165, billable: 150, non_billable: 15 },
      waiting_list: { total: 90, billable: 90, non_billable: 0 },
      tentative: { total: 240, billable: 0, non_billable: 240 },
    })
    expect(touched(t)).toBe(true)
  })

  it('takesTime: scheduled days of bookings neither tentative nor declined; pending ones too', () => {
    expect(takesTime(slice(60, {}))).toBe(true)
    expect(takesTime(slice(60, { approval_state: { state: 'pending' } }))).toBe(true)
    expect(takesTime(slice(60, {}, true))).toBe(false)
    expect(takesTime(slice(60, { tentative: true }))).toBe(false)
    expect(takesTime(slice(60, { approval_state: { state: 'declined' } }))).toBe(false)
  })

  it('touched: any approved, pending, declined or waiting time, but not none', () => {
    expect(touched(tally([]))).toBe(false)
    expect(touched(tally([slice(0, {})]))).toBe(false)
    expect(touched(tally([slice(45, { approval_state: { state: 'declined' } })]))).toBe(true)
    expect(touched(tally([slice(90, {}, true)]))).toBe(true)
  })
})

describe('ratios', () => {
  it('ratio rounds to 4 places, may exceed 1, and is 0 with nothing to divide by', () => {
    expect(ratio(1, 3)).toBe(0.3333)
    expect(ratio(2, 3)).toBe(0.6667)
    expect(ratio(300, 1320)).toBe(0.2273)
    expect(ratio(600, 480)).toBe(1.25)
    expect(ratio(5, 0)).toBe(0)
    expect(ratio(5, -60)).toBe(0)
  })

  it('round2 rounds to 2 places, halves up', () => {
    expect(round2(0.125)).toBe(0.13)
    expect(round2(1 / 3)).toBe(0.33)
    expect(round2(2)).toBe(2)
  })

  it('unbooked is what is left of the available time, never below 0', () => {
    expect(unbooked(2400, 555)).toBe(1845)
    expect(unbooked(60, 300)).toBe(0)
  })
})
