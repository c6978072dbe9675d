// The reports pages' pure rules: labels with a fallback when the server dictionary
// lacks a code, status tag colours, what triage needs before it is sent, and what a
// staff registration must carry. Unit-tested in tests/reports.spec.ts.
import type { TriageBody, TriageClue } from '@/api/reports'

export const RD = { status: 'report.status', channel: 'report.channel' } as const

export function statusTagType(status: string): 'info' | 'warning' | 'success' | 'danger' | 'primary' {
  switch (status) {
    case 'received':
      return 'warning'
    case 'under_review':
      return 'primary'
    case 'in_handling':
      return 'success'
    case 'out_of_scope':
      return 'danger'
    default:
      return 'info'
  }
}

/** Statuses after which a report can no longer be triaged. */
export function canTriage(status: string): boolean {
  return status === 'received' || status === 'under_review'
}
export function canClose(status: string): boolean {
  return status !== 'closed'
}

export interface TriageInput {
  decision: 'clues' | 'out_of_scope'
  reason: string
  clues: { category: string; matter: string; person_name: string; person_position: string; handler_id: number | null }[]
}

/** Problems (dotted paths) of a triage before sending; empty when it can go. */
export function triageProblems(x: TriageInput): string[] {
  if (x.decision === 'out_of_scope') return x.reason.trim() ? [] : ['reason']
  if (!x.clues.length) return ['clues']
  const out: string[] = []
  x.clues.forEach((c, i) => {
    if (!c.category) out.push(`clues.${i}.category`)
    if (!c.matter.trim()) out.push(`clues.${i}.matter`)
    if (!c.person_name.trim()) out.push(`clues.${i}.person_name`)
    if (!c.handler_id) out.push(`clues.${i}.handler_id`)
  })
  return out
}

/** The triage request of docs/modules/reports-api.md. */
export function triageBody(x: TriageInput): TriageBody {
  if (x.decision === 'out_of_scope') return { decision: 'out_of_scope', reason: x.reason.trim() }
  const clues: TriageClue[] = x.clues.map((c) => ({
    category: c.category,
    matter: c.matter.trim(),
    persons: [{ name: c.person_name.trim(), ...(c.person_position.trim() ? { position: c.person_position.trim() } : {}) }],
    assignments: c.handler_id ? [{ account_id: c.handler_id, part: 'handler' }] : [],
  }))
  return { decision: 'clues', clues }
}

/** A first clue pre-filled from the report (the person reported, the matter). */
export function firstClue(reported: { name: string; unit?: string; position?: string }, matter: string) {
  const pos = [reported.unit, reported.position].filter(Boolean).join('')
  return { category: '', matter: matter.slice(0, 500), person_name: reported.name || '', person_position: pos, handler_id: null as number | null }
}

/** The reporter's side of the conversation is waiting for a handler question to be answered. */
export function lastHandlerQuestion<T extends { from: string; id: number }>(messages: readonly T[]): T | null {
  for (let i = messages.length - 1; i >= 0; i--) if (messages[i].from === 'handler') return messages[i]
  return null
}
