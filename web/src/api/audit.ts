// Audit log (auditor): entries, export and hash-chain verification.
import { apiUrl, http, type Query } from './http'

export interface AuditEntry {
  seq?: number
  id?: number
  at?: number | string
  actor?: string
  actor_name?: string
  actor_id?: number
  action: string
  object_type?: string
  object_id?: string
  summary?: string
  success?: boolean
  client_addr?: string
  [k: string]: unknown
}
export interface AuditVerify {
  ok: boolean
  checked: number
  first_bad_seq?: number
  reason_zh?: string
  reason_en?: string
}

export const auditApi = {
  entries: (query?: Query) => http.list<AuditEntry>('/audit/entries', query),
  verify: () => http.get<AuditVerify>('/audit/verify'),
  exportUrl: (query?: Query) => apiUrl('/audit/entries/export', query),
}
