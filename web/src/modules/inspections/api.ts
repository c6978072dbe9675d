// Special supervision checks (专项检查) and the rectification ledger (整改台账),
// docs/modules/inspections.md. inspection.read: the checks and items of the departments
// the caller's data scope reaches; inspection.manage: plan checks, record findings,
// verify; rectification.report: the owner department reports.
import { apiUrl, http, type Query } from '@/api/http'

export type RectificationState = 'rectifying' | 'reported' | 'closed'
export type RectificationAction = 'progress' | 'report' | 'accept' | 'return'

export interface CheckDepartment { id: number; name: string }
export interface ChecklistPoint { id: number; seq: number; content: string }
export interface SupervisionCheck {
  id: number
  number: string
  year: number
  kind: string
  kind_label_zh?: string
  title: string
  plan: string
  start_date: string
  end_date: string
  departments: CheckDepartment[]
  checklist: ChecklistPoint[]
  /** Ledger items of this check the caller may see, and how many are closed. */
  items: number
  closed: number
  archived: boolean
  created_at: number
}
export interface CheckInput {
  kind: string
  title: string
  plan: string
  start_date: string
  end_date: string
  department_ids: number[]
  checklist: string[]
}
export interface RectificationStep {
  id: number
  action: 'assign' | RectificationAction
  from_state: RectificationState | null
  to_state: RectificationState
  note: string
  evidence: string
  by_name: string
  at: number
}
export interface RectificationItem {
  id: number
  number: string
  check_id: number
  check_number: string
  check_title: string
  check_kind: string
  checklist_item_id: number | null
  checklist_content: string
  finding: string
  owner_department_id: number
  department_name: string
  measures: string
  deadline: string
  state: RectificationState
  overdue: boolean
  progress: string
  evidence: string
  verification: string
  reported_at: number | null
  closed_at: number | null
  closed_on: string | null
  /** The steps the caller may take now (its permissions and the item's state). */
  actions: RectificationAction[]
  steps: RectificationStep[]
  created_at: number
  updated_at: number
}
export interface ItemInput {
  finding: string
  owner_department_id: number | null
  measures: string
  deadline: string
  checklist_item_id?: number | null
}
export interface LedgerQuery extends Query {
  check_id?: number | ''
  department_id?: number | ''
  state?: RectificationState | ''
  overdue?: boolean | ''
}

export const inspectionsApi = {
  checks: (query?: Query) => http.list<SupervisionCheck>('/inspections/checks', query),
  check: (id: number) => http.get<SupervisionCheck>(`/inspections/checks/${id}`),
  createCheck: (input: CheckInput) => http.post<SupervisionCheck>('/inspections/checks', input),
  archiveCheck: (id: number, reason: string) => http.post<{ id: number }>(`/inspections/checks/${id}/archive`, { reason }),
  addItem: (checkId: number, input: ItemInput) => http.post<RectificationItem>(`/inspections/checks/${checkId}/items`, input),
  items: (query?: LedgerQuery) => http.list<RectificationItem>('/inspections/items', query),
  item: (id: number) => http.get<RectificationItem>(`/inspections/items/${id}`),
  act: (id: number, action: RectificationAction, note: string, evidence = '') =>
    http.post<RectificationItem>(`/inspections/items/${id}/actions`, { action, note, evidence }),
  exportUrl: (query?: Query) => apiUrl('/inspections/items/export', query),
}
