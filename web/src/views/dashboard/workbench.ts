// The home page's workbench (工作台, ../shared/ux.md "Home is a workbench"): the
// caller's open messages sorted into what the office calls them — 待我审批 (signatures
// awaited from me), 我的期限 (my due-soon and overdue items), 待分办举报 (new reports to
// triage), 应谈未谈 (talks owed in my scope), 其他待办 (the rest). Pure rules, no Vue or
// I/O (unit-tested in web/tests/workbench.spec.ts).
//
// A group's count is the number of rows its list shows: the home page links each count
// to /?todo=<group>, which lists every message of that group (not only the first few).
import type { Message, MessageKind } from '@/modules/messages/api'

export type WorkbenchGroup = 'approvals' | 'deadlines' | 'triage' | 'talks' | 'other'

export const WORKBENCH_GROUPS: WorkbenchGroup[] = ['approvals', 'deadlines', 'triage', 'talks', 'other']

/** Message sources (docs/modules/messages.md) that make a group of their own. */
const SOURCE_GROUP: Record<string, WorkbenchGroup> = {
  'clues.signature': 'approvals',
  'reports.triage': 'triage',
  'talks.pending': 'talks',
}

const DEADLINE_KINDS: MessageKind[] = ['overdue', 'due_soon']

/**
 * The groups a message belongs to. A message may be in two: an overdue pending talk is
 * both one of my deadlines and a talk owed. It is in 'other' only when in no other group.
 */
export function groupsOf(m: Pick<Message, 'kind' | 'source'>): WorkbenchGroup[] {
  const out: WorkbenchGroup[] = []
  const bySource = SOURCE_GROUP[m.source]
  if (bySource === 'approvals') out.push('approvals')
  if (DEADLINE_KINDS.includes(m.kind)) out.push('deadlines')
  if (bySource && bySource !== 'approvals') out.push(bySource)
  if (!out.length) out.push('other')
  return out
}

/** The messages of one group, overdue first, then due soon, then the rest (stable). */
export function groupMessages(messages: Message[], group: WorkbenchGroup): Message[] {
  const rank = (m: Message) => (m.kind === 'overdue' ? 0 : m.kind === 'due_soon' ? 1 : 2)
  return messages.filter((m) => groupsOf(m).includes(group)).sort((a, b) => rank(a) - rank(b))
}

/** Count of every group: equal to the length of groupMessages for that group. */
export function groupCounts(messages: Message[]): Record<WorkbenchGroup, number> {
  const counts: Record<WorkbenchGroup, number> = { approvals: 0, deadlines: 0, triage: 0, talks: 0, other: 0 }
  for (const m of messages) for (const g of groupsOf(m)) counts[g]++
  return counts
}

/** What the caller's permissions say they act on; a group shows when it has items or is one of these. */
export function roleGroups(can: (permission: string) => boolean): Set<WorkbenchGroup> {
  const out = new Set<WorkbenchGroup>()
  if (can('clue.handle')) {
    out.add('approvals')
    out.add('deadlines')
  }
  if (can('talk.manage')) out.add('talks')
  return out
}

/** The groups shown on the home page, in order: those with items, and those of the role (with 0). */
export function visibleGroups(counts: Record<WorkbenchGroup, number>, role: Set<WorkbenchGroup>): WorkbenchGroup[] {
  return WORKBENCH_GROUPS.filter((g) => counts[g] > 0 || role.has(g))
}

/** The group named by the home page's ?todo= query, or null for the default (first few, late first). */
export function groupFromQuery(q: unknown): WorkbenchGroup | null {
  return (WORKBENCH_GROUPS as unknown[]).includes(q) ? (q as WorkbenchGroup) : null
}
