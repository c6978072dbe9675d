// The pure rules of the assessment and meeting pages (tested in tests/dutyAssessment.spec.ts).
import type { AssessItem, AssessRow, ItemInput, MeetingKind, NewMeeting } from './assessmentApi'

export const MEETING_KINDS: MeetingKind[] = ['report_hearing', 'situation_analysis']

/** The sum of the items' weights (what must be 100). */
export function weightSum(items: { weight: number }[]): number {
  return items.reduce((s, i) => s + (Number.isFinite(i.weight) ? i.weight : 0), 0)
}

/** The first problem of a template as the server's field name, or null when it may be saved. */
export function templateProblem(items: ItemInput[]): string | null {
  if (!items.length) return 'items'
  for (let i = 0; i < items.length; i++) {
    if (!items[i].title.trim()) return `items[${i}].title`
    if (!Number.isInteger(items[i].weight) || items[i].weight < 1 || items[i].weight > 100) return `items[${i}].weight`
    if (!items[i].scoring_rule.trim()) return `items[${i}].scoring_rule`
  }
  return weightSum(items) === 100 ? null : 'weight'
}

/** Whether a score is 0–100 with at most one decimal (as the server checks). */
export function validScore(v: number | null | undefined): boolean {
  if (v === null || v === undefined || !Number.isFinite(v) || v < 0 || v > 100) return false
  return Math.abs(Math.round(v * 10) - v * 10) < 1e-6
}

/** The weighted total of a department's scores, Σ score × weight / 100, two decimals. */
export function weightedTotal(items: AssessItem[], scores: Record<string, { score: number }>): number {
  let thousandths = 0
  for (const i of items) {
    const s = scores[String(i.id)]
    if (s) thousandths += Math.round(s.score * 10) * i.weight
  }
  return Math.round(thousandths / 10) / 100
}

/** Rows in rank order with the unscored last (the server's order, kept when re-sorting locally). */
export function byRank(rows: AssessRow[]): AssessRow[] {
  return [...rows].sort((a, b) => (a.rank ?? Number.MAX_SAFE_INTEGER) - (b.rank ?? Number.MAX_SAFE_INTEGER))
}

/** The first problem of a new meeting as the server's field name, or null. */
export function meetingProblem(m: NewMeeting): string | null {
  if (!m.kind) return 'kind'
  if (!/^\d{4}-\d{2}-\d{2}$/.test(m.meeting_date)) return 'meeting_date'
  if (!m.title.trim()) return 'title'
  if (!m.minutes.trim()) return 'minutes'
  const empty = m.decisions.findIndex((d) => !d.trim())
  return empty >= 0 ? `decisions[${empty}]` : null
}
