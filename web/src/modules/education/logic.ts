// Education's pure page rules: the filters read from the URL (the home page links to
// /education/my?status=pending), the completion totals and rate shown under the table
// (the same figures as the export's 合计 row), and the title of an item.
import type { DepartmentCompletion, EducationItem, ItemKind } from './api'
import { ITEM_KINDS } from './api'

export interface MyFilters { status: '' | 'pending' | 'done'; kind: ItemKind | ''; q: string }

export function myFiltersFromQuery(q: Record<string, unknown>): MyFilters {
  const status = q.status === 'pending' || q.status === 'done' ? q.status : ''
  const kind = ITEM_KINDS.includes(q.kind as ItemKind) ? (q.kind as ItemKind) : ''
  return { status, kind, q: typeof q.q === 'string' ? q.q : '' }
}

/** "87.5%" with one decimal, as the server writes it; "—" when nobody is assigned. */
export function rateText(confirmed: number, assigned: number): string {
  if (assigned <= 0) return '—'
  return ((100 * confirmed) / assigned).toFixed(1) + '%'
}

export function completionTotals(rows: DepartmentCompletion[]): { assigned: number; confirmed: number; pending: number; rate: string } {
  const assigned = rows.reduce((n, r) => n + r.assigned, 0)
  const confirmed = rows.reduce((n, r) => n + r.confirmed, 0)
  return { assigned, confirmed, pending: assigned - confirmed, rate: rateText(confirmed, assigned) }
}

/** 2026年第3期《…》 for notices, 《…》 otherwise. */
export function itemTitle(item: Pick<EducationItem, 'number' | 'title'>): string {
  return (item.number ? item.number + ' ' : '') + '《' + item.title + '》'
}

/** The fields a typical case needs beyond the title, as the server checks them. */
export function missingField(input: { kind: string; title: string; category: string; lessons: string }): '' | 'kind' | 'title' | 'category' | 'lessons' {
  if (!input.kind) return 'kind'
  if (!input.title.trim()) return 'title'
  if (input.kind === 'case' && !input.category) return 'category'
  if (input.kind === 'case' && !input.lessons.trim()) return 'lessons'
  return ''
}
