// Pure rules of the role dashboards (tested in tests/annual.spec.ts): the tables beside
// each chart (months with 合计 = the year's figure; years with 合计 for counts dated in
// their year) and the ECharts options built from the same numbers.
import type { DashChart, DashSeries } from './api'

export type Cell = number | null | '—'
export interface TableRow { key: string; label: string; values: Cell[]; total?: boolean }

export interface TableWords {
  month: (year: number, month: number) => string
  year: (year: number) => string
  outside: string
  total: string
}

export const monthlySeries = (c: DashChart): DashSeries[] => c.series.filter((s) => s.monthly && s.months.length === 12)

/** Twelve month rows, a row for what no month holds (only when any series has some),
 * and the 合计 row, which is the year's figure (months + outside add up to it). */
export function monthRows(c: DashChart, year: number, w: TableWords): TableRow[] {
  const series = monthlySeries(c)
  if (!series.length) return []
  const rows: TableRow[] = []
  for (let m = 1; m <= 12; m++) rows.push({ key: `m${m}`, label: w.month(year, m), values: series.map((s) => s.months[m - 1]) })
  if (series.some((s) => (s.outside ?? 0) !== 0)) rows.push({ key: 'outside', label: w.outside, values: series.map((s) => s.outside) })
  rows.push({ key: 'total', label: w.total, values: series.map((s) => s.total), total: true })
  return rows
}

/** One row per year and a 合计 row: the sum for counts dated in their year (monthly
 * figures); "—" for a stock (e.g. risk points registered by the year's end); null when
 * a year has no data. */
export function yearRows(c: DashChart, years: number[], w: TableWords): TableRow[] {
  if (!c.series.length) return []
  const rows: TableRow[] = years.map((y, i) => ({ key: `y${y}`, label: w.year(y), values: c.series.map((s) => s.years[i]) }))
  const totals: Cell[] = c.series.map((s) => {
    if (!s.monthly) return '—'
    let sum = 0
    for (const v of s.years) {
      if (v === null) return null
      sum += v
    }
    return sum
  })
  rows.push({ key: 'total', label: w.total, values: totals, total: true })
  return rows
}

export function cellText(v: Cell, noData: string): string {
  return v === null ? noData : String(v)
}

const seriesName = (s: DashSeries, en: boolean) => `${en ? s.label_en : s.label_zh}（${en ? s.unit_en : s.unit_zh}）`

/** Line chart of the months (no data = a gap, never 0). */
export function monthOption(c: DashChart, year: number, w: TableWords, en: boolean) {
  const series = monthlySeries(c)
  return {
    animation: false,
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 40, right: 20, top: 40, bottom: 30 },
    xAxis: { type: 'category', data: Array.from({ length: 12 }, (_, i) => w.month(year, i + 1)) },
    yAxis: { type: 'value', minInterval: 1 },
    series: series.map((s) => ({ name: seriesName(s, en), type: 'line', data: s.months, connectNulls: false })),
  }
}

/** Bar chart of the years. */
export function yearOption(c: DashChart, years: number[], w: TableWords, en: boolean) {
  return {
    animation: false,
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 40, right: 20, top: 40, bottom: 30 },
    xAxis: { type: 'category', data: years.map((y) => w.year(y)) },
    yAxis: { type: 'value', minInterval: 1 },
    series: c.series.map((s) => ({ name: seriesName(s, en), type: 'bar', data: s.years, barMaxWidth: 28 })),
  }
}
