// Message centre: the pure rules (tags, states, titles, links, counts line, URL
// filters, row numbers, when the bell polls), the API client's requests, and the
// shared counts store (one request for concurrent callers, opening marks read).
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { setCsrfToken } from '@/api/http'
import { messagesApi, type Message } from '@/modules/messages/api'
import {
  filtersFromQuery, firstByUrgency, kindLabelKey, kindTagType, messageState, messageTitle, pollDue, rowNumber, safeLink, stateTagType,
  summaryParts,
} from '@/modules/messages/messageLogic'
import { messageCounts, openMessage, refreshMessageCounts, resetMessageCounts } from '@/modules/messages/messageStore'
import { en as enLabels, zhCN as zhLabels } from '@/modules/messages/labels'

// The module's labels, typed loosely for reading nested keys.
const zh = zhLabels as any
const en = enLabels as any

function msg(over: Partial<Message> = {}): Message {
  return {
    id: 7, kind: 'overdue', source: 'clues.deadline', title_zh: '线索办理已逾期', title_en: 'Clue overdue',
    link: '/supervision/clues/12', object_type: 'clue', object_id: '12', due_date: '2026-11-30',
    created_at: 1_790_000_000_000, read_at: null, resolved_at: null, ...over,
  }
}

type Call = { method: string; url: string; headers: Record<string, string> }
let calls: Call[] = []
function route(table: Record<string, unknown>) {
  calls = []
  globalThis.fetch = vi.fn(async (url: RequestInfo | URL, init?: RequestInit) => {
    const method = init?.method ?? 'GET'
    calls.push({ method, url: String(url), headers: (init?.headers ?? {}) as Record<string, string> })
    const body = table[`${method} ${String(url).split('?')[0]}`]
    if (body === undefined) return new Response(JSON.stringify({ error: { code: 'not_found', message_zh: '不存在', message_en: 'Not found' } }), { status: 404 })
    return new Response(JSON.stringify(body), { status: 200 })
  }) as typeof fetch
}

describe('message rules', () => {
  it('colours and names each kind, reading an unknown kind as a notice', () => {
    expect(['todo', 'due_soon', 'overdue', 'notice'].map(kindTagType)).toEqual(['primary', 'warning', 'danger', 'info'])
    expect(kindLabelKey('due_soon')).toBe('messages.kind.due_soon')
    expect(kindLabelKey('something_new')).toBe('messages.kind.notice')
    expect(kindTagType('something_new')).toBe('info')
    expect(zh.kind).toEqual({ todo: '待办', due_soon: '即将到期', overdue: '已逾期', notice: '通知' })
    expect(Object.keys(en.kind)).toEqual(Object.keys(zh.kind))
  })
  it('says resolved before read, and unread otherwise', () => {
    expect(messageState({ read_at: null, resolved_at: null })).toBe('unread')
    expect(messageState({ read_at: 5, resolved_at: null })).toBe('read')
    expect(messageState({ read_at: null, resolved_at: 9 })).toBe('resolved')
    expect(messageState({ read_at: 5, resolved_at: 9 })).toBe('resolved')
    expect(stateTagType('unread')).toBe('danger')
    expect(zh.state).toEqual({ unread: '未读', read: '已读', resolved: '已办结' })
  })
  it('shows the title in the page language, falling back to the other one', () => {
    expect(messageTitle(msg(), 'zh-CN')).toBe('线索办理已逾期')
    expect(messageTitle(msg(), 'en')).toBe('Clue overdue')
    expect(messageTitle(msg({ title_en: '' }), 'en')).toBe('线索办理已逾期')
    expect(messageTitle(msg({ title_zh: '' }), 'zh-CN')).toBe('Clue overdue')
  })
  it('follows front-end paths only', () => {
    expect(safeLink('/supervision/clues/12')).toBe('/supervision/clues/12')
    expect(safeLink('/reports/3?tab=messages')).toBe('/reports/3?tab=messages')
    for (const bad of ['', null, undefined, 'https://example.com/', '//example.com/x', 'javascript:alert(1)', '/\\example.com']) {
      expect(safeLink(bad)).toBeNull()
    }
  })
  it('lists the late first on the home page, keeping the server order within a kind', () => {
    const list = [
      msg({ id: 1, kind: 'notice' }), msg({ id: 2, kind: 'todo' }), msg({ id: 3, kind: 'overdue' }),
      msg({ id: 4, kind: 'due_soon' }), msg({ id: 5, kind: 'todo' }), msg({ id: 6, kind: 'overdue' }),
    ]
    expect(firstByUrgency(list, 8).map((m) => m.id)).toEqual([3, 6, 4, 2, 5, 1])
    expect(firstByUrgency(list, 3).map((m) => m.id)).toEqual([3, 6, 4])
    expect(list.map((m) => m.id)).toEqual([1, 2, 3, 4, 5, 6])
  })
  it('builds the home counts line, zeros while unknown', () => {
    expect(summaryParts({ unread: 4, open: 9, todo: 5, due_soon: 1, overdue: 3 })).toEqual([
      { kind: 'todo', count: 5 },
      { kind: 'due_soon', count: 1 },
      { kind: 'overdue', count: 3 },
    ])
    expect(summaryParts(null).map((p) => p.count)).toEqual([0, 0, 0])
  })
  it('reads the list filters from the URL, defaulting to the open messages', () => {
    expect(filtersFromQuery({})).toEqual({ status: 'open', kind: '' })
    expect(filtersFromQuery({ status: 'unread', kind: 'overdue' })).toEqual({ status: 'unread', kind: 'overdue' })
    expect(filtersFromQuery({ status: 'resolved', kind: ['todo'] })).toEqual({ status: 'open', kind: '' })
  })
  it('numbers rows on across pages', () => {
    expect(rowNumber(1, 20, 0)).toBe(1)
    expect(rowNumber(3, 20, 4)).toBe(45)
    expect(rowNumber(0, 20, 0)).toBe(1)
  })
  it('polls only for a visible page the user touched since the last refresh', () => {
    expect(pollDue({ hidden: false, lastInteraction: 200, lastRefresh: 100 })).toBe(true)
    expect(pollDue({ hidden: false, lastInteraction: 50, lastRefresh: 100 })).toBe(false)
    expect(pollDue({ hidden: false, lastInteraction: 0, lastRefresh: 0 })).toBe(false)
    expect(pollDue({ hidden: true, lastInteraction: 200, lastRefresh: 100 })).toBe(false)
  })
})

describe('messages API and counts store', () => {
  beforeEach(() => {
    resetMessageCounts()
    setCsrfToken('csrf-1')
  })
  it('sends the filters and marks read with the CSRF token', async () => {
    route({ 'GET /api/v1/messages': { data: [msg()], meta: { page: 2, page_size: 8, total: 9 } }, 'POST /api/v1/messages/read-all': { data: { marked: 3 } } })
    const r = await messagesApi.list({ status: 'unread', kind: '', page: 2, page_size: 8 })
    expect(calls[0].url).toBe('/api/v1/messages?status=unread&page=2&page_size=8')
    expect(r.meta.total).toBe(9)
    expect(r.items[0].id).toBe(7)
    expect(await messagesApi.readAll()).toEqual({ marked: 3 })
    expect(calls[1].headers['X-CSRF-Token']).toBe('csrf-1')
  })
  it('shares one summary request between concurrent callers and keeps the last counts on failure', async () => {
    const summary = { unread: 2, open: 5, todo: 3, due_soon: 1, overdue: 1 }
    route({ 'GET /api/v1/messages/summary': { data: summary } })
    const [a, b] = await Promise.all([refreshMessageCounts(), refreshMessageCounts()])
    expect(calls).toHaveLength(1)
    expect(a).toEqual(summary)
    expect(b).toEqual(summary)
    expect(messageCounts.summary?.unread).toBe(2)
    route({})
    expect(await refreshMessageCounts()).toEqual(summary)
    expect(messageCounts.summary?.unread).toBe(2)
    resetMessageCounts()
    expect(messageCounts.summary).toBeNull()
  })
  it('opens a message: marks it read, refreshes the counts, follows its link', async () => {
    route({
      'POST /api/v1/messages/7/read': { data: msg({ read_at: 123 }) },
      'GET /api/v1/messages/summary': { data: { unread: 0, open: 1, todo: 0, due_soon: 0, overdue: 1 } },
    })
    const router = { push: vi.fn(async () => undefined) }
    const m = msg()
    await openMessage(m, router as never)
    expect(calls.map((c) => `${c.method} ${c.url}`)).toEqual(['POST /api/v1/messages/7/read', 'GET /api/v1/messages/summary'])
    expect(m.read_at).toBe(123)
    expect(messageCounts.summary?.unread).toBe(0)
    expect(router.push).toHaveBeenCalledWith('/supervision/clues/12')
    // Already read: straight to the link.
    calls = []
    await openMessage(m, router as never)
    expect(calls).toEqual([])
    // A link that is not a front-end path is not followed.
    router.push.mockClear()
    await openMessage(msg({ read_at: 1, link: 'https://example.com/' }), router as never)
    expect(router.push).not.toHaveBeenCalled()
  })
})
