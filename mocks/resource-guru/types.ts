/** Wire types of Resource Guru records, from the generated spec types (specs/resource-guru/openapi.gen.ts). */
import type { components } from '../../specs/resource-guru/openapi.gen.ts'

type S = components['schemas']
export type Account = S['Account']
export type User = S['User']
export type Booking = S['Booking']
export type Activity = S['Activity']
export type Client = S['Client']
export type Project = S['Project']
export type Resource = S['Resource']
export type ResourceType = S['ResourceType']
export type Downtime = S['Downtime']
export type DowntimeType = S['DowntimeType']
export type CustomField = S['CustomField']
export type CustomFieldOption = S['CustomFieldOption']
export type Webhook = S['Webhook']
export type WebhookPayload = S['WebhookPayload']
export type Calendar = S['Calendar']
export type ExternalEvent = S['ExternalEvent'] & { id: number }
export type CustomAvailablePeriod = S['CustomAvailablePeriod'] & { id: number }
/** `BookingCreate` uses `anyOf` for "resource_id or resource_ids", which the generator cannot express as a type. */
export type BookingCreate = S['BookingUpdate'] & { start_date: string; end_date: string; duration: number }
export type BookingUpdate = S['BookingUpdate']
