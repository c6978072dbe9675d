// Statistics and annual report pages: the pure rules (no data never shown as 0, the
// change, sections, inserting a field at the cursor) and the API client's requests.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { setCsrfToken } from '@/api/http'
import { annualApi } from '@/modules/annual/api'
import { bySection, change, changeText, insertField, recentYears, shownValue } from '@/modules/annual/annualLogic'
import { en, zhCN } from '@/modules/annual/labels'

describe('annual figures rules', () => {
  it('shows no data as text, never as 0, and zero as 0', () => {
    expect(shownValue(null, '暂无数据')).toBe('暂无数据')
    expect(shownValue(0, '暂无数据')).toBe('0')
    expect(shownValue(12, '暂无数据')).toBe('12')
  })
  it('computes the change only when both years are known', () => {
    expect(change({ value: 5, previous: 3 })).toBe(2)
    expect(change({ value: null, previous: 3 })).toBeNull()
    expect(change({ value: 3, previous: null })).toBeNull()
    expect(changeText(2)).toBe('+2')
    expect(changeText(-1)).toBe('-1')
    expect(changeText(0)).toBe('0')
    expect(changeText(null)).toBe('—')
  })
  it('groups figures by section in the sections order and drops empty sections', () => {
    const f = (code: string, section: string) => ({ code, section }) as never
    const g = bySection(
      [{ code: 'duty', label_zh: '两个责任', label_en: 'Duty' }, { code: 'risk', label_zh: '风险', label_en: 'Risk' }, { code: 'education', label_zh: '教育', label_en: 'Education' }],
      [f('risk.points', 'risk'), f('duty.tasks', 'duty'), f('duty.tasks_done', 'duty')],
    )
    expect(g.map((x) => x.section.code)).toEqual(['duty', 'risk'])
    expect(g[0].figures.map((x) => x.code)).toEqual(['duty.tasks', 'duty.tasks_done'])
  })
  it('inserts a field at the cursor', () => {
    expect(insertField('收到线索个', 4, 'clues.received')).toEqual({ body: '收到线索{{clues.received}}个', pos: 22 })
    expect(insertField('ab', 99, 'year').body).toBe('ab{{year}}')
    expect(insertField('ab', -3, 'year').body).toBe('{{year}}ab')
  })
  it('offers this year and the nine before', () => {
    expect(recentYears(2026)).toHaveLength(10)
    expect(recentYears(2026)[0]).toBe(2026)
    expect(recentYears(2026)[9]).toBe(2017)
  })
  it('has the same label keys in both languages', () => {
    const keys = (o: object, p = ''): string[] =>
      Object.entries(o).flatMap(([k, v]) => (typeof v === 'object' ? keys(v, p + k + '.') : [p + k]))
    expect(keys(en).sort()).toEqual(keys(zhCN).sort())
  })
})

describe('annual API client', () => {
  afterEach(() => vi.restoreAllMocks())
  function mockFetch(data: unknown) {
    const spy = vi.fn().mockImplementation(() =>
      Promise.resolve(new Response(JSON.stringify({ data }), { status: 200, headers: { 'Content-Type': 'application/json' } })))
    vi.stubGlobal('fetch', spy)
    return spy
  }
  it('asks for the figures of a year and scope, and the records of one', async () => {
    const spy = mockFetch({ figures: [] })
    await annualApi.figures({ year: 2025, department_id: 7 })
    expect(String(spy.mock.calls[0][0])).toContain('/api/v1/annual/figures?year=2025&department_id=7')
    await annualApi.records('duty.tasks', { year: 2025 })
    expect(String(spy.mock.calls[1][0])).toContain('/api/v1/annual/figures/duty.tasks/records?year=2025')
  })
  it('saves a draft with its version and finalises with the version read', async () => {
    setCsrfToken('tok')
    const spy = mockFetch({ id: 3 })
    await annualApi.update(3, { title: 't', unit_name: 'u', issue_date: '2026-01-31', body: 'b', version: 4 })
    expect(spy.mock.calls[0][1].method).toBe('PUT')
    expect(JSON.parse(spy.mock.calls[0][1].body)).toEqual({ title: 't', unit_name: 'u', issue_date: '2026-01-31', body: 'b', version: 4 })
    await annualApi.finalize(3, 5)
    expect(String(spy.mock.calls[1][0])).toContain('/api/v1/annual/reports/3/finalize')
    expect(JSON.parse(spy.mock.calls[1][1].body)).toEqual({ version: 5 })
  })
  it('builds the download links', () => {
    expect(annualApi.exportUrl(3, 'docx')).toBe('/api/v1/annual/reports/3/export?format=docx')
    expect(annualApi.figuresExportUrl({ year: 2025, department_id: null })).toBe('/api/v1/annual/figures/export?year=2025')
  })
})
