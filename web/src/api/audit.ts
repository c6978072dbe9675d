// Audit log (auditor): entries, export, hash-chain verification and checkpoints.
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
  checkpoints_checked?: number
  keyed_from?: number | null
  problem?: string
  first_bad_seq?: number
  reason_zh?: string
  reason_en?: string
}
/** A checkpoint (锚点) of the chain head, to print or keep outside the database. */
export interface AuditCheckpoint {
  seq: number
  hash: string
  at_ms: number
  at: string
  key_id: string
  mac: string
  /** The checkpoint file's text (JSON), as `qingfeng audit checkpoint` writes it. */
  text: string
}

export const auditApi = {
  entries: (query?: Query) => http.list<AuditEntry>('/audit/entries', query),
  verify: () => http.get<AuditVerify>('/audit/verify'),
  checkpoint: () => http.post<AuditCheckpoint>('/audit/checkpoints'),
  verifyAgainst: (checkpointTexts: string[]) =>
    http.post<AuditVerify>('/audit/verify', { checkpoints: checkpointTexts }),
  exportUrl: (query?: Query) => apiUrl('/audit/entries/export', query),
}
