// The regulation library's pure page rules: the filters read from the URL (the home
// page links to /regulations?ack=pending), the tag colour of a state, the heading of a
// regulation (《title》 with 文号), the completion totals under the table (the same
// figures as the export's 合计 row) and what a form must have before it is sent.
import type { DepartmentAck, RegulationStatus } from './api'
import { REGULATION_STATUSES } from './api'

export interface ListFilters { q: string; category: string; status: RegulationStatus | ''; ack: '' | 'pending' | 'done' }

export function filtersFromQuery(q: Record<string, unknown>): ListFilters {
  const status = REGULATION_STATUSES.includes(q.status as RegulationStatus) ? (q.status as RegulationStatus) : ''
  const ack = q.ack === 'pending' || q.ack === 'done' ? q.ack : ''
  return {
    q: typeof q.q === 'string' ? q.q : '',
    category: typeof q.category === 'string' ? q.category : '',
    status,
    ack,
  }
}

/** Element Plus tag type of a regulation's or version's state. */
export function statusTagType(status: string): 'success' | 'warning' | 'info' | 'danger' {
  if (status === 'in_force') return 'success'
  if (status === 'not_yet') return 'warning'
  if (status === 'repealed') return 'danger'
  return 'info'
}

/** 《公务接待管理办法》（自然资党〔2026〕9号） */
export function regulationHeading(r: { title: string; doc_number: string }): string {
  return '《' + r.title + '》' + (r.doc_number ? '（' + r.doc_number + '）' : '')
}

/** "87.5%" with one decimal, as the server writes it; "—" when nobody is assigned. */
export function rateText(done: number, assigned: number): string {
  if (assigned <= 0) return '—'
  return ((100 * done) / assigned).toFixed(1) + '%'
}

export function ackTotals(rows: DepartmentAck[]): { assigned: number; acknowledged: number; pending: number; rate: string } {
  const assigned = rows.reduce((n, r) => n + r.assigned, 0)
  const acknowledged = rows.reduce((n, r) => n + r.acknowledged, 0)
  return { assigned, acknowledged, pending: assigned - acknowledged, rate: rateText(acknowledged, assigned) }
}

/** The first required field left empty, in the order the form shows them ('' when none). */
export function missingField(
  input: { category?: string; title: string; issuing_body: string; effective_on: string; full_text: string; change_note?: string },
  revision: boolean,
): '' | 'category' | 'title' | 'issuingBody' | 'effectiveOn' | 'fullText' | 'changeNote' {
  if (!revision && !input.category) return 'category'
  if (!input.title.trim()) return 'title'
  if (!input.issuing_body.trim()) return 'issuingBody'
  if (!input.effective_on) return 'effectiveOn'
  if (!input.full_text.trim()) return 'fullText'
  if (revision && !(input.change_note || '').trim()) return 'changeNote'
  return ''
}
