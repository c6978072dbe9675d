// Problem clues (问题线索): the register, one clue with its history, state-machine
// actions, assignments, attachments, deadlines and export. Shapes follow
// docs/modules/supervision-api.md (GET/POST /api/v1/clues…). Every code travels as
// its dictionary code (clue.source, clue.state, …); labels come from /dictionaries.
import { apiUrl, http, request, type Query } from './http'

export interface CluePerson {
  person_id?: number | null
  name: string
  position?: string
  department_id?: number | null
  department_name?: string
}
export interface ClueAssignment {
  account_id: number
  display_name?: string
  part: string
  assigned_at?: number
  ended_at?: number | null
}
export interface ClueDeadline {
  stage: string
  start_on: string
  due_on: string
  met_on: string | null
  status: string
}
export interface AppliedMeasure {
  person_id?: number | null
  person_name: string
  measure: string
  decided_on: string
  decision_document?: string
}
export interface ClueOutcome {
  conclusion: string
  summary?: string
  measures: AppliedMeasure[]
}
export interface ClueStep {
  action: string
  from: string
  to: string
  actor_id: number
  actor_name: string
  role: string
  at_ms: number
  on: string
  opinion: string
  disposition: string | null
  approval_step: number
}
export interface ClueLink {
  kind: string
  from_number: string
  to_number: string
  from_id?: number
  to_id?: number
}
export interface RelatedClue {
  id: number
  number: string
  state: string
}
export interface ClueAttachment {
  id: number
  filename: string
  kind: string
  size: number
  uploaded_at: number
  uploaded_by_name?: string
}
export interface LegalAction {
  action: string
  as: string
}
export interface ClueSummary {
  id: number
  number: string
  source: string
  category: string
  matter: string
  received_on: string
  state: string
  disposition: string | null
  proposed_disposition: string | null
  approvals_done: number
  awaiting: string | null
  persons: CluePerson[]
  assignments: ClueAssignment[]
  my_parts: string[]
  deadlines: ClueDeadline[]
  urgency: string
  outcome: ClueOutcome | null
  handler_names?: string[] | string
  next_due_on?: string | null
  created_at: number
  updated_at: number
}
// 登记要素: the reporter is sealed at rest and only ever in the detail (never in lists).
export interface ClueReporter {
  anonymous: boolean
  name: string
  contact: string
}
export interface ClueRegistration {
  source_document: string
  reporter: ClueReporter | null
  cadre_authority: string | null
  classification: string | null
  report_up?: boolean
}
export interface ClueDetail extends ClueSummary {
  registration?: ClueRegistration
  legal_actions: LegalAction[]
  history: ClueStep[]
  links: ClueLink[]
  related: RelatedClue[]
  attachments: ClueAttachment[]
}
export interface NewClue {
  source: string
  category: string
  matter: string
  received_on: string
  persons: CluePerson[]
  assignments: { account_id: number; part: string }[]
  source_document?: string
  reporter?: ClueReporter | null
  cadre_authority?: string | null
  classification?: string
}
export interface ClueActionBody {
  action: string
  as?: string
  opinion?: string
  disposition?: string
  effective_on?: string
  outcome?: ClueOutcome
}
export interface DeadlineRow extends ClueSummary {
  stage: string
  due_on: string
  status: string
  days_overdue: number
}
export interface AssignableAccount {
  account_id: number
  display_name: string
  roles: string[]
  department_name?: string
  position_name?: string
}

export const cluesApi = {
  list: (query?: Query) => http.list<ClueSummary>('/clues', query),
  get: (id: number) => http.get<ClueDetail>(`/clues/${id}`),
  register: (c: NewClue) => http.post<ClueDetail>('/clues', c),
  act: (id: number, body: ClueActionBody) => http.post<ClueDetail>(`/clues/${id}/actions`, body),
  setAssignments: (id: number, assignments: { account_id: number; part: string }[]) =>
    http.put<ClueDetail>(`/clues/${id}/assignments`, { assignments }),
  upload: (id: number, filename: string, kind: string, bytes: ArrayBuffer) =>
    request<ClueAttachment>('POST', `/clues/${id}/attachments`, { query: { filename, kind }, raw: bytes }),
  attachmentUrl: (id: number, aid: number) => apiUrl(`/clues/${id}/attachments/${aid}`),
  split: (clue_id: number, opinion: string, parts: { category: string; matter: string; persons: CluePerson[] }[]) =>
    http.post<ClueDetail[]>('/clues/split', { clue_id, opinion, parts }),
  merge: (clue_ids: number[], opinion: string, matter: string, category: string) =>
    http.post<ClueDetail>('/clues/merge', { clue_ids, opinion, matter, category }),
  deadlines: (status: 'overdue' | 'due_soon') => http.get<DeadlineRow[]>('/clues/deadlines', { status }),
  assignable: () => http.get<AssignableAccount[]>('/clues/assignable'),
  updateRegistration: (id: number, r: Omit<ClueRegistration, 'report_up'>) => http.put<ClueRegistration>(`/clues/${id}/registration`, r),
  exportUrl: (query?: Query) => apiUrl('/clues/export', query),
}
