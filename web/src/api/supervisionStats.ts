// Supervision statistics (监督执纪统计): counts by source, category, disposition,
// state, form, measure and conclusion per period slot, with last year's totals;
// overdue rates; talks by kind; per department. XLSX export of the same tables.
import { apiUrl, http, type Query } from './http'

export interface StatsRow {
  key: string
  code: string
  label_zh: string
  label_en: string
  values: number[]
  total: number
  previous_total: number
  change?: number
  parent?: string
  people?: number
  previous_people?: number
}
export interface OverdueRate {
  stage: string
  label_zh?: string
  label_en?: string
  overdue: number
  with_deadline: number
  rate: number
  [k: string]: unknown
}
export interface StatsSlot {
  label_zh: string
  label_en: string
}
export interface SupervisionStats {
  slots?: StatsSlot[]
  clues_received?: number
  previous_clues_received?: number
  year: number
  period: 'year' | 'half' | 'quarter' | 'month'
  rows: StatsRow[]
  overdue_rates: OverdueRate[]
  talks: StatsRow[]
  departments: StatsRow[]
}

export const statsApi = {
  get: (query: Query) => http.get<SupervisionStats>('/supervision/stats', query),
  exportUrl: (query?: Query) => apiUrl('/supervision/stats/export', query),
}
