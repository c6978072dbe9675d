// The bureau's civil day, as the server counts it. Deadlines, "not after today" checks
// and the statistics' years are all decided on the server in the bureau's zone (UTC+8
// unless configured); a form that proposed the browser machine's own date would, between
// midnight in one zone and midnight in the other, offer a day the server sees as
// yesterday (a talk that does not cover a transfer made "today") or tomorrow (refused as
// a future date). /auth/me gives the server's clock and zone; the skew between the two
// clocks is kept, so a page left open across midnight moves on to the next day.
export interface ServerClock {
  now_ms: number
  utc_offset_minutes: number
  today?: string
}

let skewMs = 0
let offsetMinutes = 480

/** Takes the server's clock from /auth/me; `clientNow` is when the answer arrived. */
export function setServerClock(clock: ServerClock | null | undefined, clientNow: number = Date.now()): void {
  if (!clock || !Number.isFinite(clock.now_ms) || !Number.isFinite(clock.utc_offset_minutes)) return
  skewMs = clock.now_ms - clientNow
  offsetMinutes = clock.utc_offset_minutes
}

function pad(n: number): string {
  return n < 10 ? '0' + n : String(n)
}

/** 'YYYY-MM-DD' of the bureau's civil day at client time `clientNow`. */
export function civilToday(clientNow: number = Date.now()): string {
  const d = new Date(clientNow + skewMs + offsetMinutes * 60_000)
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`
}

/** The bureau's current year. */
export function civilYear(clientNow: number = Date.now()): number {
  return Number(civilToday(clientNow).slice(0, 4))
}

/**
 * For date pickers' `disabled-date`: the picker hands the cell's day as a local
 * midnight; true when that day is after the bureau's today.
 */
export function afterCivilToday(cell: Date, clientNow: number = Date.now()): boolean {
  const day = `${cell.getFullYear()}-${pad(cell.getMonth() + 1)}-${pad(cell.getDate())}`
  return day > civilToday(clientNow)
}
