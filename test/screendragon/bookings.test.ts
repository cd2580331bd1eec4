/**
 * Resource bookings through the public surface, on the HTTP server and the MSW handlers: list filters, add and its
 * every documented rule (003 lines 74-93), amend (PUT and the article's POST), delete by booking, task and project
 * with the cut-off date.
 */
import { describe, expect, it } from 'vitest'
import { TARGETS, useTarget } from '../support/targets.ts'
import { add, atToday, booking, DEMO, errorOf, list, MESSAGES, send, token, UNCONFIGURED_CLIENT } from './support.ts'

describe.each(TARGETS)('Screendragon bookings (%s)', (kind) => {
  const t = useTarget(kind, 'screendragon', atToday())

  describe('list (GET /api/resource)', () => {
    it('combines the user, project and date filters, and 0 means all', async () => {
      const all = await list(t, 'user=0&project=0')
      expect(new Set(all.map((b) => b.user.userID)).size).toBeGreaterThan(5)
      const mine = await list(t, `user=${DEMO.userId}`)
      expect(mine.length).toBeGreaterThan(0)
      expect(mine.every((b) => b.user.userID === DEMO.userId)).toBe(true)
      const first = all[0]!
      const filtered = await list(
        t,
        `user=${first.user.userID}&project=${first.project}&startDate=${first.start.slice(0, 10)}&endDate=${first.end.slice(0, 10)}`,
      )
      expect(filtered.map((b) => b.bookingID)).toContain(first.bookingID)
      expect(
        filtered.every(
          (b) =>
            b.project === first.project &&
            b.start >= first.start.slice(0, 10) &&
            b.end.slice(0, 10) <= first.end.slice(0, 10),
        ),
      ).toBe(true)
    })

    it('shows only bookings starting on or after startDate and ending on or before endDate', async () => {
      const { bookingID } = await add(t) // 3-7 March 2031
      const ids = async (q: string) =>
        (await send(t, 'GET', `/api/resource?user=${DEMO.userId}&${q}`)).status === 200
          ? (await list(t, `user=${DEMO.userId}&${q}`)).map((b) => b.bookingID)
          : []
      expect(await ids('startDate=2031-03-03&endDate=2031-03-07')).toContain(bookingID)
      expect(await ids('startDate=2031-03-04')).not.toContain(bookingID)
      expect(await ids('startDate=2031-03-01&endDate=2031-03-06')).not.toContain(bookingID)
      expect(await ids('startDate=2031-03-01T00:00:00Z&endDate=2031-03-31')).toContain(bookingID)
    })

    it('answers 400 "No data." when nothing matches, never an empty array', async () => {
      expect(await errorOf(await send(t, 'GET', '/api/resource?user=999999'))).toEqual({
        status: 400,
        error: MESSAGES.noData,
      })
      expect(await errorOf(await send(t, 'GET', '/api/resource?startDate=2040-01-01'))).toEqual({
        status: 400,
        error: MESSAGES.noData,
      })
    })

    it('refuses a date that is not one with 400 saying which', async () => {
      expect(await errorOf(await send(t, 'GET', '/api/resource?startDate=2031-02-30'))).toEqual({
        status: 400,
        error: 'startDate "2031-02-30" is not a date: use YYYY-MM-DD',
      })
      expect((await send(t, 'GET', '/api/resource?endDate=soon')).status).toBe(400)
      expect((await send(t, 'GET', '/api/resource?user=abc')).status).toBe(400)
    })
  })

  describe('add (POST /api/resource/booking)', () => {
    it('creates a booking that is then listed with its user, event, UTC times and total hours', async () => {
      const created = await add(t, booking({ hoursPerDay: 6, comment: 'kick-off', timesheet: true }))
      expect(created).toEqual({ taskID: expect.any(Number), bookingID: expect.any(Number) })
      const [listed, ...others] = await list(t, `user=${DEMO.userId}&startDate=2031-03-03&endDate=2031-03-07`)
      expect(others).toEqual([])
      expect(listed).toEqual({
        project: DEMO.projectId,
        title: 'Project Alpha',
        item: DEMO.eventName,
        user: {
          userID: DEMO.userId,
          userName: 'jdoe',
          firstName: 'John',
          lastName: 'Doe',
          email: 'jdoe@example.com',
          customFields: expect.any(Array),
        },
        start: '2031-03-03T09:00:00Z',
        end: '2031-03-07T17:00:00Z',
        hrs: 30,
        bookingID: created.bookingID,
        taskID: created.taskID,
      })
    })

    it('resolves the user by userid (default), username or email, and the event by i_node (default) or name', async () => {
      const variants = [
        { user: String(DEMO.userId), resourceEvent: String(DEMO.eventId) },
        { user: 'JDOE', identifierType: 'username', resourceEvent: 'project alpha', eventIdentifierType: 'name' },
        {
          user: 'jdoe@example.com',
          identifierType: 'email',
          resourceEvent: DEMO.eventId,
          eventIdentifierType: 'i_node',
        },
        { user: DEMO.userId, identifierType: 'userid', resourceEvent: 'Build API', eventIdentifierType: 'name' },
      ]
      const mondays = ['2031-03-03', '2031-03-10', '2031-03-17', '2031-03-24']
      for (const [i, variant] of variants.entries()) {
        await add(t, booking({ ...variant, startTime: `${mondays[i]}T09:00:00Z`, endTime: `${mondays[i]}T17:00:00Z` }))
      }
      const booked = await list(t, `user=${DEMO.userId}&startDate=2031-03-01`)
      expect(booked.map((b) => b.item)).toEqual([DEMO.eventName, DEMO.eventName, DEMO.eventName, 'Build API'])
    })

    it.each([
      ['a body that is not JSON', '{"user": "456",', MESSAGES.unparseable],
      ['a property of the wrong type', booking({ hoursPerDay: 'eight' }), MESSAGES.unparseable],
      [
        'a missing required property',
        { user: '456', resourceEvent: '5001', startTime: '2031-03-03T09:00:00Z' },
        MESSAGES.unparseable,
      ],
      ['an unknown identifierType', booking({ identifierType: 'nickname' }), MESSAGES.unparseable],
      ['a start time that is not ISO 8601', booking({ startTime: 'next Monday' }), MESSAGES.unparseable],
      ['taskID greater than 0', booking({ taskID: 321 }), MESSAGES.duplicate],
      ['an unknown user id', booking({ user: '999999' }), MESSAGES.noSuchUser],
      ['a username given as a user id', booking({ user: 'jdoe' }), MESSAGES.noSuchUser],
      ['an unknown username', booking({ user: 'nobody', identifierType: 'username' }), MESSAGES.noSuchUser],
      ['an unknown email', booking({ user: 'nobody@example.com', identifierType: 'email' }), MESSAGES.noSuchUser],
      ['a user who never had a role', booking({ user: String(DEMO.noRoleUserId) }), MESSAGES.noCurrentRole],
      ['a user whose role has ended', booking({ user: String(DEMO.formerRoleUserId) }), MESSAGES.noCurrentRole],
      ['an inactive user', booking({ user: String(DEMO.inactiveUserId) }), MESSAGES.noCurrentRole],
      ['an unknown event i_node', booking({ resourceEvent: '999999' }), MESSAGES.noSuchEvent],
      [
        'an unknown event name',
        booking({ resourceEvent: 'No such thing', eventIdentifierType: 'name' }),
        MESSAGES.noSuchEvent,
      ],
      ['an end before the start', booking({ endTime: '2031-03-03T08:59:59Z' }), MESSAGES.dateRange],
      ['a start in the past', booking({ startTime: '2030-06-04T09:00:00Z' }), MESSAGES.past],
      [
        'a weekend only (no working day)',
        booking({ startTime: '2031-03-08T09:00:00Z', endTime: '2031-03-09T17:00:00Z' }),
        MESSAGES.noDataAdd,
      ],
      ['zero hours per day', booking({ hoursPerDay: 0 }), MESSAGES.noDataAdd],
    ])('refuses %s with 400 and its message', async (_name, body, message) => {
      expect(await errorOf(await send(t, 'POST', '/api/resource/booking', body))).toEqual({
        status: 400,
        error: message,
      })
      expect((await send(t, 'GET', '/api/resource?startDate=2031-01-01')).status).toBe(400) // nothing was created
    })

    it('refuses a booking of the same user and event overlapping an existing one as a duplicate', async () => {
      await add(t)
      const overlapping = booking({ startTime: '2031-03-07T09:00:00Z', endTime: '2031-03-12T17:00:00Z' })
      expect(await errorOf(await send(t, 'POST', '/api/resource/booking', overlapping))).toEqual({
        status: 400,
        error: MESSAGES.duplicate,
      })
      // Another event, another user, or the next week is not a duplicate.
      await add(t, booking({ resourceEvent: String(DEMO.secondEventId) }))
      await add(t, booking({ user: String(DEMO.janeId) }))
      await add(t, booking({ startTime: '2031-03-10T09:00:00Z', endTime: '2031-03-14T17:00:00Z' }))
    })

    it('books in the past only with retrospectiveBooking=true, and today is not the past', async () => {
      // Clear the demo project of seeded bookings around today, so none of them is a duplicate.
      expect(
        (await send(t, 'DELETE', `/api/resource/booking?id=${DEMO.projectId}&identifierType=project`)).status,
      ).toBe(200)
      const past = booking({ startTime: '2030-06-03T09:00:00Z', endTime: '2030-06-04T17:00:00Z' })
      expect(await errorOf(await send(t, 'POST', '/api/resource/booking?retrospectiveBooking=false', past))).toEqual({
        status: 400,
        error: MESSAGES.past,
      })
      await add(t, past, '?retrospectiveBooking=true')
      await add(
        t,
        booking({
          startTime: '2030-06-05T06:00:00Z',
          endTime: '2030-06-05T08:00:00Z',
          resourceEvent: String(DEMO.secondEventId),
        }),
      )
    })

    it('honours time-zone offsets: times are stored in UTC, and compared as instants', async () => {
      // 00:30 at +02:00 on Monday 3 March is 22:30 UTC on Sunday 2 March.
      const { bookingID } = await add(
        t,
        booking({ startTime: '2031-03-03T00:30:00.000000+02:00', endTime: '2031-03-03T17:00:00.000000-05:00' }),
      )
      const [listed] = (await list(t, `user=${DEMO.userId}&startDate=2031-03-01`)).filter(
        (b) => b.bookingID === bookingID,
      )
      expect(listed).toMatchObject({ start: '2031-03-02T22:30:00Z', end: '2031-03-03T22:00:00Z', hrs: 8 })
      // 10:00+02:00 is 08:00 UTC, before 09:00+00:00: a valid range although 10 > 9 on the clock face.
      await add(
        t,
        booking({
          resourceEvent: String(DEMO.secondEventId),
          startTime: '2031-03-04T10:00:00+02:00',
          endTime: '2031-03-04T09:00:00+00:00',
        }),
      )
      // 00:30+02:00 today is 22:30 UTC yesterday: the past.
      const yesterday = booking({ startTime: '2030-06-05T00:30:00+02:00', endTime: '2030-06-05T17:00:00Z' })
      expect(await errorOf(await send(t, 'POST', '/api/resource/booking', yesterday))).toEqual({
        status: 400,
        error: MESSAGES.past,
      })
    })

    it("caps hoursPerDay at the user's available hours × FTE, and defaults to that", async () => {
      // The part-time user: 7.5 available hours at FTE 0.5 → 3.75 a day; five days.
      await add(t, booking({ user: String(DEMO.partTimeUserId), hoursPerDay: 8 }))
      await add(
        t,
        booking({ user: String(DEMO.partTimeUserId), resourceEvent: String(DEMO.secondEventId), hoursPerDay: 2 }),
      )
      await add(
        t,
        booking({
          user: String(DEMO.partTimeUserId),
          startTime: '2031-03-10T09:00:00Z',
          endTime: '2031-03-14T17:00:00Z',
        }),
      )
      const hours = (await list(t, `user=${DEMO.partTimeUserId}&startDate=2031-03-01`)).map((b) => b.hrs)
      expect(hours).toEqual([19, 10, 19]) // 18.75 rounds to 19 (hrs is an integer), 2 × 5, the default 3.75 × 5
    })

    it('refuses "Invalid client configuration." to a client with no system user, whose token otherwise works', async () => {
      const bearer = await token(t, UNCONFIGURED_CLIENT.clientId, UNCONFIGURED_CLIENT.clientSecret)
      const headers = { authorization: `Bearer ${bearer}` }
      expect((await send(t, 'GET', `/api/resource?user=${DEMO.userId}`, undefined, headers)).status).toBe(200)
      expect(await errorOf(await send(t, 'POST', '/api/resource/booking', booking(), headers))).toEqual({
        status: 400,
        error: MESSAGES.clientConfiguration,
      })
      const configured = { authorization: `Bearer ${await token(t)}` }
      expect((await send(t, 'POST', '/api/resource/booking', booking(), configured)).status).toBe(200)
    })
  })

  describe('amend (PUT, and POST, /api/resource/booking/{taskId})', () => {
    it.each(['PUT', 'POST'])("%s changes the task's booking and keeps its ids", async (method) => {
      const created = await add(t)
      const response = await send(
        t,
        method,
        `/api/resource/booking/${created.taskID}`,
        booking({
          user: 'jane.doe',
          identifierType: 'username',
          resourceEvent: 'Build API',
          eventIdentifierType: 'name',
          startTime: '2031-03-10T09:00:00+01:00',
          endTime: '2031-03-11T17:00:00+01:00',
          hoursPerDay: 5,
          taskID: 99,
        }),
      )
      expect(response.status).toBe(200)
      expect(await response.json()).toEqual(created)
      expect(await send(t, 'GET', `/api/resource?user=${DEMO.userId}&startDate=2031-01-01`).then(errorOf)).toEqual({
        status: 400,
        error: MESSAGES.noData,
      })
      const [moved] = await list(t, `user=${DEMO.janeId}&startDate=2031-01-01`)
      expect(moved).toMatchObject({
        bookingID: created.bookingID,
        taskID: created.taskID,
        item: 'Build API',
        start: '2031-03-10T08:00:00Z',
        end: '2031-03-11T16:00:00Z',
        hrs: 10,
      })
    })

    it('defaults hoursPerDay to the available hours per day when it is left out', async () => {
      const created = await add(t, booking({ user: String(DEMO.partTimeUserId), hoursPerDay: 1 }))
      await send(t, 'PUT', `/api/resource/booking/${created.taskID}`, booking({ user: String(DEMO.partTimeUserId) }))
      expect((await list(t, `user=${DEMO.partTimeUserId}&startDate=2031-01-01`))[0]?.hrs).toBe(19) // 3.75 × 5
    })

    it.each([
      ['an unknown task', 'PUT', 999999, booking(), MESSAGES.invalidTask],
      ['a task id that is not a number', 'PUT', 'abc', booking(), MESSAGES.invalidTask],
      ['a body that is not JSON', 'PUT', 'task', '{', MESSAGES.unparseable],
      ['an unknown user', 'PUT', 'task', booking({ user: '999999' }), MESSAGES.noSuchUser],
      [
        'a user without a current role',
        'POST',
        'task',
        booking({ user: String(DEMO.formerRoleUserId) }),
        MESSAGES.noCurrentRole,
      ],
      ['an unknown event', 'PUT', 'task', booking({ resourceEvent: '1' }), MESSAGES.noSuchEvent],
      ['an end before the start', 'PUT', 'task', booking({ endTime: '2031-03-02T17:00:00Z' }), MESSAGES.dateRange],
      ['a start in the past', 'PUT', 'task', booking({ startTime: '2030-01-01T09:00:00Z' }), MESSAGES.past],
      [
        'no working day',
        'PUT',
        'task',
        booking({ startTime: '2031-03-08T09:00:00Z', endTime: '2031-03-08T17:00:00Z' }),
        MESSAGES.noData,
      ],
    ])('refuses %s with 400 and its message', async (_name, method, task, body, message) => {
      const created = await add(t)
      const taskId = task === 'task' ? created.taskID : task
      expect(await errorOf(await send(t, method as string, `/api/resource/booking/${taskId}`, body))).toEqual({
        status: 400,
        error: message,
      })
      expect((await list(t, `user=${DEMO.userId}&startDate=2031-01-01`))[0]).toMatchObject({
        start: '2031-03-03T09:00:00Z',
        hrs: 40,
      }) // unchanged
    })

    it('moves a booking into the past only with retrospectiveBooking=true', async () => {
      const created = await add(t)
      const past = booking({ startTime: '2030-06-03T09:00:00Z', endTime: '2030-06-03T17:00:00Z' })
      expect(
        (await send(t, 'PUT', `/api/resource/booking/${created.taskID}?retrospectiveBooking=true`, past)).status,
      ).toBe(200)
    })
  })

  describe('delete (DELETE /api/resource/booking)', () => {
    it('deletes a booking by its id (the default identifierType), then answers 404 "No such booking exists."', async () => {
      const created = await add(t)
      const response = await send(t, 'DELETE', `/api/resource/booking?id=${created.bookingID}`)
      expect(response.status).toBe(200)
      expect(await response.text()).toBe('')
      expect(await errorOf(await send(t, 'GET', `/api/resource?user=${DEMO.userId}&startDate=2031-01-01`))).toEqual({
        status: 400,
        error: MESSAGES.noData,
      })
      expect(
        await errorOf(await send(t, 'DELETE', `/api/resource/booking?id=${created.bookingID}&identifierType=booking`)),
      ).toEqual({ status: 404, error: MESSAGES.noSuchBooking })
      expect(await errorOf(await send(t, 'PUT', `/api/resource/booking/${created.taskID}`, booking()))).toEqual({
        status: 400,
        error: MESSAGES.invalidTask,
      })
    })

    it('deletes by task id, which is not the booking id', async () => {
      const a = await add(t)
      const b = await add(t, booking({ resourceEvent: String(DEMO.secondEventId) }))
      expect((await send(t, 'DELETE', `/api/resource/booking?id=${b.taskID}&identifierType=task`)).status).toBe(200)
      expect((await list(t, `user=${DEMO.userId}&startDate=2031-01-01`)).map((x) => x.bookingID)).toEqual([a.bookingID])
      expect(
        await errorOf(await send(t, 'DELETE', `/api/resource/booking?id=${b.taskID}&identifierType=task`)),
      ).toEqual({ status: 404, error: MESSAGES.noSuchBooking })
    })

    it('deletes every booking of a project', async () => {
      await add(t)
      expect((await list(t, `project=${DEMO.projectId}`)).length).toBeGreaterThan(1)
      expect(
        (await send(t, 'DELETE', `/api/resource/booking?id=${DEMO.projectId}&identifierType=project`)).status,
      ).toBe(200)
      expect(await errorOf(await send(t, 'GET', `/api/resource?project=${DEMO.projectId}`))).toEqual({
        status: 400,
        error: MESSAGES.noData,
      })
      // The project is still there but has nothing left to delete.
      expect(
        await errorOf(await send(t, 'DELETE', `/api/resource/booking?id=${DEMO.projectId}&identifierType=project`)),
      ).toEqual({ status: 400, error: MESSAGES.noData })
    })

    it("with hasCutOff=true deletes a project's bookings from cutOffDate on, and ends one running across it the day before", async () => {
      const before = (await list(t, `project=${DEMO.projectId}`)).length
      const across = await add(t) // 3-7 March
      const after = await add(t, booking({ startTime: '2031-03-10T09:00:00Z', endTime: '2031-03-14T17:00:00Z' }))
      const response = await send(
        t,
        'DELETE',
        `/api/resource/booking?id=${DEMO.projectId}&identifierType=project&hasCutOff=true&cutOffDate=2031-03-05`,
      )
      expect(response.status).toBe(200)
      const left = await list(t, `project=${DEMO.projectId}`)
      expect(left.length).toBe(before + 1)
      expect(left.find((b) => b.bookingID === after.bookingID)).toBeUndefined()
      expect(left.find((b) => b.bookingID === across.bookingID)).toMatchObject({
        start: '2031-03-03T09:00:00Z',
        end: '2031-03-04T17:00:00Z',
        hrs: 16,
      })
      // Nothing on or after a later cut-off: "No data."
      expect(
        await errorOf(
          await send(
            t,
            'DELETE',
            `/api/resource/booking?id=${DEMO.projectId}&identifierType=project&hasCutOff=true&cutOffDate=2032-01-01`,
          ),
        ),
      ).toEqual({ status: 400, error: MESSAGES.noData })
    })

    it('ignores the cut-off without hasCutOff=true or with an invalid cutOffDate', async () => {
      await add(t)
      expect(
        (
          await send(
            t,
            'DELETE',
            `/api/resource/booking?id=${DEMO.projectId}&identifierType=project&hasCutOff=true&cutOffDate=someday`,
          )
        ).status,
      ).toBe(200)
      expect((await send(t, 'GET', `/api/resource?project=${DEMO.projectId}`)).status).toBe(400)
    })

    it('answers 404 "No such booking exists." for an id that matches nothing, whatever its type', async () => {
      for (const type of ['booking', 'task', 'project']) {
        expect(
          await errorOf(await send(t, 'DELETE', `/api/resource/booking?id=999999&identifierType=${type}`)),
        ).toEqual({ status: 404, error: MESSAGES.noSuchBooking })
      }
      expect((await send(t, 'DELETE', '/api/resource/booking')).status).toBe(400) // id is required
      expect((await send(t, 'DELETE', '/api/resource/booking?id=1&identifierType=event')).status).toBe(400)
    })
  })
})
