// Pure rules of the statistics and report pages (tested in tests/annual.spec.ts).
import type { Figure, Section } from './api'

/** A figure's value as shown: the number, or the "no data" text (never 0). */
export function shownValue(v: number | null, noData: string): string {
  return v === null ? noData : String(v)
}

/** This year minus last year; null when either is unknown. */
export function change(f: Pick<Figure, 'value' | 'previous'>): number | null {
  return f.value === null || f.previous === null ? null : f.value - f.previous
}

/** "+3", "-2", "0", or "—" when unknown. */
export function changeText(n: number | null): string {
  if (n === null) return '—'
  return n > 0 ? `+${n}` : String(n)
}

/** The figures grouped by section in the sections' order; empty sections left out. */
export function bySection(sections: Section[], figures: Figure[]): { section: Section; figures: Figure[] }[] {
  return sections
    .map((section) => ({ section, figures: figures.filter((f) => f.section === section.code) }))
    .filter((g) => g.figures.length > 0)
}

/** The body with "{{code}}" inserted at `pos` (the cursor), and the cursor after it. */
export function insertField(body: string, pos: number, code: string): { body: string; pos: number } {
  const at = Math.max(0, Math.min(pos, body.length))
  const field = `{{${code}}}`
  return { body: body.slice(0, at) + field + body.slice(at), pos: at + field.length }
}

/** Years offered by the pages: this year and the nine before it. */
export function recentYears(thisYear: number): number[] {
  return Array.from({ length: 10 }, (_, i) => thisYear - i)
}

/** What the header shows where the 发文字号 goes: the final version's number, else the
 * draft mark (a draft has no number). */
export function headerNumber(r: { status: string; doc_number?: string }, draftMark: string): string {
  return r.status === 'final' && r.doc_number ? r.doc_number : draftMark
}

/** How the number of the next final version will read: prefix〔year〕n号 (GB/T 9704: no 第, no leading zeros). */
export function numberPattern(prefix: string, year: number | string, n: number | string = 'n'): string {
  return `${prefix.trim()}〔${year}〕${n}号`
}

/** The 抄送 line as printed: ends with 。; empty when there is none. */
export function copyToLine(copyTo: string): string {
  const c = copyTo.trim()
  if (!c) return ''
  return `抄送：${c.endsWith('。') ? c : c + '。'}`
}
