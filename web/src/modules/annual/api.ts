// Statistics and the annual work report (统计与年度工作报告, docs/modules/annual.md).
// annual.read: the figures of a year (scope: the caller's departments unless unit-wide);
// annual.report.read: the reports and their exports; annual.report.manage: drafts and
// finalising (the discipline secretary).
import { apiUrl, http } from '@/api/http'

export interface Figure {
  code: string
  section: string
  module: string
  label_zh: string
  label_en: string
  definition_zh: string
  definition_en: string
  unit_zh: string
  unit_en: string
  /** null = no data (see reason_*), never shown as 0. */
  value: number | null
  previous: number | null
  reason_zh: string
  reason_en: string
  /** The caller may open the records behind it. */
  drill: boolean
}
export interface Section { code: string; label_zh: string; label_en: string }
export interface Figures {
  year: number
  department_id: number | null
  scope_zh: string
  sections: Section[]
  figures: Figure[]
}
export interface FigureRow { ref: string; title: string; department: string; date: string; status: string }
export interface FigureRecords { code: string; label_zh: string; label_en: string; year: number; value: number | null; rows: FigureRow[] }

export interface ReportParagraph { level: number; heading: string; text: string }
export interface AnnualReport {
  id: number
  year: number
  title: string
  unit_name: string
  issue_date: string
  status: 'draft' | 'final'
  number: string
  /** The 发文字号 of a final version (prefix〔year〕n号); "" for a draft. */
  doc_number: string
  organ_mark: string
  number_prefix: string
  copy_to: string
  printer: string
  version: number
  created_at: number
  updated_at: number
  finalized_at: number | null
  body?: string
  filled?: string
  paragraphs?: ReportParagraph[]
  fields?: string[]
  date_zh?: string
}
/** The official-document header (版头, 版记) of a report or of the template. */
export interface DocHeader { organ_mark: string; number_prefix: string; copy_to: string; printer: string }
export interface ReportEdit extends DocHeader { title: string; unit_name: string; issue_date: string; body: string; version: number }
/** The bureau-wide template (one); version 0 = never saved (the built-in default). */
export interface ReportTemplate extends DocHeader {
  title: string
  body: string
  version: number
  stored: boolean
  updated_at: number | null
  fields: string[]
}
export type TemplateEdit = DocHeader & { title: string; body: string; version: number }

type Scope = { year: number; department_id?: number | null }

export const annualApi = {
  figures: (q: Scope) => http.get<Figures>('/annual/figures', q),
  records: (code: string, q: Scope) => http.get<FigureRecords>(`/annual/figures/${encodeURIComponent(code)}/records`, q),
  figuresExportUrl: (q: Scope) => apiUrl('/annual/figures/export', q),
  /** The records behind a figure as a ledger XLSX (same callers as `records`). */
  recordsExportUrl: (code: string, q: Scope) => apiUrl(`/annual/figures/${encodeURIComponent(code)}/records/export`, q),
  reports: () => http.get<AnnualReport[]>('/annual/reports'),
  report: (id: number) => http.get<AnnualReport>(`/annual/reports/${id}`),
  create: (year: number) => http.post<AnnualReport>('/annual/reports', { year }),
  update: (id: number, edit: ReportEdit) => http.put<AnnualReport>(`/annual/reports/${id}`, edit),
  finalize: (id: number, version: number) => http.post<AnnualReport>(`/annual/reports/${id}/finalize`, { version }),
  exportUrl: (id: number, format: 'docx' | 'pdf' | 'xlsx') => apiUrl(`/annual/reports/${id}/export`, { format }),
  template: () => http.get<ReportTemplate>('/annual/template'),
  saveTemplate: (edit: TemplateEdit) => http.put<ReportTemplate>('/annual/template', edit),
}

/** A figure on a role's dashboard: its year's value, its months (when it has a date to
 * bucket by) and its values over the dashboard's years. null = no data (never 0). */
export interface DashSeries {
  code: string
  label_zh: string
  label_en: string
  unit_zh: string
  unit_en: string
  definition_zh: string
  definition_en: string
  monthly: boolean
  month_basis_zh: string
  month_basis_en: string
  /** 12 values when monthly, else empty. */
  months: (number | null)[]
  /** What the year's value holds but no month does (dated outside the year, undated). */
  outside: number | null
  total: number | null
  reason_zh: string
  reason_en: string
  years: (number | null)[]
}
export interface DashChart { key: string; title_zh: string; title_en: string; series: DashSeries[] }
export interface DashRole { code: string; title_zh: string; title_en: string }
export interface Dashboard {
  role: string
  title_zh: string
  title_en: string
  roles: DashRole[]
  year: number
  years: number[]
  department_id: number | null
  scope_zh: string
  charts: DashChart[]
}
type DashQuery = Scope & { role?: string }

export const dashboardApi = {
  get: (q: DashQuery) => http.get<Dashboard>('/annual/dashboard', q),
  exportUrl: (q: DashQuery) => apiUrl('/annual/dashboard/export', q),
}
