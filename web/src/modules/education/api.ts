// Education and study (警示教育与学习培训), docs/modules/education.md.
// education.study: one's own assignments and the confirmation; education.progress: every
// item and the completion per department (scoped); education.manage: publish, the
// holiday reminder; study.read / study.manage: study sessions and the yearly counts.
import { apiUrl, http, type Query } from '@/api/http'

export type ItemKind = 'notice' | 'case' | 'model' | 'article' | 'interpretation'
export const ITEM_KINDS: ItemKind[] = ['notice', 'case', 'model', 'article', 'interpretation']

export interface EducationItem {
  id: number
  kind: ItemKind
  kind_label_zh: string
  /** Notices: 2026年第3期; '' otherwise. */
  number: string
  year: number
  title: string
  body: string
  category: string
  category_label_zh: string
  rules_broken: string
  lessons: string
  source: string
  published_on: string
  audience: string
  /** Assignments the caller may see, and how many are confirmed. */
  assigned: number
  confirmed: number
  assigned_to_me: boolean
  my_confirmed_at: number | null
  created_at: number
  /** One item (GET/publish): the regulation an interpretation (制度解读) interprets. */
  regulation?: { id: number; title: string; doc_number: string; version_no: number | null; version_title: string } | null
}
export interface Audience {
  everyone?: boolean
  department_ids?: number[]
  branch_ids?: number[]
  roles?: string[]
  person_ids?: number[]
}
export interface ItemInput {
  kind: ItemKind | ''
  title: string
  body: string
  category: string
  rules_broken: string
  lessons: string
  source: string
  published_on: string
  audience: Audience
  /** 制度解读 only: the regulation interpreted and, optionally, its version. */
  regulation_id?: number | null
  regulation_version_no?: number | null
}
export interface DepartmentCompletion {
  department_id: number
  department_name: string
  assigned: number
  confirmed: number
  rate: string
}
export interface Assignee {
  person_id: number
  name: string
  department_name: string
  confirmed_at: number | null
}
export interface Attendee { person_id: number; name?: string; led: boolean }
export interface StudySession {
  id: number
  kind: string
  kind_label_zh: string
  held_on: string
  topic: string
  speaker: string
  place: string
  materials: string
  branch_id: number | null
  branch_name: string
  attendance: number
  leaders: number
  attendees: Attendee[]
  created_at: number
}
export interface SessionInput {
  kind: string
  held_on: string
  topic: string
  speaker: string
  place: string
  materials: string
  branch_id: number | null
  attendees: Attendee[]
}
export interface YearCounts {
  year: number
  center_group_sessions: number
  center_group_leads: number
  sessions: number
  leads: number
  party_lessons: number
  integrity_lessons: number
  attendance: number
  notices: number
  cases: number
  models: number
  articles: number
  summary_zh: string
}
export interface HolidaySend { id: number; holiday: string; start_date: string; text: string; recipients: number; sent_at: number }
export interface HolidaySettings {
  year: number
  text: string
  default_text: string
  updated_at: number | null
  days_before: number
  holidays: { holiday: string; start_date: string; remind_on: string; sent: HolidaySend | null }[]
}

export const educationApi = {
  items: (query?: Query) => http.list<EducationItem>('/education/items', query),
  item: (id: number) => http.get<EducationItem>(`/education/items/${id}`),
  publish: (input: ItemInput) => http.post<EducationItem>('/education/items', input),
  confirm: (id: number) => http.post<EducationItem>(`/education/items/${id}/confirm`, {}),
  completion: (id: number) => http.get<DepartmentCompletion[]>(`/education/items/${id}/completion`),
  assignees: (id: number, query?: Query) => http.get<Assignee[]>(`/education/items/${id}/assignees`, query),
  completionExportUrl: (id: number) => apiUrl(`/education/items/${id}/completion/export`),
  sessions: (query?: Query) => http.list<StudySession>('/education/sessions', query),
  session: (id: number) => http.get<StudySession>(`/education/sessions/${id}`),
  recordSession: (input: SessionInput) => http.post<StudySession>('/education/sessions', input),
  stats: (query?: Query) => http.get<YearCounts>('/education/stats', query),
  holiday: (query?: Query) => http.get<HolidaySettings>('/education/holiday', query),
  saveHolidayText: (text: string) => http.put<{ text: string }>('/education/holiday', { text }),
}
