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
    case 'transferred':
    case 'filed':
      return 'info'
    default:
      return 'info'
  }
}

/** Statuses after which a report can no longer be triaged. */
export function canTriage(status: string): boolean {
  return status === 'received' || status === 'under_review'
}
/** 转办 is final and 留存备查 ends the report itself: neither is closed separately. */
export function canClose(status: string): boolean {
  return status !== 'closed' && status !== 'transferred' && status !== 'filed'
}
/** A report kept on file (留存备查) may be taken up again; a transferred one may not. */
export function canReopen(status: string): boolean {
  return status === 'filed'
}

export interface TriageInput {
  decision: 'clues' | 'out_of_scope' | 'transfer' | 'file'
  reason: string
  transfer?: { unit: string; document_number: string; transferred_on: string }
  clues: { category: string; matter: string; person_name: string; person_position: string; handler_id: number | null; person_id?: number | null }[]
}

/** Problems (dotted paths) of a triage before sending; empty when it can go. */
export function triageProblems(x: TriageInput): string[] {
  if (x.decision === 'out_of_scope' || x.decision === 'file') return x.reason.trim() ? [] : ['reason']
  if (x.decision === 'transfer') {
    const t = x.transfer || { unit: '', document_number: '', transferred_on: '' }
    const out: string[] = []
    if (!t.unit.trim()) out.push('transfer.unit')
    if (!t.document_number.trim()) out.push('transfer.document_number')
    if (!t.transferred_on) out.push('transfer.transferred_on')
    return out
  }
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
  if (x.decision === 'file') return { decision: 'file', reason: x.reason.trim() }
  if (x.decision === 'transfer') {
    const t = x.transfer || { unit: '', document_number: '', transferred_on: '' }
    return { decision: 'transfer', transfer: { unit: t.unit.trim(), document_number: t.document_number.trim(), transferred_on: t.transferred_on } }
  }
  const clues: TriageClue[] = x.clues.map((c) => ({
    category: c.category,
    matter: c.matter.trim(),
    persons: [
      {
        ...(c.person_id ? { person_id: c.person_id } : {}),
        name: c.person_name.trim(),
        ...(c.person_position.trim() ? { position: c.person_position.trim() } : {}),
      },
    ],
    assignments: c.handler_id ? [{ account_id: c.handler_id, part: 'handler' }] : [],
  }))
  return { decision: 'clues', clues }
}

/** A first clue pre-filled from the report (the person reported, the matter). */
/** When a handler linked the 被反映人 to a person of the organisation, the clue is about that person. */
export function firstClue(reported: { name: string; unit?: string; position?: string }, matter: string, link?: { person_id: number; name: string; exists?: boolean } | null) {
  const pos = [reported.unit, reported.position].filter(Boolean).join('')
  if (link && link.exists !== false)
    return { category: '', matter: matter.slice(0, 500), person_name: link.name, person_position: '', handler_id: null as number | null, person_id: link.person_id as number | null }
  return { category: '', matter: matter.slice(0, 500), person_name: reported.name || '', person_position: pos, handler_id: null as number | null, person_id: null as number | null }
}

/** The reporter's side of the conversation is waiting for a handler question to be answered. */
export function lastHandlerQuestion<T extends { from: string; id: number }>(messages: readonly T[]): T | null {
  for (let i = messages.length - 1; i >= 0; i--) if (messages[i].from === 'handler') return messages[i]
  return null
}
