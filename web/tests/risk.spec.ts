// The risk pages' pure logic: the heat-map pivot, acknowledgement state, item parsing,
// tag colours; and the module's routes and labels.
import { describe, expect, it } from 'vitest'
import risk from '@/modules/risk'
import { heatGrid, isAcknowledged, levelTagType, parseItems, statusTagType } from '@/modules/risk/riskLogic'

describe('heatGrid', () => {
  const cells = [
    { department_id: 5, department_name: '财务处', category: 'expenditure', level: 1, count: 2 },
    { department_id: 5, department_name: '财务处', category: 'expenditure', level: 3, count: 1 },
    { department_id: 9, department_name: '规划处', category: 'appraisal', level: 2, count: 4 },
    { department_id: 5, department_name: '财务处', category: 'odd_one', level: 2, count: 1 },
  ]
  it('sums the levels per department and category, in the given column order', () => {
    const g = heatGrid(cells, ['appraisal', 'expenditure'])
    expect(g.departments).toEqual(['财务处', '规划处'])
    expect(g.categories).toEqual(['appraisal', 'expenditure', 'odd_one'])
    expect(g.data).toContainEqual([1, 0, 3])
    expect(g.data).toContainEqual([0, 1, 4])
    expect(g.data).toContainEqual([2, 0, 1])
    expect(g.data).toHaveLength(3)
    expect(g.max).toBe(4)
  })
  it('is empty without cells', () => {
    const g = heatGrid([], ['appraisal'])
    expect(g.departments).toEqual([])
    expect(g.data).toEqual([])
    expect(g.max).toBe(0)
  })
})

describe('acknowledgements and items', () => {
  it('knows which objects are acknowledged', () => {
    const items = [
      { object_type: 'negative_list' as const, object_id: 3, revision: 2, acknowledged: true },
      { object_type: 'risk_point' as const, object_id: 3, revision: 1, acknowledged: false },
    ]
    expect(isAcknowledged(items, 'negative_list', 3)).toBe(true)
    expect(isAcknowledged(items, 'risk_point', 3)).toBe(false)
    expect(isAcknowledged(items, 'risk_point', 4)).toBe(false)
  })
  it('parses one item per line', () => {
    expect(parseItems(' 不得甲 \n\n不得乙\r\n  ')).toEqual(['不得甲', '不得乙'])
  })
  it('colours levels and statuses', () => {
    expect([1, 2, 3].map(levelTagType)).toEqual(['danger', 'warning', 'info'])
    expect(['approved', 'submitted', 'returned', 'x'].map(statusTagType)).toEqual(['success', 'warning', 'danger', 'info'])
  })
})

describe('risk module', () => {
  it('routes every page behind a risk permission', () => {
    for (const r of risk.routes) expect(String(r.meta?.permission)).toMatch(/^risk\./)
    expect(risk.routes.map((r) => r.path)).toContain('risk/heatmap')
  })
})
