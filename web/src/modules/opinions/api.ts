// Integrity opinions (党风廉政意见回复): typed calls over /api/v1/opinions.
import { apiUrl, http } from '@/api/http'

export type Purpose = 'promotion' | 'award' | 'transfer' | 'other'
export type AnswerStatus = 'drafted' | 'approved'

export interface OpinionRequest {
  id: number
  purpose: Purpose
  purpose_zh: string
  purpose_note: string
  requested_by: string
  requester_name: string
  created_at: number
  total: number
  approved: number
}

export interface Grounds {
  concealed: { item_id: number; year: number; item_title: string; consequences: string }[]
  measures: { clue_id: number; clue_number: string; measure: string; measure_zh: string; decided_on: string; effect_until: string }[]
  open_clues: { clue_id: number; number: string; state: string; received_date: string }[]
}

export interface Answer {
  id: number
  person_id: number
  person_name: string
  employee_no: string
  department_name: string
  position_name: string
  status: AnswerStatus
  text: string
  grounds: Grounds | null
  hold: boolean
  number: string
  approved_by_name: string
  approved_at: number | null
  edited_by_name: string
  edited_at: number | null
  drafted_at: number
  version: number
  recused: boolean
  access: { can_edit: boolean; can_approve: boolean }
}

export interface PersonChoice {
  person_id: number
  name: string
  employee_no: string
  department_name: string
  position_name: string
  leading_cadre: boolean
}

export interface NewRequest {
  purpose: Purpose | ''
  purpose_note: string
  requested_by: string
  person_ids: number[]
}

export const opinionsApi = {
  requests: () =>
    http.get<{ requests: OpinionRequest[]; access: { can_request: boolean; can_handle: boolean } }>('/opinions/requests'),
  create: (body: NewRequest) => http.post<{ id: number }>('/opinions/requests', body),
  request: (id: number) =>
    http.get<{ request: OpinionRequest; answers: Answer[]; access: { can_handle: boolean; can_approve: boolean } }>(
      `/opinions/requests/${id}`,
    ),
  edit: (id: number, text: string, version: number) => http.put<{ answer: Answer }>(`/opinions/answers/${id}`, { text, version }),
  redraft: (id: number, version: number) => http.post<{ answer: Answer }>(`/opinions/answers/${id}/redraft`, { version }),
  approve: (id: number, version: number) => http.post<{ answer: Answer }>(`/opinions/answers/${id}/approve`, { version }),
  docxUrl: (id: number) => apiUrl(`/opinions/answers/${id}/docx`),
  people: (name = '') => http.get<{ people: PersonChoice[] }>('/opinions/people', name ? { name } : undefined),
}
