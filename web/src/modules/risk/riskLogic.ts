// Pure logic of the risk pages (tested in tests/risk.spec.ts).
import type { HeatCell, MineItem } from './api'

export const RISK_LEVELS = [1, 2, 3] as const

/** Element Plus tag type of a level: 一级 red, 二级 orange, 三级 grey-blue. */
export function levelTagType(level: number): 'danger' | 'warning' | 'info' {
  return level === 1 ? 'danger' : level === 2 ? 'warning' : 'info'
}

export function statusTagType(status: string): 'success' | 'warning' | 'danger' | 'info' {
  return status === 'approved' ? 'success' : status === 'submitted' ? 'warning' : status === 'returned' ? 'danger' : 'info'
}

export interface HeatGrid {
  departments: string[]
  categories: string[]
  /** [category index, department index, count] — ECharts heatmap data. */
  data: [number, number, number][]
  max: number
}

/**
 * Pivots the server's cells (department × category × level) into a grid, summing the
 * levels; `categoryCodes` fixes the columns' order (all categories, even empty ones).
 * Departments keep the server's order (the organisation's).
 */
export function heatGrid(cells: HeatCell[], categoryCodes: string[]): HeatGrid {
  const departments: string[] = []
  const deptIndex = new Map<number, number>()
  const sums = new Map<string, number>()
  for (const c of cells) {
    if (!deptIndex.has(c.department_id)) {
      deptIndex.set(c.department_id, departments.length)
      departments.push(c.department_name)
    }
    const key = `${deptIndex.get(c.department_id)}:${c.category}`
    sums.set(key, (sums.get(key) ?? 0) + c.count)
  }
  const categories = [...categoryCodes]
  for (const c of cells) if (!categories.includes(c.category)) categories.push(c.category)
  const data: [number, number, number][] = []
  let max = 0
  for (const [key, n] of sums) {
    const [d, cat] = [Number(key.slice(0, key.indexOf(':'))), key.slice(key.indexOf(':') + 1)]
    data.push([categories.indexOf(cat), d, n])
    max = Math.max(max, n)
  }
  data.sort((a, b) => a[1] - b[1] || a[0] - b[0])
  return { departments, categories, data, max }
}

/** Whether the object's current revision is acknowledged (false when not listed). */
export function isAcknowledged(items: MineItem[], type: MineItem['object_type'], id: number): boolean {
  return items.some((i) => i.object_type === type && i.object_id === id && i.acknowledged)
}

/** One item per line; blank lines dropped, spaces trimmed. */
export function parseItems(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0)
}
