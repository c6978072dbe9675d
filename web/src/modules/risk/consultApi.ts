// Integrity-risk consultations (廉政风险会商会诊) whose decisions become duty tasks,
// supervision checks of negative-list execution (负面清单执行情况检查) with rectification,
// and the Excel re-import of risk points (docs/modules/risk.md).
import { apiUrl, http, request } from '@/api/http'

export interface ConsultationSummary {
  id: number
  meeting_date: string
  title: string
  attendee_total: number
  point_total: number
  decision_total: number
  decision_tasks: number
}
export interface ConsultDecision {
  id: number
  sort_order: number
  content: string
  task_id: number | null
  task: { id: number; title: string; department_name: string; person_name: string; deadline_date: string; status: string } | null
}
export interface Consultation extends ConsultationSummary {
  minutes: string
  attendees: { person_id: number; name: string; department_name: string }[]
  points: { risk_point_id: number; department_name: string; category: string; description: string; level: number }[]
  decisions: ConsultDecision[]
  may_manage: boolean
  may_make_tasks: boolean
  may_read_tasks: boolean
}
export interface NewConsultation {
  meeting_date: string
  title: string
  minutes: string
  attendee_ids: number[]
  risk_point_ids: number[]
  decisions: string[]
}
export interface DecisionTask {
  work_point_id: number | null
  title: string
  owner_department_id: number | null
  deadline_date: string
}

export type CheckResult = 'executed' | 'partial' | 'not_executed'
export interface CheckSummary {
  id: number
  department_id: number
  department_name: string
  year: number
  check_date: string
  summary: string
  checker_name: string
  executed: number
  partial: number
  not_executed: number
  open_rectifications: number
}
export interface CheckItem {
  id: number
  item_no: number
  item_text: string
  result: CheckResult
  note: string
  owner_name: string
  deadline: string | null
  rectify_state: 'open' | 'done' | null
  rectify_note: string
  overdue: boolean
}
export interface ExecutionCheck extends CheckSummary {
  items: CheckItem[]
  may_rectify: boolean
}
export interface CheckResultInput {
  result: CheckResult | ''
  note: string
  owner_name: string
  deadline: string
}
export interface NewCheck {
  department_id: number | null
  year: number
  check_date: string
  summary: string
  results: CheckResultInput[]
}

export interface ImportCellError {
  sheet: string
  row: number
  column: string
  field: string
  message_zh: string
  message_en: string
}
export interface ImportRowResult {
  row: number
  action: 'create' | 'update' | 'unchanged' | 'sample' | 'error'
  point_id: number | null
  department_name: string
  description: string
  target: string
}
export interface ImportResult {
  valid: boolean
  rows: ImportRowResult[]
  errors: ImportCellError[]
  created: number
  updated: number
  unchanged: number
  samples: number
}

export const consultApi = {
  consultations: (year?: number) =>
    http.get<{ items: ConsultationSummary[]; may_manage: boolean }>('/risk/consultations', year ? { year } : undefined),
  consultation: (id: number) => http.get<Consultation>(`/risk/consultations/${id}`),
  addConsultation: (c: NewConsultation) => http.post<Consultation>('/risk/consultations', c),
  decisionToTask: (id: number, decision: number, t: DecisionTask) =>
    http.post<Consultation>(`/risk/consultations/${id}/decisions/${decision}/task`, t),
  checks: (year?: number) => http.get<{ items: CheckSummary[]; may_record: boolean }>('/risk/checks', year ? { year } : undefined),
  check: (id: number) => http.get<ExecutionCheck>(`/risk/checks/${id}`),
  addCheck: (c: NewCheck) => http.post<ExecutionCheck>('/risk/checks', c),
  rectified: (id: number, item: number, note: string) =>
    http.post<ExecutionCheck>(`/risk/checks/${id}/items/${item}/rectified`, { note }),
  templateUrl: () => apiUrl('/risk/points/import/template'),
  importPreview: (filename: string, bytes: ArrayBuffer) =>
    request<ImportResult>('POST', '/risk/points/import/preview', { query: { filename }, raw: bytes }),
  importCommit: (filename: string, bytes: ArrayBuffer) =>
    request<ImportResult>('POST', '/risk/points/import/commit', { query: { filename }, raw: bytes }),
}

/** The first problem of a new check before it is sent: the field to mark, or null. */
export function checkProblem(c: NewCheck): string | null {
  if (!c.department_id) return 'department_id'
  if (!c.check_date) return 'check_date'
  for (let i = 0; i < c.results.length; i++) {
    const r = c.results[i]
    if (!r.result) return `results[${i}].result`
    if (r.result !== 'executed' && !r.note.trim()) return `results[${i}].note`
    if (r.result === 'not_executed') {
      if (!r.owner_name.trim()) return `results[${i}].owner_name`
      if (!r.deadline) return `results[${i}].deadline`
    }
  }
  return null
}
