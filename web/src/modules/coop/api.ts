// Co-construction with partner units (廉政共建), docs/modules/coop.md. coop.read: the Party
// secretary and the discipline committee; coop.manage: the discipline committee.
import { apiUrl, http, request, type Query } from '@/api/http'

export type PartnerStatus = 'active' | 'suspended' | 'ended'
export interface Partner {
  id: number
  name: string
  contact_name: string
  contact_phone: string
  agreement_no: string
  agreement_signed_on: string | null
  agreement_start: string | null
  agreement_end: string | null
  agreement_summary: string
  status: PartnerStatus
  public_key: string | null
  /** 'Ed25519' | 'SM2' (国密), null without a key. */
  key_algorithm: string | null
  public_key_pem: string | null
  key_fingerprint: string | null
  key_registered_at: number | null
  keys_replaced: number
  archived: boolean
  archive_reason: string
  created_at: number
  updated_at: number
}
export interface PartnerInput {
  name: string
  contact_name: string
  contact_phone: string
  agreement_no: string
  agreement_signed_on: string
  agreement_start: string
  agreement_end: string
  agreement_summary: string
  status: PartnerStatus
}
export interface BureauKey {
  unit_name: string
  algorithm: string
  public_key: string
  public_key_pem: string
  fingerprint: string
  /** The bureau's SM2 key: it signs the notices sent to partners whose key is SM2. */
  sm2: { algorithm: string; public_key_pem: string; fingerprint: string }
}
export interface Notice {
  id: number
  partner_id: number
  partner_name: string
  direction: 'in' | 'out'
  notice_no: string
  title: string
  body?: string
  from_unit: string
  to_unit: string
  issued_on: string
  signed_at: string
  signer_unit: string
  signer_fingerprint: string
  file_sha256: string
  created_at: number
}
export type TrainingKind = 'training' | 'seminar'
export interface Training {
  id: number
  partner_id: number
  partner_name: string
  /** training 廉政教育联合培训 | seminar 纪检业务研讨交流 */
  kind: TrainingKind
  held_on: string
  topic: string
  place: string
  our_participants: string[]
  partner_participants: string[]
}
export interface Visit {
  id: number
  partner_id: number
  partner_name: string
  visited_on: string
  visitors: string
  interviewees: string
  comments: string
  scores: Record<string, number>
}
export interface PartnerSummary {
  partner_id: number
  partner_name: string
  visits: number
  trainings: number
  notices_out: number
  notices_in: number
  average_by_item: Record<string, number>
  average: number | null
  last_visit_on: string | null
}

export const coopApi = {
  bureauKey: () => http.get<BureauKey>('/coop/bureau-key'),
  partners: () => http.list<Partner>('/coop/partners'),
  partner: (id: number) => http.get<Partner>(`/coop/partners/${id}`),
  createPartner: (p: PartnerInput) => http.post<Partner>('/coop/partners', p),
  updatePartner: (id: number, p: PartnerInput) => http.put<Partner>(`/coop/partners/${id}`, p),
  registerKey: (id: number, public_key: string, replace: boolean, reason: string) =>
    http.post<Partner>(`/coop/partners/${id}/key`, { public_key, replace, reason }),
  notices: (partner_id: number) => http.list<Notice>('/coop/notices', { partner_id, page_size: 200 }),
  /** Every notice across partners (filters partner_id, direction; paged). */
  allNotices: (query: Query) => http.list<Notice>('/coop/notices', query),
  archivePartner: (id: number, reason: string) => http.post<Partner>(`/coop/partners/${id}/archive`, { reason }),
  notice: (id: number) => http.get<Notice>(`/coop/notices/${id}`),
  noticeFileUrl: (id: number) => apiUrl(`/coop/notices/${id}/file`),
  sendNotice: (partner_id: number, title: string, body: string, issued_on: string) =>
    http.post<Notice>('/coop/notices', { partner_id, title, body, issued_on }),
  receiveNotice: (partner_id: number, file: File) =>
    request<Notice>('POST', `/coop/partners/${partner_id}/notices`, { raw: file, query: { filename: file.name } }),
  trainings: (partner_id: number) => http.list<Training>('/coop/trainings', { partner_id }),
  addTraining: (t: { partner_id: number; kind: TrainingKind; held_on: string; topic: string; place: string; our_participants: string[]; partner_participants: string[] }) =>
    http.post<Training>('/coop/trainings', t),
  visits: (partner_id: number) => http.list<Visit>('/coop/visits', { partner_id }),
  addVisit: (v: { partner_id: number; visited_on: string; visitors: string; interviewees: string; comments: string; scores: Record<string, number> }) =>
    http.post<Visit>('/coop/visits', v),
  summary: () => http.list<PartnerSummary>('/coop/summary'),
}
