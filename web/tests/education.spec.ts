// Education and study: the pure page rules (URL filters of 我的学习, completion totals as
// the export's 合计 row, item titles, a case's required fields) and the API client.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { setCsrfToken } from '@/api/http'
import { educationApi, ITEM_KINDS } from '@/modules/education/api'
import { completionTotals, itemTitle, missingField, myFiltersFromQuery, rateText } from '@/modules/education/logic'
import { en, zhCN } from '@/modules/education/labels'

describe('education page rules', () => {
  it('reads the filters the home page links with and drops unknown values', () => {
    expect(myFiltersFromQuery({ status: 'pending' })).toEqual({ status: 'pending', kind: '', q: '' })
    expect(myFiltersFromQuery({ status: 'open', kind: 'film', q: 3 })).toEqual({ status: '', kind: '', q: '' })
    expect(myFiltersFromQuery({ kind: 'case', q: '礼金' })).toEqual({ status: '', kind: 'case', q: '礼金' })
  })
  it('writes the rate with one decimal as the server does, a dash when nobody is assigned', () => {
    expect(rateText(1, 2)).toBe('50.0%')
    expect(rateText(7, 8)).toBe('87.5%')
    expect(rateText(0, 0)).toBe('—')
    expect(rateText(1, 3)).toBe('33.3%')
  })
  it('totals the departments like the 合计 row', () => {
    const rows = [
      { department_id: 1, department_name: '规划处', assigned: 2, confirmed: 1, rate: '50.0%' },
      { department_id: 2, department_name: '规划一科', assigned: 2, confirmed: 0, rate: '0.0%' },
    ]
    expect(completionTotals(rows)).toEqual({ assigned: 4, confirmed: 1, pending: 3, rate: '25.0%' })
    expect(completionTotals([])).toEqual({ assigned: 0, confirmed: 0, pending: 0, rate: '—' })
  })
  it('titles a notice with its issue number', () => {
    expect(itemTitle({ number: '2026年第3期', title: '通报' })).toBe('2026年第3期 《通报》')
    expect(itemTitle({ number: '', title: '案例' })).toBe('《案例》')
  })
  it('asks a typical case for its category and lessons', () => {
    expect(missingField({ kind: '', title: 'x', category: '', lessons: '' })).toBe('kind')
    expect(missingField({ kind: 'notice', title: ' ', category: '', lessons: '' })).toBe('title')
    expect(missingField({ kind: 'notice', title: '通报', category: '', lessons: '' })).toBe('')
    expect(missingField({ kind: 'case', title: '案例', category: '', lessons: '启示' })).toBe('category')
    expect(missingField({ kind: 'case', title: '案例', category: 'gifts', lessons: ' ' })).toBe('lessons')
  })
  it('has a label for every kind in both languages', () => {
    for (const labels of [zhCN, en] as any[]) for (const k of ITEM_KINDS) expect(labels.kind[k]).toBeTruthy()
  })
})

describe('education API client', () => {
  afterEach(() => vi.restoreAllMocks())
  it('confirms with a POST carrying the CSRF token', async () => {
    setCsrfToken('tok')
    const calls: { url: string; init?: RequestInit }[] = []
    globalThis.fetch = vi.fn(async (url: RequestInfo | URL, init?: RequestInit) => {
      calls.push({ url: String(url), init })
      return new Response(JSON.stringify({ data: { id: 9, my_confirmed_at: 1 } }), { status: 200, headers: { 'Content-Type': 'application/json' } })
    }) as typeof fetch
    const r = await educationApi.confirm(9)
    expect(r.my_confirmed_at).toBe(1)
    expect(calls[0].url).toBe('/api/v1/education/items/9/confirm')
    expect(calls[0].init?.method).toBe('POST')
    expect((calls[0].init?.headers as Record<string, string>)['X-CSRF-Token']).toBe('tok')
  })
  it('builds the completion export URL', () => {
    expect(educationApi.completionExportUrl(12)).toBe('/api/v1/education/items/12/completion/export')
  })
})
