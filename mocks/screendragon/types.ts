/** Wire types of the Screendragon Resources API, from the generated spec types (specs/screendragon/openapi.gen.ts). */
import type { components } from '../../specs/screendragon/openapi.gen.ts'

type S = components['schemas']
export type ResourceSummary = S['ResourceSummary']
export type ViewUser = S['ViewUser']
export type BookingBody = S['Booking']
export type BookingCTO = S['BookingCTO']
export type DailyResourcingRow = S['DailyResourcingRow']
export type Token = S['Token']
