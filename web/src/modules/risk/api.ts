// Integrity-risk prevention (廉政风险防控, docs/modules/risk.md): risk points with their
// review, negative lists and their coverage, the heat map, and the signed-in person's
// acknowledgements. The server filters everything by the caller's data scope.
import { apiUrl, http, type Query } from '@/api/http'

export type RiskStatus = 'submitted' | 'approved' | 'returned'

export interface Measure {
  measure: string
  owner_person_id: number | null
  owner_name: string
}

export interface RiskPoint {
  id: number
  department_id: number
  department_name: string
  position_id: number | null
  position_name: string
  /** Code in dictionary risk_category. */
  category: string
  description: string
  likelihood: number
  impact: number
  /** 1 = 一级 (high) … 3 = 三级 (low). */
  level: number
  status: RiskStatus
  return_reason: string
  last_reviewed_date: string | null
  next_review_date: string | null
  revision: number
  updated_at: number
  measures: Measure[]
}

export interface RiskReview {
  id: number
  action: 'submit' | 'approve' | 'return'
  reason: string
  level: number
  actor_name: string
  created_at: number
}

export interface RiskPointDetail extends RiskPoint {
  history: RiskReview[]
  can_edit: boolean
  can_review: boolean
}

export interface RiskInput {
  department_id?: number
  position_id?: number | null
  category: string
  description: string
  likelihood: number
  impact: number
  measures: { measure: string; owner_name: string; owner_person_id?: number | null }[]
}

export interface HeatCell {
  department_id: number
  department_name: string
  category: string
  level: number
  count: number
}

export interface NegativeList {
  id: number
  department_id: number
  department_name: string
  year: number
  items: string[]
  revision: number
  updated_at: number
  acknowledged: number
  staff: number
}

export interface CoverageRow {
  department_id: number
  department_name: string
  list_id: number | null
  items: number
}

export interface Coverage {
  year: number
  departments: number
  covered: number
  full_coverage: boolean
  rows: CoverageRow[]
}

export interface MineItem {
  object_type: 'negative_list' | 'risk_point'
  object_id: number
  revision: number
  acknowledged: boolean
}

export interface Mine {
  negative_list: NegativeList | null
  risk_points: RiskPoint[]
  items: MineItem[]
}

export const riskApi = {
  points: (query?: Query) => http.list<RiskPoint>('/risk/points', query),
  /** The filtered list as XLSX (a link the browser downloads). */
  exportUrl: (query?: Query) => apiUrl('/risk/points/export', query),
  point: (id: number) => http.get<RiskPointDetail>(`/risk/points/${id}`),
  create: (p: RiskInput) => http.post<RiskPoint>('/risk/points', p),
  update: (id: number, p: RiskInput) => http.put<RiskPoint>(`/risk/points/${id}`, p),
  review: (id: number, decision: 'approve' | 'return', reason = '') =>
    http.post<RiskPoint>(`/risk/points/${id}/review`, { decision, reason }),
  heatmap: (level?: number | '') => http.get<{ cells: HeatCell[] }>('/risk/heatmap', level ? { level } : undefined),
  negativeLists: (year?: number) =>
    http.get<{ year: number; lists: NegativeList[]; managed_department_ids: number[] }>(
      '/risk/negative-lists',
      year ? { year } : undefined,
    ),
  saveNegativeList: (department_id: number, year: number, items: string[]) =>
    http.put<NegativeList>('/risk/negative-lists', { department_id, year, items }),
  coverage: (year?: number) => http.get<Coverage>('/risk/coverage', year ? { year } : undefined),
  mine: () => http.get<Mine>('/risk/mine'),
  acknowledge: (object_type: MineItem['object_type'], object_id: number) =>
    http.post<MineItem>('/risk/acknowledgements', { object_type, object_id }),
}
