// The pure rules of the duty pages (tested in tests/duty.spec.ts).
import type { ListItem, ListKind, ProgressInput, TaskState } from './api'

export const LIST_KINDS: ListKind[] = ['primary', 'supervisory', 'dual']
export const TASK_STATES: TaskState[] = ['not_started', 'in_progress', 'done', 'overdue']

/** Element Plus tag type of a task state: overdue red, done green, in progress blue. */
export function stateTagType(s: TaskState): 'danger' | 'success' | 'primary' | 'info' {
  return s === 'overdue' ? 'danger' : s === 'done' ? 'success' : s === 'in_progress' ? 'primary' : 'info'
}

/** The dual-duty items grouped by committee member, in the order the server gave. */
export function groupByMember(items: ListItem[]): { person_id: number; person_name: string; items: ListItem[] }[] {
  const out: { person_id: number; person_name: string; items: ListItem[] }[] = []
  for (const i of items) {
    if (i.kind !== 'dual' || i.person_id === null) continue
    let g = out.find((x) => x.person_id === i.person_id)
    if (!g) out.push((g = { person_id: i.person_id, person_name: i.person_name, items: [] }))
    g.items.push(i)
  }
  return out
}

/** The first problem of a progress form as an i18n key with its field, or null when fine. */
export function progressProblem(p: ProgressInput): { field: string; key: string } | null {
  if (!p.content.trim()) return { field: 'content', key: 'common.required' }
  if (!Number.isInteger(p.progress) || p.progress < 0 || p.progress > 100) return { field: 'progress', key: 'common.required' }
  return null
}

/** The progress to send: a task reported done is 100 % done. */
export function effectiveProgress(p: ProgressInput): number {
  return p.status === 'done' ? 100 : p.progress
}

/** The work point's share of done tasks, 0–100 (0 when it has none). */
export function donePercent(done: number, total: number): number {
  return total > 0 ? Math.round((done * 100) / total) : 0
}

/** Whether the signed-in user holds a role (the lists are written by role, not only permission). */
export function hasRole(me: { roles?: { role: string }[] } | null | undefined, role: string): boolean {
  return !!me?.roles?.some((g) => g.role === role)
}

/**
 * Whether the user may write a list of this kind: the discipline secretary writes the
 * supervisory list, the Party secretary the primary and dual-duty ones (as the server checks).
 */
export function mayWriteKind(me: { roles?: { role: string }[]; permissions?: string[] } | null | undefined, kind: ListKind): boolean {
  if (!me?.permissions?.includes('duty.list.manage')) return false
  return hasRole(me, kind === 'supervisory' ? 'discipline_secretary' : 'party_secretary')
}
