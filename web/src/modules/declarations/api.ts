// Personal-matters reports (领导干部个人有关事项报告, docs/modules/declarations.md): the
// cadre's own reports, the organisation department's and discipline committee's list,
// one report with its content, history and comparison, and the workflow calls.
import { http, type Query } from '@/api/http'
import type { Content, FormDef } from './validators'

export type DeclarationState = 'draft' | 'submitted' | 'returned' | 'accepted'
export type DeclarationKind = 'annual' | 'change'

export interface Declaration {
  id: number
  person_id: number
  person_name: string
  department_name: string
  year: number
  kind: DeclarationKind
  form_revision: string
  state: DeclarationState
  version: number
  created_at: number
  updated_at: number
  submitted_at: number | null
  accepted_at: number | null
}

export interface DeclarationEvent {
  action: 'create' | 'save' | 'submit' | 'resubmit' | 'return' | 'accept'
  actor_name: string
  note: string
  at: number
}

export interface DeclarationDetail {
  declaration: Declaration
  content: Content
  events: DeclarationEvent[]
  return_reason: string
  access: { owner: boolean; can_edit: boolean; can_review: boolean }
  form: FormDef
}

export interface MyDeclarations {
  leading_cadre: boolean
  person_name: string
  current_year: number
  annual_due: string
  current_annual: Declaration | null
  items: Declaration[]
}

export interface Change {
  change: 'added' | 'removed' | 'changed' | 'answer'
  row?: number
  fields?: string[]
  before: Record<string, string> | string | null
  after: Record<string, string> | string | null
}
export interface Comparison {
  previous: { id: number; year: number; kind: DeclarationKind; state: DeclarationState } | null
  items: { item: string; no: string; title_zh: string; title_en: string; changes: Change[] }[]
}

export const declarationsApi = {
  mine: () => http.get<MyDeclarations>('/declarations/mine'),
  list: (query?: Query) => http.list<Declaration>('/declarations', query),
  get: (id: number) => http.get<DeclarationDetail>(`/declarations/${id}`),
  compare: (id: number) => http.get<Comparison>(`/declarations/${id}/compare`),
  create: (kind: DeclarationKind, year?: number) =>
    http.post<{ declaration: Declaration }>('/declarations', year ? { kind, year } : { kind }),
  save: (id: number, version: number, content: Content) =>
    http.put<{ declaration: Declaration }>(`/declarations/${id}`, { version, content }),
  submit: (id: number, version: number) => http.post<{ declaration: Declaration }>(`/declarations/${id}/submit`, { version }),
  giveBack: (id: number, reason: string) => http.post<{ declaration: Declaration }>(`/declarations/${id}/return`, { reason }),
  accept: (id: number) => http.post<{ declaration: Declaration }>(`/declarations/${id}/accept`, {}),
}
