// 大数据比对疑点 (findings, docs/modules/findings.md): import runs of registry data, the
// data-quality table of a run, and the findings kept across runs. The discipline
// committee only: for everyone else every call answers 404.
import { http, request, type Query } from '@/api/http'

export type RunState = 'uploading' | 'queued' | 'running' | 'done' | 'failed'
export type FindingStatus = 'open' | 'assigned' | 'dismissed' | 'clue'

export interface FindingsSettings {
  chunk_bytes: number
  server_folder: boolean
  files: string[]
}

export interface FindingsRun {
  id: number
  state: RunState
  source: 'upload' | 'directory'
  directory: string
  cadres_from: 'upload' | 'database'
  /** Where the five declaration-side files came from (the reports and approvals, or files). */
  declarations_from: 'upload' | 'database'
  as_of: string
  progress: number
  phase: string
  summary: {
    rows?: Record<string, number>
    per_rule?: Record<string, number>
    skipped?: string[]
    engine_seconds?: number
    sources?: Record<string, 'database' | 'upload' | 'none'>
    notices?: { zh: string; en: string }[]
  }
  error_zh: string
  error_en: string
  findings_count: number
  new_count: number
  gone_count: number
  dq_count: number
  created_at: number
  started_at: number | null
  finished_at: number | null
}

export interface DataQualityRow {
  seq: number
  file: string
  line: number
  column: string
  problem: string
  value: string
}

export interface Finding {
  id: number
  rule: string
  severity: '高' | '中' | '低'
  cadre_id: string
  person_id: number | null
  person_name: string
  department: string
  summary: string
  first_run_id: number
  last_run_id: number
  first_seen_at: number
  last_seen_at: number
  present: boolean
  status: FindingStatus
  assignee_id: number | null
  assignee_name: string
  clue_id: number | null
  clue_number: string
  verification_item_id: number | null
  /** The cadre's membership of the open verification round (detail only; null when none). */
  verification_member?: { member_id: number; round_id: number; round_year: number; sampled: boolean; candidate: boolean; default_item: string } | null
  version: number
  key?: string
  evidence?: { file: string; line: number }[]
  dismiss_reason?: string
  handled_at?: number | null
}

export interface NewRun {
  source: 'upload' | 'directory'
  directory?: string
  cadres_from: 'upload' | 'database'
  as_of: string
}

export const findingsApi = {
  settings: () => http.get<FindingsSettings>('/findings/settings'),
  runs: (q: Query) => http.list<FindingsRun>('/findings/runs', q),
  run: (id: number) => http.get<FindingsRun>(`/findings/runs/${id}`),
  createRun: (body: NewRun) => http.post<FindingsRun>('/findings/runs', body),
  /** One piece of one registry file, appended at `offset` (the bytes received so far). */
  uploadPiece: (id: number, name: string, offset: number, piece: Blob) =>
    request<{ name: string; size: number }>('PUT', `/findings/runs/${id}/files/${encodeURIComponent(name)}`, {
      raw: piece,
      query: { offset },
    }),
  start: (id: number) => http.post<FindingsRun>(`/findings/runs/${id}/start`),
  dataQuality: (id: number, q: Query) => http.list<DataQualityRow>(`/findings/runs/${id}/data-quality`, q),
  list: (q: Query) => http.list<Finding>('/findings', q),
  departments: () => http.get<string[]>('/findings/departments'),
  get: (id: number) => http.get<Finding>(`/findings/${id}`),
  assign: (id: number, account_id: number) => http.post<Finding>(`/findings/${id}/assign`, { account_id }),
  dismiss: (id: number, reason: string) => http.post<Finding>(`/findings/${id}/dismiss`, { reason }),
  toClue: (id: number, body: { category: string; person_name?: string }) => http.post<Finding>(`/findings/${id}/clue`, body),
  toVerification: (id: number, body: { item?: string; discrepancy?: string } = {}) =>
    http.post<Finding>(`/findings/${id}/verification`, body),
  assignable: () => http.get<{ account_id: number; display_name: string }[]>('/clues/assignable'),
}
