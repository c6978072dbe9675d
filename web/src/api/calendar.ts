// Working-day calendar (工作日历): the days that differ from the Monday–Friday week
// (休 = day off, 班 = make-up working day), per year; import a CSV, edit one day.
import { http, request } from './http'

export interface CalendarDay {
  date: string
  kind: '休' | '班'
  holiday: string
  source: string
  weekday?: number // ISO: 1 = Monday … 7 = Sunday
  updated_at?: number
}
/** GET /calendar answers {years: the years having rows, days: the rows of the asked year}. */
export interface CalendarYear {
  years: number[]
  days: CalendarDay[]
}
export interface CalendarImport {
  added: number
  replaced: number
  unchanged: number
}

async function year(y: number): Promise<CalendarYear> {
  const d = await http.get<CalendarYear | CalendarDay[]>('/calendar', { year: y })
  if (Array.isArray(d)) return { years: [], days: d }
  return { years: d?.years ?? [], days: d?.days ?? [] }
}

export const calendarApi = {
  year,
  importCsv: (filename: string, bytes: ArrayBuffer) => request<CalendarImport>('POST', '/calendar/import', { query: { filename }, raw: bytes }),
  put: (date: string, d: Omit<CalendarDay, 'date'>) => http.put<CalendarDay>(`/calendar/${date}`, d),
  remove: (date: string) => http.del<unknown>(`/calendar/${date}`),
}
