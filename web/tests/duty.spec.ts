// Two responsibilities: the pure rules of the pages (state tags, dual-duty grouping,
// the progress form, who writes which list) and the API client's requests.
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { setCsrfToken } from '@/api/http'
import { dutyApi, type ListItem } from '@/modules/duty/api'
import { donePercent, effectiveProgress, groupByMember, mayWriteKind, progressProblem, stateTagType } from '@/modules/duty/dutyLogic'
import duty from '@/modules/duty'

function item(over: Partial<ListItem>): ListItem {
  return { id: 1, year: 2026, kind: 'dual', person_id: 5, person_name: '甲', sort_order: 1, content: 'x', copied_from_id: null, updated_at: 0, ...over }
}

describe('duty logic', () => {
  it('colours task states', () => {
    expect(stateTagType('overdue')).toBe('danger')
    expect(stateTagType('done')).toBe('success')
    expect(stateTagType('in_progress')).toBe('primary')
    expect(stateTagType('not_started')).toBe('info')
  })
  it('groups dual-duty items by member in server order, leaving other kinds out', () => {
    const g = groupByMember([
      item({ id: 1, person_id: 7, person_name: '乙' }),
      item({ id: 2, kind: 'primary', person_id: null }),
      item({ id: 3, person_id: 5 }),
      item({ id: 4, person_id: 7, person_name: '乙' }),
    ])
    expect(g.map((x) => x.person_id)).toEqual([7, 5])
    expect(g[0].items.map((i) => i.id)).toEqual([1, 4])
  })
  it('checks the progress form and sends 100 % for a done task', () => {
    expect(progressProblem({ content: '  ', progress: 10, status: 'in_progress', milestones_done: [] })?.field).toBe('content')
    expect(progressProblem({ content: 'ok', progress: 101, status: 'in_progress', milestones_done: [] })?.field).toBe('progress')
    expect(progressProblem({ content: 'ok', progress: 40, status: 'in_progress', milestones_done: [] })).toBeNull()
    expect(effectiveProgress({ content: 'ok', progress: 40, status: 'done', milestones_done: [] })).toBe(100)
    expect(effectiveProgress({ content: 'ok', progress: 40, status: 'in_progress', milestones_done: [] })).toBe(40)
  })
  it('lets the Party secretary write primary and dual lists, the discipline secretary the supervisory one', () => {
    const party = { roles: [{ role: 'party_secretary' }], permissions: ['duty.list.manage'] }
    const disc = { roles: [{ role: 'discipline_secretary' }], permissions: ['duty.list.manage'] }
    const member = { roles: [{ role: 'committee_member' }], permissions: ['duty.read'] }
    expect(mayWriteKind(party, 'primary')).toBe(true)
    expect(mayWriteKind(party, 'dual')).toBe(true)
    expect(mayWriteKind(party, 'supervisory')).toBe(false)
    expect(mayWriteKind(disc, 'supervisory')).toBe(true)
    expect(mayWriteKind(disc, 'primary')).toBe(false)
    expect(mayWriteKind(member, 'primary')).toBe(false)
    expect(mayWriteKind(null, 'primary')).toBe(false)
  })
  it('computes the share of done tasks', () => {
    expect(donePercent(0, 0)).toBe(0)
    expect(donePercent(1, 3)).toBe(33)
    expect(donePercent(2, 2)).toBe(100)
  })
  it('routes its pages under /duty with their permissions', () => {
    const byName = Object.fromEntries(duty.routes.map((r) => [r.name, r]))
    expect(byName['duty-tasks'].meta?.permission).toBe('duty.read')
    expect(byName['duty-oversight'].meta?.permission).toBe('duty.oversight.manage')
  })
})

describe('duty api', () => {
  const calls: { url: string; init: RequestInit }[] = []
  beforeEach(() => {
    calls.length = 0
    setCsrfToken('tok')
    vi.stubGlobal('fetch', vi.fn(async (url: string, init: RequestInit) => {
      calls.push({ url, init })
      return new Response(JSON.stringify({ data: { year: 2026, copied: 3 } }), { status: 200, headers: { 'Content-Type': 'application/json' } })
    }))
  })
  it('copies last year and sets oversight with the CSRF token', async () => {
    const r = await dutyApi.copyPrevious(2026)
    expect(r.copied).toBe(3)
    expect(calls[0].url).toContain('/api/v1/duty/lists/copy-previous')
    expect(JSON.parse(String(calls[0].init.body))).toEqual({ year: 2026 })
    await dutyApi.setOversight(9, [3, 4])
    expect(calls[1].init.method).toBe('PUT')
    expect(calls[1].url).toContain('/api/v1/duty/oversight/9')
    expect(JSON.parse(String(calls[1].init.body))).toEqual({ department_ids: [3, 4] })
    expect(new Headers(calls[1].init.headers).get('X-CSRF-Token')).toBe('tok')
  })
})
