// Integrity talks (廉政谈话): records, the pending list of promoted/transferred people
// without the required talk, and export (docs/modules/supervision-api.md).
import { apiUrl, http, type Query } from './http'

export interface TalkParticipant {
  person_id?: number | null
  name: string
  department_id?: number | null
  department_name?: string
  position_name?: string
}
export interface Talk {
  id: number
  kind: string
  talk_date: string
  talker_person_id?: number | null
  talker_name: string
  location?: string
  summary?: string
  follow_up?: string
  participants: TalkParticipant[]
  clue_id?: number | null
  /** True when the talk belongs to a clue, even if the caller may not see which. */
  has_clue?: boolean
  archived?: boolean
  archived_at?: number | null
  archive_reason?: string
  created_at?: number
  updated_at?: number
  [k: string]: unknown
}
export interface TalkInput {
  kind: string
  talk_date: string
  talker_person_id?: number | null
  talker_name: string
  location?: string
  summary?: string
  follow_up?: string
  participants: TalkParticipant[]
  clue_id?: number | null
}
export interface PendingTalk {
  event_id?: number
  person_id: number
  department_id?: number | null
  name: string
  department_name?: string
  event_kind: string
  effective_date: string
  due_on: string
  overdue: boolean
}

export const talksApi = {
  list: (query?: Query) => http.list<Talk>('/talks', query),
  get: (id: number) => http.get<Talk>(`/talks/${id}`),
  create: (t: TalkInput) => http.post<Talk>('/talks', t),
  update: (id: number, t: TalkInput) => http.put<Talk>(`/talks/${id}`, t),
  archive: (id: number, reason: string) => http.post<Talk>(`/talks/${id}/archive`, { reason }),
  pending: () => http.get<PendingTalk[]>('/talks/pending'),
  exportUrl: (query?: Query) => apiUrl('/talks/export', query),
}
