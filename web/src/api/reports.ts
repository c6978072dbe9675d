// Petitions and reports (信访举报), staff side: reader keys, the report register, one
// report (matter, attachments, messages, triage, close), identity reveal requests and
// statistics. Shapes follow docs/modules/reports-api.md §2. Content endpoints answer
// 423 report.key_locked until the reader unlocks their key (POST /reports/keys/unlock).
import { apiUrl, http, request, type Query } from './http'

export interface KeyStatus {
  initialised: boolean
  enrolled: boolean
  unlocked: boolean
  can_administer: boolean
}
export interface Reader {
  account_id: number
  display_name: string
  username?: string
  enrolled_at: number
  reports: number
  endorsed?: boolean // false: new reports' keys are not wrapped for it until a key holder endorses it
  endorsed_by_name?: string
}
export interface ReportedPerson {
  name: string
  unit?: string
  position?: string
}
export interface ReportIdentity {
  name?: string
  phone?: string
  id_number?: string
  address?: string
  contact?: string
}
export interface ReportAttachment {
  id: number
  filename: string
  content_type: string
  size: number
}
export interface ReportMessage {
  id: number
  from: 'handler' | 'reporter'
  author_name?: string | null
  text: string
  at: number
  in_reply_to?: number | null
}
export interface AccountRef {
  account_id: number
  display_name: string
}
export interface RevealRequest {
  id: number
  report_id?: number
  register_number?: string
  requester_id?: number
  requester_name: string
  reason: string
  status: 'pending' | 'approved' | 'refused' | string
  opinion?: string | null
  created_at?: number
}
export interface ReportSummary {
  id: number
  register_number: string
  channel: string
  real_name: boolean
  status: string
  stage: string
  received_on: string
  awaiting_reply: boolean
  assignees: AccountRef[]
  clue_count: number
  linked_count: number
}
export interface ReportDetail {
  id: number
  register_number: string
  channel: string
  real_name: boolean
  status: string
  stage: string
  received_on: string
  reported: ReportedPerson
  matter: string
  time_place: string
  evidence: string
  identity_sealed: boolean
  has_query_code: boolean
  awaiting_reply: boolean
  attachments: ReportAttachment[]
  messages: ReportMessage[]
  assignees: AccountRef[]
  clues: { id: number; number: string }[]
  out_of_scope_reason: string | null
  filed_reason: string | null
  transfer: { unit: string; document_number: string; transferred_on: string } | null
  person_link: { person_id: number; name: string; department_name: string; position_name: string; exists: boolean } | null
  feedback: string | null
  linked: { id: number; register_number: string; status: string }[]
  reveal_requests: RevealRequest[]
  created_at: number
  updated_at: number
}
export interface StaffRegistration {
  channel: 'letter' | 'visit' | 'phone'
  received_on: string
  anonymous: boolean
  identity: ReportIdentity
  reported: ReportedPerson
  matter: string
  time_place: string
  evidence: string
  attachments: { filename: string; content_base64: string }[]
  password?: string
}
export interface TriageClue {
  category: string
  matter: string
  persons: { person_id?: number | null; name: string; position?: string }[]
  assignments: { account_id: number; part: string }[]
}
export type TriageBody =
  | { decision: 'clues'; clues: TriageClue[] }
  | { decision: 'out_of_scope'; reason: string }
  | { decision: 'file'; reason: string }
  | { decision: 'transfer'; transfer: { unit: string; document_number: string; transferred_on: string } }
export interface CountRow {
  code: string
  label_zh?: string
  label_en?: string
  count: number
}
export interface ReportStats {
  year: number
  total: number
  by_channel: CountRow[]
  by_real_name: CountRow[]
  by_outcome: CountRow[]
}

export const reportsApi = {
  keyStatus: () => http.get<KeyStatus>('/reports/keys/status'),
  initKeys: (password: string) => http.post<{ recovery_code: string }>('/reports/keys/init', { password }),
  enrol: (password: string) => http.post<KeyStatus>('/reports/keys/enrol', { password }),
  unlock: (password: string) => http.post<KeyStatus>('/reports/keys/unlock', { password }),
  lock: () => http.post<KeyStatus>('/reports/keys/lock', {}),
  recover: (recovery_code: string, password: string) => http.post<KeyStatus>('/reports/keys/recover', { recovery_code, password }),
  readers: () => http.get<Reader[]>('/reports/readers'),
  revoke: (accountId: number) => http.post<{ rotated_reports: number }>(`/reports/readers/${accountId}/revoke`, {}),
  endorse: (accountId: number) => http.post<{ endorsed: boolean }>(`/reports/readers/${accountId}/endorse`, {}),

  list: (q: Query) => http.list<ReportSummary>('/reports', q),
  register: (body: StaffRegistration) => http.post<ReportDetail & { query_code?: string }>('/reports', body),
  get: (id: number) => http.get<ReportDetail>(`/reports/${id}`),
  attachmentUrl: (id: number, aid: number) => apiUrl(`/reports/${id}/attachments/${aid}`),
  setAssignees: (id: number, account_ids: number[]) => request<ReportDetail>('PUT', `/reports/${id}/assignees`, { body: { account_ids } }),
  ask: (id: number, text: string) => http.post<ReportDetail>(`/reports/${id}/messages`, { text }),
  triage: (id: number, body: TriageBody) => http.post<ReportDetail>(`/reports/${id}/triage`, body),
  reopen: (id: number) => http.post<ReportDetail>(`/reports/${id}/reopen`, {}),
  personLink: (id: number, personId: number | null) => http.put<ReportDetail>(`/reports/${id}/person-link`, { person_id: personId }),
  close: (id: number, feedback: string) => http.post<ReportDetail>(`/reports/${id}/close`, feedback ? { feedback } : {}),
  requestReveal: (id: number, reason: string) => http.post<RevealRequest>(`/reports/${id}/reveal-requests`, { reason }),
  revealRequests: (status = 'pending') => http.get<RevealRequest[]>('/reports/reveal-requests', { status }),
  decide: (rid: number, approve: boolean, opinion: string) => http.post<RevealRequest>(`/reports/reveal-requests/${rid}/decision`, { approve, opinion }),
  identity: (id: number) => http.get<ReportIdentity>(`/reports/${id}/identity`),
  stats: (year: number) => http.get<ReportStats>('/reports/stats', { year }),
}
