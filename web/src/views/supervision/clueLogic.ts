// Pure rules of the supervision pages (no Vue, no I/O; unit-tested in
// web/tests/supervision.spec.ts):
//  - what an action's dialog must ask (actionNeeds) and the request body built from
//    what the user entered (actionBody) — the server's state machine stays the judge;
//  - the dictionary holding the measures of one of the four forms (measureDict);
//  - status → tag colour for deadlines and clue states;
//  - statistics helpers: the slot labels of a period and the year-over-year change.

import type { ClueActionBody, ClueOutcome, ClueStep, LegalAction } from '@/api/clues'

export type Need = 'none' | 'optional' | 'required'

export interface ActionNeeds {
  opinion: Need
  disposition: boolean
  effectiveOn: boolean
  outcome: boolean
}

// Actions done on their own endpoint (split/merge), not through POST /clues/{id}/actions.
export const SEPARATE_ACTIONS = new Set(['split', 'merge'])

// Opinions are required for propose, return, escalate, extend, reopen, split, merge
// (docs/modules/supervision.md); optional for the rest.
const OPINION_REQUIRED = new Set(['propose_disposition', 'return', 'escalate', 'extend', 'reopen', 'split', 'merge'])

export function actionNeeds(action: string): ActionNeeds {
  return {
    opinion: OPINION_REQUIRED.has(action) ? 'required' : 'optional',
    disposition: action === 'propose_disposition',
    effectiveOn: action === 'send_inquiry' || action === 'record_reply',
    outcome: action === 'submit_outcome',
  }
}

export interface ActionInput {
  opinion: string
  disposition: string
  effective_on: string
  outcome: ClueOutcome
}

/** Problems in the input for `action`, as i18n keys of the fields at fault (empty = fine). */
export function actionProblems(action: string, input: ActionInput): string[] {
  const needs = actionNeeds(action)
  const out: string[] = []
  if (needs.opinion === 'required' && !input.opinion.trim()) out.push('opinion')
  if (needs.disposition && !input.disposition) out.push('disposition')
  if (needs.outcome) {
    if (!input.outcome.conclusion) out.push('conclusion')
    if (input.outcome.conclusion === 'substantiated' && input.outcome.measures.length === 0) out.push('measures')
    input.outcome.measures.forEach((m, i) => {
      if (!m.person_name.trim()) out.push(`measures.${i}.person_name`)
      if (!m.measure) out.push(`measures.${i}.measure`)
      if (!m.decided_on) out.push(`measures.${i}.decided_on`)
    })
  }
  return out
}

/** The body of POST /clues/{id}/actions: only the fields the action takes. */
export function actionBody(legal: LegalAction, input: ActionInput): ClueActionBody {
  const needs = actionNeeds(legal.action)
  const body: ClueActionBody = { action: legal.action }
  // Always name the part the button was offered for: a caller playing several parts
  // (the discipline secretary also assigned as department head) acts as exactly that one.
  if (legal.as) body.as = legal.as
  const opinion = input.opinion.trim()
  if (needs.opinion !== 'none' && opinion) body.opinion = opinion
  if (needs.disposition) body.disposition = input.disposition
  if (needs.effectiveOn && input.effective_on) body.effective_on = input.effective_on
  if (needs.outcome) {
    const substantiated = input.outcome.conclusion === 'substantiated'
    body.outcome = {
      conclusion: input.outcome.conclusion,
      summary: (input.outcome.summary || '').trim(),
      measures: substantiated
        ? input.outcome.measures.map((m) => {
            const r: ClueOutcome['measures'][number] = {
              person_name: m.person_name.trim(),
              measure: m.measure,
              decided_on: m.decided_on,
            }
            if (m.person_id) r.person_id = m.person_id
            if (m.decision_document && m.decision_document.trim()) r.decision_document = m.decision_document.trim()
            return r
          })
        : [],
    }
  }
  return body
}

/** The dictionary of the measures of one form (the registry has no parent column). */
export function measureDict(form: string): string {
  return form ? `clue.form_measure.${form}` : ''
}

/** Element Plus tag type of a deadline status (clue.deadline_status). */
export function deadlineTagType(status: string | null | undefined): 'danger' | 'warning' | 'success' | 'info' | 'primary' {
  switch (status) {
    case 'overdue':
      return 'danger'
    case 'due_soon':
    case 'met_late':
      return 'warning'
    case 'met':
      return 'success'
    case 'open':
      return 'primary'
    default:
      return 'info'
  }
}

/** Element Plus tag type of a clue state (clue.state). */
export function stateTagType(state: string | null | undefined): 'danger' | 'warning' | 'success' | 'info' | 'primary' {
  switch (state) {
    case 'closed':
      return 'success'
    case 'disposition_pending':
    case 'outcome_pending':
      return 'warning'
    case 'in_handling':
    case 'collective_review':
      return 'primary'
    default:
      return 'info'
  }
}

/** The timeline's colour of one step: approvals green, returns red, the rest neutral. */
export function stepColor(step: ClueStep): string {
  if (step.action === 'approve') return '#67c23a'
  if (step.action === 'return') return '#f56c6c'
  if (step.action === 'register') return '#909399'
  if (step.to === 'closed') return '#67c23a'
  return '#409eff'
}

/** Running deadlines (not met) sorted most urgent first: overdue, due soon, open; then by due day. */
export function runningDeadlines<T extends { status: string; due_on: string; met_on: string | null }>(list: T[]): T[] {
  const rank: Record<string, number> = { overdue: 0, due_soon: 1, open: 2 }
  return list
    .filter((d) => !d.met_on && d.status in rank)
    .sort((a, b) => rank[a.status] - rank[b.status] || a.due_on.localeCompare(b.due_on))
}

/** Labels of the period slots of a statistics answer (values[i] ↔ label i). */
export function periodSlots(period: string, lang: string): string[] {
  const en = lang === 'en'
  switch (period) {
    case 'half':
      return en ? ['H1', 'H2'] : ['上半年', '下半年']
    case 'quarter':
      return en ? ['Q1', 'Q2', 'Q3', 'Q4'] : ['一季度', '二季度', '三季度', '四季度']
    case 'month':
      return Array.from({ length: 12 }, (_, i) => (en ? `M${i + 1}` : `${i + 1}月`))
    default:
      return [en ? 'Year' : '全年']
  }
}

/** Year-over-year change as a display string: "+50.0%", "-25.0%", "0.0%", or "—" without a base. */
export function yoyText(total: number, previous: number): string {
  if (!previous) return total ? '—' : '0.0%'
  const pct = ((total - previous) / previous) * 100
  const s = pct.toFixed(1) + '%'
  return pct > 0 ? '+' + s : s
}

/** A ratio in [0,1] (or a percentage already) as "12.5%". */
export function rateText(rate: number | null | undefined, overdue?: number, withDeadline?: number): string {
  let r = rate
  if ((r === null || r === undefined || Number.isNaN(r)) && withDeadline) r = (overdue ?? 0) / withDeadline
  if (r === null || r === undefined || Number.isNaN(r)) return '—'
  const pct = r <= 1 ? r * 100 : r
  return pct.toFixed(1) + '%'
}

/** A file size for people: 1234 → "1.2 KB". */
export function sizeText(n: number): string {
  if (!n && n !== 0) return ''
  if (n < 1024) return `${n} B`
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`
  return `${(n / 1024 / 1024).toFixed(1)} MB`
}

/** The talk kind to offer for a pending person: promoted or transferred cadres get the
 *  collective talk for new cadres, a first appointment the pre-appointment talk. */
export function talkKindFor(eventKind: string): string {
  return eventKind === 'appoint' ? 'pre_appointment' : 'collective_new_cadre'
}

export interface StatsRowLike {
  key: string
  code: string
  label_zh?: string
  label_en?: string
  values?: number[]
  total?: number
  previous_total?: number
}

/** Statistics rows grouped by their `key` (source, category, …), in first-seen order. */
export function groupRows<T extends StatsRowLike>(rows: T[] | null | undefined): Map<string, T[]> {
  const out = new Map<string, T[]>()
  for (const r of rows || []) {
    const list = out.get(r.key)
    if (list) list.push(r)
    else out.set(r.key, [r])
  }
  return out
}

/** A statistics row's label in the language, falling back to the other one, then the code. */
export function rowLabel(r: { code: string; label_zh?: string; label_en?: string }, lang: string): string {
  return (lang === 'en' ? r.label_en || r.label_zh : r.label_zh || r.label_en) || r.code
}

/** Whether any row of a group counts something (for the "no data" empty state). */
export function hasCounts(rows: StatsRowLike[] | undefined): boolean {
  return (rows || []).some((r) => (r.total ?? 0) > 0 || (r.previous_total ?? 0) > 0)
}

/** A picker's line for an account: name · department · position (issue 15 item 10). */
export function accountLabel(a: { display_name: string; department_name?: string; position_name?: string }): string {
  return [a.display_name, a.department_name, a.position_name].filter(Boolean).join(' · ')
}
/** Whether an account matches the typed text in its name, department or position. */
export function accountMatches(a: { display_name: string; department_name?: string; position_name?: string }, q: string): boolean {
  const s = q.trim().toLowerCase()
  if (!s) return true
  return [a.display_name, a.department_name, a.position_name].some((x) => (x || '').toLowerCase().includes(s))
}

/** Problems of the registration elements before sending (the server checks the same). */
export function registrationProblems(source: string, r: { source_document: string; reporter_mode: 'none' | 'anonymous' | 'named'; reporter_name: string }): string[] {
  const out: string[] = []
  if (source === 'referral_from_above' && !r.source_document.trim()) out.push('source_document')
  if (r.reporter_mode === 'named' && !r.reporter_name.trim()) out.push('reporter.name')
  return out
}

/** The registration elements as the form edits them. */
export interface RegForm {
  source_document: string
  reporter_mode: 'none' | 'anonymous' | 'named'
  reporter_name: string
  reporter_contact: string
  cadre_authority: string
  classification: string
}
export function emptyRegForm(): RegForm {
  return { source_document: '', reporter_mode: 'none', reporter_name: '', reporter_contact: '', cadre_authority: 'local', classification: 'internal' }
}
export function regFormOf(r?: { source_document: string; reporter: { anonymous: boolean; name: string; contact: string } | null; cadre_authority: string | null; classification: string | null } | null): RegForm {
  const f = emptyRegForm()
  if (!r) return f
  f.source_document = r.source_document || ''
  if (r.reporter) {
    f.reporter_mode = r.reporter.anonymous ? 'anonymous' : 'named'
    f.reporter_name = r.reporter.name || ''
    f.reporter_contact = r.reporter.contact || ''
  }
  f.cadre_authority = r.cadre_authority || ''
  f.classification = r.classification || 'internal'
  return f
}
/** The request fields of the registration (POST /clues, PUT /clues/{id}/registration). */
export function regBody(f: RegForm) {
  return {
    source_document: f.source_document.trim(),
    reporter:
      f.reporter_mode === 'none'
        ? null
        : f.reporter_mode === 'anonymous'
          ? { anonymous: true, name: '', contact: '' }
          : { anonymous: false, name: f.reporter_name.trim(), contact: f.reporter_contact.trim() },
    cadre_authority: f.cadre_authority || null,
    classification: f.classification || 'internal',
  }
}
