/**
 * Resource timezones. 001 "Timezones": names are Rails ActiveSupport time zone names, listed with a "(GMT±hh:mm)"
 * label each; 004 gives a resource's `timezone` as `{name, offset}`, the offset in minutes from UTC. The labels are
 * standard offsets, and some are out of date (inventory §5: Caracas, Moscow, …), so the offset here is the zone's real
 * one at the mock clock's time, summer time included (inferred: 004's sample, London 0 on a record updated 2013-04-30,
 * when London was at +60, may mean the vendor gives the standard offset instead). Each of 001's 144 names maps to the
 * IANA zone Rails maps it to (ActiveSupport::TimeZone::MAPPING), and the platform's time zone data (Intl) gives the
 * offset. A name not in 001's list is not a timezone (422, inferred).
 */

/** 001's names, in its order, with the IANA zone behind each; the comment is 001's label. */
const ZONES = new Map<string, string>([
  ['American Samoa', 'Pacific/Pago_Pago'], // -11:00
  ['International Date Line West', 'Etc/GMT+12'], // -11:00
  ['Midway Island', 'Pacific/Midway'], // -11:00
  ['Hawaii', 'Pacific/Honolulu'], // -10:00
  ['Alaska', 'America/Juneau'], // -09:00
  ['Pacific Time (US & Canada)', 'America/Los_Angeles'], // -08:00
  ['Tijuana', 'America/Tijuana'], // -08:00
  ['Arizona', 'America/Phoenix'], // -07:00
  ['Chihuahua', 'America/Chihuahua'], // -07:00
  ['Mazatlan', 'America/Mazatlan'], // -07:00
  ['Mountain Time (US & Canada)', 'America/Denver'], // -07:00
  ['Central America', 'America/Guatemala'], // -06:00
  ['Central Time (US & Canada)', 'America/Chicago'], // -06:00
  ['Guadalajara', 'America/Mexico_City'], // -06:00
  ['Mexico City', 'America/Mexico_City'], // -06:00
  ['Monterrey', 'America/Monterrey'], // -06:00
  ['Saskatchewan', 'America/Regina'], // -06:00
  ['Bogota', 'America/Bogota'], // -05:00
  ['Eastern Time (US & Canada)', 'America/New_York'], // -05:00
  ['Indiana (East)', 'America/Indiana/Indianapolis'], // -05:00
  ['Lima', 'America/Lima'], // -05:00
  ['Quito', 'America/Lima'], // -05:00
  ['Caracas', 'America/Caracas'], // -04:30
  ['Atlantic Time (Canada)', 'America/Halifax'], // -04:00
  ['Georgetown', 'America/Guyana'], // -04:00
  ['La Paz', 'America/La_Paz'], // -04:00
  ['Santiago', 'America/Santiago'], // -04:00
  ['Newfoundland', 'America/St_Johns'], // -03:30
  ['Brasilia', 'America/Sao_Paulo'], // -03:00
  ['Buenos Aires', 'America/Argentina/Buenos_Aires'], // -03:00
  ['Greenland', 'America/Godthab'], // -03:00
  ['Mid-Atlantic', 'Atlantic/South_Georgia'], // -02:00
  ['Azores', 'Atlantic/Azores'], // -01:00
  ['Cape Verde Is.', 'Atlantic/Cape_Verde'], // -01:00
  ['Casablanca', 'Africa/Casablanca'], // +00:00
  ['Dublin', 'Europe/Dublin'], // +00:00
  ['Edinburgh', 'Europe/London'], // +00:00
  ['Lisbon', 'Europe/Lisbon'], // +00:00
  ['London', 'Europe/London'], // +00:00
  ['Monrovia', 'Africa/Monrovia'], // +00:00
  ['UTC', 'Etc/UTC'], // +00:00
  ['Amsterdam', 'Europe/Amsterdam'], // +01:00
  ['Belgrade', 'Europe/Belgrade'], // +01:00
  ['Berlin', 'Europe/Berlin'], // +01:00
  ['Bern', 'Europe/Zurich'], // +01:00
  ['Bratislava', 'Europe/Bratislava'], // +01:00
  ['Brussels', 'Europe/Brussels'], // +01:00
  ['Budapest', 'Europe/Budapest'], // +01:00
  ['Copenhagen', 'Europe/Copenhagen'], // +01:00
  ['Ljubljana', 'Europe/Ljubljana'], // +01:00
  ['Madrid', 'Europe/Madrid'], // +01:00
  ['Paris', 'Europe/Paris'], // +01:00
  ['Prague', 'Europe/Prague'], // +01:00
  ['Rome', 'Europe/Rome'], // +01:00
  ['Sarajevo', 'Europe/Sarajevo'], // +01:00
  ['Skopje', 'Europe/Skopje'], // +01:00
  ['Stockholm', 'Europe/Stockholm'], // +01:00
  ['Vienna', 'Europe/Vienna'], // +01:00
  ['Warsaw', 'Europe/Warsaw'], // +01:00
  ['West Central Africa', 'Africa/Algiers'], // +01:00
  ['Zagreb', 'Europe/Zagreb'], // +01:00
  ['Athens', 'Europe/Athens'], // +02:00
  ['Bucharest', 'Europe/Bucharest'], // +02:00
  ['Cairo', 'Africa/Cairo'], // +02:00
  ['Harare', 'Africa/Harare'], // +02:00
  ['Helsinki', 'Europe/Helsinki'], // +02:00
  ['Istanbul', 'Europe/Istanbul'], // +02:00
  ['Jerusalem', 'Asia/Jerusalem'], // +02:00
  ['Kyiv', 'Europe/Kiev'], // +02:00
  ['Pretoria', 'Africa/Johannesburg'], // +02:00
  ['Riga', 'Europe/Riga'], // +02:00
  ['Sofia', 'Europe/Sofia'], // +02:00
  ['Tallinn', 'Europe/Tallinn'], // +02:00
  ['Vilnius', 'Europe/Vilnius'], // +02:00
  ['Baghdad', 'Asia/Baghdad'], // +03:00
  ['Kuwait', 'Asia/Kuwait'], // +03:00
  ['Minsk', 'Europe/Minsk'], // +03:00
  ['Nairobi', 'Africa/Nairobi'], // +03:00
  ['Riyadh', 'Asia/Riyadh'], // +03:00
  ['Tehran', 'Asia/Tehran'], // +03:30
  ['Abu Dhabi', 'Asia/Muscat'], // +04:00
  ['Baku', 'Asia/Baku'], // +04:00
  ['Moscow', 'Europe/Moscow'], // +04:00
  ['Muscat', 'Asia/Muscat'], // +04:00
  ['St. Petersburg', 'Europe/Moscow'], // +04:00
  ['Tbilisi', 'Asia/Tbilisi'], // +04:00
  ['Volgograd', 'Europe/Volgograd'], // +04:00
  ['Yerevan', 'Asia/Yerevan'], // +04:00
  ['Kabul', 'Asia/Kabul'], // +04:30
  ['Islamabad', 'Asia/Karachi'], // +05:00
  ['Karachi', 'Asia/Karachi'], // +05:00
  ['Tashkent', 'Asia/Tashkent'], // +05:00
  ['Chennai', 'Asia/Kolkata'], // +05:30
  ['Kolkata', 'Asia/Kolkata'], // +05:30
  ['Mumbai', 'Asia/Kolkata'], // +05:30
  ['New Delhi', 'Asia/Kolkata'], // +05:30
  ['Sri Jayawardenepura', 'Asia/Colombo'], // +05:30
  ['Kathmandu', 'Asia/Kathmandu'], // +05:45
  ['Almaty', 'Asia/Almaty'], // +06:00
  ['Astana', 'Asia/Dhaka'], // +06:00
  ['Dhaka', 'Asia/Dhaka'], // +06:00
  ['Ekaterinburg', 'Asia/Yekaterinburg'], // +06:00
  ['Rangoon', 'Asia/Rangoon'], // +06:30
  ['Bangkok', 'Asia/Bangkok'], // +07:00
  ['Hanoi', 'Asia/Bangkok'], // +07:00
  ['Jakarta', 'Asia/Jakarta'], // +07:00
  ['Novosibirsk', 'Asia/Novosibirsk'], // +07:00
  ['Beijing', 'Asia/Shanghai'], // +08:00
  ['Chongqing', 'Asia/Chongqing'], // +08:00
  ['Hong Kong', 'Asia/Hong_Kong'], // +08:00
  ['Krasnoyarsk', 'Asia/Krasnoyarsk'], // +08:00
  ['Kuala Lumpur', 'Asia/Kuala_Lumpur'], // +08:00
  ['Perth', 'Australia/Perth'], // +08:00
  ['Singapore', 'Asia/Singapore'], // +08:00
  ['Taipei', 'Asia/Taipei'], // +08:00
  ['Ulaan Bataar', 'Asia/Ulaanbaatar'], // +08:00
  ['Urumqi', 'Asia/Urumqi'], // +08:00
  ['Irkutsk', 'Asia/Irkutsk'], // +09:00
  ['Osaka', 'Asia/Tokyo'], // +09:00
  ['Sapporo', 'Asia/Tokyo'], // +09:00
  ['Seoul', 'Asia/Seoul'], // +09:00
  ['Tokyo', 'Asia/Tokyo'], // +09:00
  ['Adelaide', 'Australia/Adelaide'], // +09:30
  ['Darwin', 'Australia/Darwin'], // +09:30
  ['Brisbane', 'Australia/Brisbane'], // +10:00
  ['Canberra', 'Australia/Melbourne'], // +10:00
  ['Guam', 'Pacific/Guam'], // +10:00
  ['Hobart', 'Australia/Hobart'], // +10:00
  ['Melbourne', 'Australia/Melbourne'], // +10:00
  ['Port Moresby', 'Pacific/Port_Moresby'], // +10:00
  ['Sydney', 'Australia/Sydney'], // +10:00
  ['Yakutsk', 'Asia/Yakutsk'], // +10:00
  ['New Caledonia', 'Pacific/Noumea'], // +11:00
  ['Vladivostok', 'Asia/Vladivostok'], // +11:00
  ['Auckland', 'Pacific/Auckland'], // +12:00
  ['Fiji', 'Pacific/Fiji'], // +12:00
  ['Kamchatka', 'Asia/Kamchatka'], // +12:00
  ['Magadan', 'Asia/Magadan'], // +12:00
  ['Marshall Is.', 'Pacific/Majuro'], // +12:00
  ['Solomon Is.', 'Pacific/Guadalcanal'], // +12:00
  ['Wellington', 'Pacific/Auckland'], // +12:00
  ["Nuku'alofa", 'Pacific/Tongatapu'], // +13:00
  ['Samoa', 'Pacific/Apia'], // +13:00
  ['Tokelau Is.', 'Pacific/Fakaofo'], // +13:00
])

/** Whether `name` is one of 001's timezone names. */
export const isTimezone = (name: string): boolean => ZONES.has(name)

const formats = new Map<string, Intl.DateTimeFormat>()

function format(zone: string): Intl.DateTimeFormat {
  let f = formats.get(zone)
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    })
    formats.set(zone, f)
  }
  return f
}

/** The zone's offset from UTC in minutes at the instant `at` (ms); 0 for a name not in the list. */
export function offsetOf(name: string, at: number): number {
  const zone = ZONES.get(name)
  if (!zone) return 0
  const minute = Math.floor(at / 60_000) * 60_000
  const parts: Record<string, number> = {}
  for (const p of format(zone).formatToParts(minute)) if (p.type !== 'literal') parts[p.type] = Number(p.value)
  const local = Date.UTC(parts.year ?? 1970, (parts.month ?? 1) - 1, parts.day ?? 1, parts.hour ?? 0, parts.minute ?? 0)
  return Math.round((local - minute) / 60_000)
}

/** A resource's `timezone` (004: `{name, offset}`) at the instant `at`. */
export const timezoneAt = (name: string, at: number): { name: string; offset: number } => ({
  name,
  offset: offsetOf(name, at),
})
