// The bureau's civil day in the browser: the server's clock and zone, not the browser
// machine's (see components/civilDate.ts).
import { describe, expect, it } from 'vitest'
import { afterCivilToday, civilToday, civilYear, setServerClock } from '@/components/civilDate'

// 2026-11-26 16:10 UTC = 2026-11-27 00:10 in Beijing.
const utc1610 = Date.UTC(2026, 10, 26, 16, 10)

describe('civilDate', () => {
  it('counts the day in the server zone, whatever the zone of the browser', () => {
    setServerClock({ now_ms: utc1610, utc_offset_minutes: 480 }, utc1610)
    expect(civilToday(utc1610)).toBe('2026-11-27')
    setServerClock({ now_ms: utc1610, utc_offset_minutes: 0 }, utc1610)
    expect(civilToday(utc1610)).toBe('2026-11-26')
  })

  it('follows the server clock (skew, test clock) and moves on across midnight', () => {
    const clientNow = Date.UTC(2026, 0, 1, 0, 0)
    // The server's clock says 2025-12-28 08:05 UTC (16:05 in Beijing), days behind the client's.
    setServerClock({ now_ms: Date.UTC(2025, 11, 28, 8, 5), utc_offset_minutes: 480 }, clientNow)
    expect(civilToday(clientNow)).toBe('2025-12-28')
    // 7 h 54 min later it is 23:59 in Beijing on the 28th; one more minute: the 29th.
    expect(civilToday(clientNow + (7 * 60 + 54) * 60_000)).toBe('2025-12-28')
    expect(civilToday(clientNow + (7 * 60 + 55) * 60_000)).toBe('2025-12-29')
    expect(civilYear(clientNow)).toBe(2025)
  })

  it('the year turns at Beijing midnight, not at UTC midnight', () => {
    const t = Date.UTC(2025, 11, 31, 16, 30)
    setServerClock({ now_ms: t, utc_offset_minutes: 480 }, t)
    expect(civilYear(t)).toBe(2026)
    expect(civilToday(t)).toBe('2026-01-01')
  })

  it('disables date-picker days after the civil today only', () => {
    setServerClock({ now_ms: utc1610, utc_offset_minutes: 480 }, utc1610)
    expect(afterCivilToday(new Date(2026, 10, 27), utc1610)).toBe(false)
    expect(afterCivilToday(new Date(2026, 10, 28), utc1610)).toBe(true)
    expect(afterCivilToday(new Date(2026, 10, 26), utc1610)).toBe(false)
  })

  it('ignores a missing or malformed clock and keeps the last one', () => {
    setServerClock({ now_ms: utc1610, utc_offset_minutes: 480 }, utc1610)
    setServerClock(undefined)
    setServerClock({ now_ms: Number.NaN, utc_offset_minutes: 480 })
    expect(civilToday(utc1610)).toBe('2026-11-27')
  })
})
