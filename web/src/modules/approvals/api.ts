// Approvals (因私出国(境)、证照集中保管、兼职、亲属经商办企业, docs/modules/approvals.md).
import { http, type Query } from '@/api/http'

export type ApprovalKind = 'trip' | 'side_job' | 'family_business'
export type ApprovalState = 'pending' | 'returned' | 'approved'
export type DocType = 'passport' | 'hk_macao_permit' | 'taiwan_permit'

export interface ApprovalRequest {
  id: number
  person_id: number
  person_name: string
  department_name: string
  leading_cadre: boolean
  kind: ApprovalKind
  state: ApprovalState
  chain: string[]
  step: number
  current_role: string | null
  depart_date: string | null
  return_date: string | null
  actual_depart_date: string | null
  actual_return_date: string | null
  version: number
  created_at: number
  updated_at: number
  decided_at: number | null
}

export interface ApprovalEvent {
  action: string
  role: string
  actor_name: string
  note: string
  at: number
}

export interface ApprovalDetail {
  request: ApprovalRequest
  content: Record<string, string>
  events: ApprovalEvent[]
  return_reason: string
  access: { owner: boolean; can_resubmit: boolean; can_decide: boolean; can_record_trip: boolean }
}

export interface TravelDocument {
  id: number
  person_id: number
  person_name: string
  department_name: string
  doc_type: DocType
  number: string
  expires_on: string
  status: 'in_custody' | 'lent'
  loan: { id: number; request_id: number; lent_on: string; due_on: string } | null
  overdue: boolean
}

export interface MyApprovals {
  applicant: { person_id: number; person_name: string; leading_cadre: boolean; chain: string[] } | null
  items: ApprovalRequest[]
  documents: TravelDocument[]
  document_return_days: number
}

export interface ApplicationBody {
  kind?: ApprovalKind
  depart_date?: string
  return_date?: string
  content: Record<string, string>
  version?: number
}

export const approvalsApi = {
  mine: () => http.get<MyApprovals>('/approvals/mine'),
  list: (query?: Query) => http.list<ApprovalRequest>('/approvals', query),
  get: (id: number) => http.get<ApprovalDetail>(`/approvals/${id}`),
  submit: (body: ApplicationBody) => http.post<ApprovalDetail>('/approvals', body),
  resubmit: (id: number, body: ApplicationBody) => http.post<{ request: ApprovalRequest }>(`/approvals/${id}/resubmit`, body),
  approve: (id: number, version: number, note: string) =>
    http.post<{ request: ApprovalRequest }>(`/approvals/${id}/approve`, { version, note }),
  giveBack: (id: number, version: number, reason: string) =>
    http.post<{ request: ApprovalRequest }>(`/approvals/${id}/return`, { version, reason }),
  tripDates: (id: number, actual_depart_date: string, actual_return_date: string) =>
    http.post<{ request: ApprovalRequest }>(`/approvals/${id}/trip-dates`, { actual_depart_date, actual_return_date }),
  documents: (query?: Query) => http.list<TravelDocument>('/approvals/documents', query),
  register: (body: { person_id: number; doc_type: DocType; number: string; expires_on: string }) =>
    http.post<{ document: TravelDocument }>('/approvals/documents', body),
  lend: (id: number, request_id: number, lent_on: string) =>
    http.post<{ document: TravelDocument }>(`/approvals/documents/${id}/lend`, { request_id, lent_on }),
  takeBack: (id: number, returned_on: string) =>
    http.post<{ document: TravelDocument }>(`/approvals/documents/${id}/return`, { returned_on }),
}
