// Pure helpers of the integrity-opinion pages (tested in web/tests/opinions.spec.ts).
import type { Answer, Grounds, NewRequest, PersonChoice } from './api'

/** How a person shows in the picker: 姓名（部门 · 职务）. */
export function personLabel(p: Pick<PersonChoice, 'name' | 'department_name' | 'position_name'>): string {
  const where = [p.department_name, p.position_name].filter((s) => s).join(' · ')
  return where ? `${p.name}（${where}）` : p.name
}

/** The first field of a new request that is missing, or null when it can be sent. */
export function missingField(r: NewRequest, today: string): 'purpose' | 'purpose_note' | 'requested_by' | 'person_ids' | null {
  if (!r.purpose) return 'purpose'
  if (r.purpose === 'other' && !r.purpose_note.trim()) return 'purpose_note'
  if (!/^\d{4}-\d{2}-\d{2}$/.test(r.requested_by) || r.requested_by < today) return 'requested_by'
  if (r.person_ids.length === 0) return 'person_ids'
  return null
}

/** The grounds of a draft as lines (discipline committee only). */
export function groundLines(g: Grounds | null): string[] {
  if (!g) return []
  const out: string[] = []
  for (const c of g.concealed) out.push(`${c.year} 年度核查认定瞒报：${c.item_title}${c.consequences ? `（处理：${c.consequences}）` : ''}`)
  for (const m of g.measures)
    out.push(`${m.clue_number}：${m.decided_on} ${m.measure_zh}${m.effect_until ? `，影响期至 ${m.effect_until}` : ''}`)
  for (const c of g.open_clues) out.push(`${c.number}：${c.received_date} 受理，尚未办结`)
  return out
}

/** The element-plus tag type of an answer's state. */
export function answerTag(a: Pick<Answer, 'status' | 'hold'>): 'success' | 'warning' | 'danger' {
  if (a.status === 'approved') return 'success'
  return a.hold ? 'danger' : 'warning'
}
