// The rectification ledger's pure rules on the page side: which tag a state shows, which
// texts a step requires (the server checks them again and names the field), and the
// ledger's filters read from the URL (the home page links to ?state=… and ?overdue=true).
import type { LedgerQuery, RectificationAction, RectificationItem, RectificationState } from './api'

export const STATES: RectificationState[] = ['rectifying', 'reported', 'closed']
export const ACTIONS: RectificationAction[] = ['progress', 'report', 'accept', 'return']

/** Element Plus tag type of an item: overdue is red whatever the state, closed green. */
export function stateTagType(item: Pick<RectificationItem, 'state' | 'overdue'>): 'danger' | 'warning' | 'success' | 'info' {
  if (item.state === 'closed') return 'success'
  if (item.overdue) return 'danger'
  return item.state === 'reported' ? 'warning' : 'info'
}

/** Which texts a step must carry: a progress or completion note, evidence, a reason. */
export function requiredTexts(action: RectificationAction): { note: boolean; evidence: boolean } {
  switch (action) {
    case 'progress': return { note: true, evidence: false }
    case 'report': return { note: true, evidence: true }
    case 'return': return { note: true, evidence: false }
    case 'accept': return { note: false, evidence: false }
  }
}

/** The i18n key of the first missing required text, or '' when the step may be sent. */
export function missingText(action: RectificationAction, note: string, evidence: string): '' | 'note' | 'evidence' {
  const need = requiredTexts(action)
  if (need.note && !note.trim()) return 'note'
  if (need.evidence && !evidence.trim()) return 'evidence'
  return ''
}

function positiveId(v: unknown): number | '' {
  const n = Number(Array.isArray(v) ? v[0] : v)
  return Number.isInteger(n) && n > 0 ? n : ''
}

/** The ledger filters a URL query asks for; unknown values are dropped, not sent. */
export function filtersFromQuery(q: Record<string, unknown>): Required<Pick<LedgerQuery, 'check_id' | 'department_id' | 'state' | 'overdue'>> {
  const s = String(Array.isArray(q.state) ? q.state[0] : q.state ?? '')
  const o = String(Array.isArray(q.overdue) ? q.overdue[0] : q.overdue ?? '')
  return {
    check_id: positiveId(q.check_id),
    department_id: positiveId(q.department_id),
    state: (STATES as string[]).includes(s) ? (s as RectificationState) : '',
    overdue: o === 'true' || o === '1' ? true : '',
  }
}

/** Whole days from `today` to `deadline` (both YYYY-MM-DD): negative when past. */
export function daysLeft(deadline: string, today: string): number {
  const a = Date.parse(today + 'T00:00:00Z')
  const b = Date.parse(deadline + 'T00:00:00Z')
  return Math.round((b - a) / 86_400_000)
}
