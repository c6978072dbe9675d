// Pure rules of the message centre (no Vue, no I/O; unit-tested in
// web/tests/messages.spec.ts):
//  - kind → tag colour and label key, and the read/unread/resolved state of a message;
//  - the title in the current language and the link it opens (front-end paths only);
//  - the home page's order (late first) and counts line, the list filters in the URL;
//  - when the header bell's background refresh is due.
import type { Message, MessageKind, MessageStatus, MessageSummary } from './api'

export type TagType = 'primary' | 'success' | 'warning' | 'danger' | 'info'

export const MESSAGE_KINDS: MessageKind[] = ['todo', 'due_soon', 'overdue', 'notice']
export const MESSAGE_STATUSES: MessageStatus[] = ['unread', 'open', 'all']

/** How often the header bell refreshes while the user is at work. */
export const MESSAGE_POLL_MS = 60_000

const KIND_TAG: Record<MessageKind, TagType> = { todo: 'primary', due_soon: 'warning', overdue: 'danger', notice: 'info' }

function knownKind(kind: string): MessageKind {
  return (MESSAGE_KINDS as string[]).includes(kind) ? (kind as MessageKind) : 'notice'
}

/** Tag colour of a kind: todo blue, due soon orange, overdue red, notice grey. */
export function kindTagType(kind: string): TagType {
  return KIND_TAG[knownKind(kind)]
}

/** i18n key of a kind's label (an unknown kind reads as a notice, never as its code). */
export function kindLabelKey(kind: string): string {
  return 'messages.kind.' + knownKind(kind)
}

export type MessageState = 'resolved' | 'read' | 'unread'

/** Resolved (the task is done or void) wins over read; otherwise read or unread. */
export function messageState(m: Pick<Message, 'read_at' | 'resolved_at'>): MessageState {
  if (m.resolved_at) return 'resolved'
  return m.read_at ? 'read' : 'unread'
}

const STATE_TAG: Record<MessageState, TagType> = { unread: 'danger', read: 'info', resolved: 'success' }

export function stateTagType(state: MessageState): TagType {
  return STATE_TAG[state]
}

/** The title in the page's language, falling back to the other one. */
export function messageTitle(m: Pick<Message, 'title_zh' | 'title_en'>, lang: string): string {
  return lang === 'en' ? m.title_en || m.title_zh : m.title_zh || m.title_en
}

/** The link as a front-end path, or null when it is not one (no other site, no scheme). */
export function safeLink(link: string | null | undefined): string | null {
  if (!link || !link.startsWith('/') || link.startsWith('//') || link.includes('\\')) return null
  return link
}

/** The order of the home page's 我的待办: what is late first, notices last. */
export const URGENCY: MessageKind[] = ['overdue', 'due_soon', 'todo', 'notice']

/**
 * The first n messages by urgency (URGENCY order), each kind keeping the order it came
 * in (newest first from the server): the home page asks each kind for n and merges.
 */
export function firstByUrgency(messages: Message[], n: number): Message[] {
  const rank = (m: Message) => URGENCY.indexOf(knownKind(m.kind))
  return [...messages].sort((a, b) => rank(a) - rank(b)).slice(0, n)
}

export interface SummaryPart {
  kind: 'todo' | 'due_soon' | 'overdue'
  count: number
}

/** The home page's counts line: 待办 n · 即将到期 n · 已逾期 n (zeros while unknown). */
export function summaryParts(s: MessageSummary | null): SummaryPart[] {
  return (['todo', 'due_soon', 'overdue'] as const).map((kind) => ({ kind, count: s?.[kind] ?? 0 }))
}

/** The list filters of /messages?status=&kind= (status open when absent or unknown). */
export function filtersFromQuery(q: Record<string, unknown>): { status: MessageStatus; kind: MessageKind | '' } {
  const status = (MESSAGE_STATUSES as unknown[]).includes(q.status) ? (q.status as MessageStatus) : 'open'
  const kind = (MESSAGE_KINDS as unknown[]).includes(q.kind) ? (q.kind as MessageKind) : ''
  return { status, kind }
}

/** 序号 of the row at `index` on `page` (numbering runs on across pages). */
export function rowNumber(page: number, pageSize: number, index: number): number {
  return (Math.max(page, 1) - 1) * pageSize + index + 1
}

/**
 * Whether the bell's timed refresh should ask the server now. Every answered request
 * counts as activity for the idle timeout, so a timer that asked regardless would keep
 * an abandoned session alive for ever: the timer asks only when the page is visible and
 * the user has pressed a key or the mouse since the last refresh.
 */
export function pollDue(opts: { hidden: boolean; lastInteraction: number; lastRefresh: number }): boolean {
  return !opts.hidden && opts.lastInteraction > opts.lastRefresh
}
