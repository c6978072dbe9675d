// Statistics and annual report pages: the pure rules (no data never shown as 0, the
// change, sections, inserting a field at the cursor) and the API client's requests.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { setCsrfToken } from '@/api/http'
import { annualApi, dashboardApi, type DashChart, type DashSeries } from '@/modules/annual/api'
import { cellText, monthOption, monthRows, yearOption, yearRows } from '@/modules/annual/dashboardLogic'
import { bySection, change, changeText, copyToLine, headerNumber, insertField, numberPattern, recentYears, shownValue } from '@/modules/annual/annualLogic'
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

describe('official-document header rules', () => {
  it('shows the final version\'s number, and the draft mark for a draft', () => {
    expect(headerNumber({ status: 'final', doc_number: '某纪〔2025〕3号' }, '草稿')).toBe('某纪〔2025〕3号')
    expect(headerNumber({ status: 'draft', doc_number: '' }, '草稿')).toBe('草稿')
    expect(headerNumber({ status: 'draft', doc_number: '某纪〔2025〕3号' }, '草稿')).toBe('草稿')
  })
  it('lays out the number as prefix〔year〕n号 without 第 or leading zeros', () => {
    expect(numberPattern(' 某纪 ', 2026, 3)).toBe('某纪〔2026〕3号')
    expect(numberPattern('某纪', 2026)).toBe('某纪〔2026〕n号')
  })
  it('ends the 抄送 line with 。 and leaves it out when empty', () => {
    expect(copyToLine('局党委各委员，各党支部')).toBe('抄送：局党委各委员，各党支部。')
    expect(copyToLine('各党支部。')).toBe('抄送：各党支部。')
    expect(copyToLine('  ')).toBe('')
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
    const header = { organ_mark: '中共某局纪律检查委员会文件', number_prefix: '某纪', copy_to: '', printer: '某局纪委办公室' }
    await annualApi.update(3, { title: 't', unit_name: 'u', issue_date: '2026-01-31', body: 'b', ...header, version: 4 })
    expect(spy.mock.calls[0][1].method).toBe('PUT')
    expect(JSON.parse(spy.mock.calls[0][1].body)).toEqual({ title: 't', unit_name: 'u', issue_date: '2026-01-31', body: 'b', ...header, version: 4 })
    await annualApi.finalize(3, 5)
    expect(String(spy.mock.calls[1][0])).toContain('/api/v1/annual/reports/3/finalize')
    expect(JSON.parse(spy.mock.calls[1][1].body)).toEqual({ version: 5 })
  })
  it('reads the bureau-wide template and saves it with the version read', async () => {
    setCsrfToken('tok')
    const spy = mockFetch({ version: 1 })
    await annualApi.template()
    expect(String(spy.mock.calls[0][0])).toContain('/api/v1/annual/template')
    expect(spy.mock.calls[0][1]?.method ?? 'GET').toBe('GET')
    const edit = { title: '关于{{year}}年度的报告', body: '一、', organ_mark: '某局文件', number_prefix: '某纪', copy_to: '各支部', printer: '某局办公室', version: 0 }
    await annualApi.saveTemplate(edit)
    expect(String(spy.mock.calls[1][0])).toContain('/api/v1/annual/template')
    expect(spy.mock.calls[1][1].method).toBe('PUT')
    expect(JSON.parse(spy.mock.calls[1][1].body)).toEqual(edit)
  })
  it('builds the download links', () => {
    expect(annualApi.exportUrl(3, 'docx')).toBe('/api/v1/annual/reports/3/export?format=docx')
    expect(annualApi.exportUrl(3, 'pdf')).toBe('/api/v1/annual/reports/3/export?format=pdf')
    expect(annualApi.figuresExportUrl({ year: 2025, department_id: null })).toBe('/api/v1/annual/figures/export?year=2025')
  })
})

describe('role dashboards', () => {
  const words = { month: (_y: number, m: number) => `${m}月`, year: (y: number) => `${y}年`, outside: '日期不在本年或未填', total: '合计' }
  const series = (over: Partial<DashSeries>): DashSeries => ({
    code: 'x', label_zh: 'x', label_en: 'x', unit_zh: '个', unit_en: 'n', definition_zh: '', definition_en: '',
    monthly: true, month_basis_zh: '', month_basis_en: '', months: Array(12).fill(0), outside: 0, total: 0,
    reason_zh: '', reason_en: '', years: [0, 0, 0, 1, 3], ...over,
  })
  const chart = (s: DashSeries[]): DashChart => ({ key: 'c', title_zh: 'c', title_en: 'c', series: s })

  it('month table: twelve months and a 合计 that is the year figure; the outside row only when needed', () => {
    const months = Array(12).fill(0)
    months[1] = 1
    months[10] = 2
    const c = chart([series({ code: 'a', months, total: 3 }), series({ code: 'b', monthly: false, months: [], total: 5 })])
    const rows = monthRows(c, 2025, words)
    expect(rows.map((r) => r.label)).toEqual([...Array.from({ length: 12 }, (_, i) => `${i + 1}月`), '合计'])
    expect(rows[1].values).toEqual([1]) // only the monthly series
    expect(rows[12]).toMatchObject({ total: true, values: [3] })
    const withOutside = monthRows(chart([series({ months, outside: 1, total: 4 })]), 2025, words)
    expect(withOutside[12]).toMatchObject({ label: '日期不在本年或未填', values: [1] })
    expect(withOutside[13].values).toEqual([4])
    expect(monthRows(chart([series({ monthly: false, months: [] })]), 2025, words)).toEqual([])
  })

  it('year table: 合计 sums counts dated in their year, "—" for a stock, no data stays no data', () => {
    const c = chart([
      series({ code: 'flow', years: [0, 1, 2, 3, 4] }),
      series({ code: 'stock', monthly: false, months: [], years: [1, 1, 2, 2, 2] }),
      series({ code: 'gap', years: [null, 1, 2, 3, 4] }),
    ])
    const rows = yearRows(c, [2021, 2022, 2023, 2024, 2025], words)
    expect(rows).toHaveLength(6)
    expect(rows[0]).toMatchObject({ label: '2021年', values: [0, 1, null] })
    expect(rows[5]).toMatchObject({ total: true, values: [10, '—', null] })
    expect(cellText(null, '暂无数据')).toBe('暂无数据')
    expect(cellText(0, '暂无数据')).toBe('0')
  })

  it('chart options carry the same numbers, gaps for no data', () => {
    const months = Array(12).fill(0)
    months[5] = 2
    const c = chart([series({ code: 'a', label_zh: '谈话', months, years: [null, 0, 0, 1, 2] })])
    const m = monthOption(c, 2025, words, false)
    expect(m.series[0]).toMatchObject({ name: '谈话（个）', type: 'line', data: months })
    expect(m.xAxis.data[5]).toBe('6月')
    const y = yearOption(c, [2021, 2022, 2023, 2024, 2025], words, false)
    expect(y.series[0].data).toEqual([null, 0, 0, 1, 2])
  })

  it('asks the dashboard endpoint with the role, year and department', async () => {
    const url = dashboardApi.exportUrl({ year: 2025, department_id: 7, role: 'dept_head' })
    expect(url).toContain('/annual/dashboard/export?')
    expect(url).toContain('year=2025')
    expect(url).toContain('department_id=7')
    expect(url).toContain('role=dept_head')
  })
})
