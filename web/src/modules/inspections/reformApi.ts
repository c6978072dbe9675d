// Case-driven reform (以案促改), docs/modules/inspections.md: notices from a closed clue
// (reference shown only to those who may see the clue) or a typical case; the measures
// are rectification-ledger items (feedback and verification: inspectionsApi.act).
import { http, type Query } from '@/api/http'

export interface ReformItem {
  id: number
  number: string
  owner_department_id: number
  department_name: string
  finding: string
  measures: string
  deadline: string
  state: 'rectifying' | 'reported' | 'closed'
  state_label_zh: string
  progress: string
  evidence: string
  verification: string
  closed_on: string
  overdue: boolean
}
export interface CaseReform {
  id: number
  number: string
  year: number
  check_id: number
  check_number: string
  source: { kind: 'clue' | 'typical_case'; label_zh: string; clue_id?: number; clue_number?: string; education_item_id?: number }
  title: string
  summary: string
  loopholes: string
  issued_on: string
  departments: { id: number; name: string }[]
  items: ReformItem[]
  closed: number
  created_at: number
  /** One notice: the new regulation versions it led to (规章制度修订). */
  rule_changes?: RuleChange[]
}
export interface RuleChange {
  id: number
  regulation_id: number
  version_no: number
  title: string
  doc_number: string
  effective_on: string
  change_note: string
  note: string
  created_at: number
}
export interface ReformMeasureInput { owner_department_id: number | null; problem: string; measures: string; deadline: string }
export interface ReformInput {
  clue_id?: number | null
  education_item_id?: number | null
  title: string
  summary: string
  loopholes: string
  measures: ReformMeasureInput[]
}
export interface ReformSources {
  clues: { id: number; number: string }[]
  cases: { id: number; title: string; published_on: string }[]
}

export const reformApi = {
  list: (query?: Query) => http.list<CaseReform>('/inspections/case-reforms', query),
  get: (id: number) => http.get<CaseReform>(`/inspections/case-reforms/${id}`),
  sources: () => http.get<ReformSources>('/inspections/case-reforms/sources'),
  issue: (input: ReformInput) => http.post<CaseReform>('/inspections/case-reforms', input),
  addRuleChange: (id: number, input: { regulation_id: number; version_no: number | null; note: string }) =>
    http.post<CaseReform>(`/inspections/case-reforms/${id}/rule-changes`, input),
}

/** The first thing a notice still needs before it is sent ('' when none): the key of its label. */
export function reformMissing(input: ReformInput): string {
  if (!input.clue_id && !input.education_item_id) return 'source'
  if (!input.title.trim()) return 'title'
  if (!input.summary.trim()) return 'summary'
  if (!input.loopholes.trim()) return 'loopholes'
  if (!input.measures.length) return 'measures'
  for (const m of input.measures) {
    if (!m.owner_department_id) return 'department'
    if (!m.problem.trim()) return 'problem'
    if (!m.measures.trim()) return 'suggestion'
    if (!m.deadline) return 'deadline'
  }
  return ''
}
