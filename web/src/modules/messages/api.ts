// Message centre (站内消息/待办): the signed-in account's messages — tasks waiting for
// it (todo), deadline reminders (due_soon, overdue) and notices — with their read and
// resolved state, the counts the header bell and the home page show, and marking read.
// Every signed-in account may call these (no permission).
import { http, type Query } from '@/api/http'

export type MessageKind = 'todo' | 'due_soon' | 'overdue' | 'notice'
/** open: not resolved (the task still waits); unread: open and not read; all: also resolved. */
export type MessageStatus = 'open' | 'unread' | 'all'

export interface Message {
  id: number
  kind: MessageKind
  /** What raised it, e.g. clues.deadline, clues.signature, talks.pending, reports.assigned. */
  source: string
  title_zh: string
  title_en: string
  /** A front-end path, e.g. /supervision/clues/12. */
  link: string
  object_type: string
  object_id: string
  due_date: string | null
  created_at: number
  read_at: number | null
  resolved_at: number | null
}

/** Counts over the unresolved messages; unread = unresolved and not read. */
export interface MessageSummary {
  unread: number
  open: number
  todo: number
  due_soon: number
  overdue: number
  notice?: number
}

export interface MessageQuery extends Query {
  status?: MessageStatus | ''
  kind?: MessageKind | ''
  page?: number
  page_size?: number
}

export const messagesApi = {
  list: (query?: MessageQuery) => http.list<Message>('/messages', query),
  /** quiet: a background refresh (header bell) that must not trigger the login/403 hooks. */
  summary: (quiet = false) => http.get<MessageSummary>('/messages/summary', undefined, quiet),
  read: (id: number) => http.post<Message>(`/messages/${id}/read`),
  readAll: () => http.post<{ marked: number }>('/messages/read-all'),
}
