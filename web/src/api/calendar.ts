// Working-day calendar (工作日历): the days that differ from the Monday–Friday week
// (休 = day off, 班 = make-up working day), per year; import a CSV, edit one day.
import { http, request } from './http'

export interface CalendarDay {
  date: string
  kind: '休' | '班'
  holiday: string
  source: string
}

export const calendarApi = {
  year: (year: number) => http.get<CalendarDay[]>('/calendar', { year }),
  importCsv: (bytes: ArrayBuffer) => request<{ imported?: number; rows?: number; [k: string]: unknown }>('POST', '/calendar/import', { raw: bytes }),
  put: (date: string, d: Omit<CalendarDay, 'date'>) => http.put<CalendarDay>(`/calendar/${date}`, d),
  remove: (date: string) => http.del<unknown>(`/calendar/${date}`),
}
