// Year-end assessment and meetings: the template's weights rule (sum 100, field names as
// the server's), scores with one decimal, the weighted total, rank order, the meeting
// form, the routes, and the API client's requests.
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { setCsrfToken } from '@/api/http'
import { assessmentApi, type AssessItem, type AssessRow, type NewMeeting } from '@/modules/duty/assessmentApi'
import { byRank, meetingProblem, templateProblem, validScore, weightSum, weightedTotal } from '@/modules/duty/assessmentLogic'
import duty from '@/modules/duty'

function item(id: number, weight: number): AssessItem {
  return { id, year: 2026, sort_order: id, title: '项' + id, weight, scoring_rule: 'r', work_point_id: null, work_point_title: '', copied_from_id: null }
}
function row(name: string, rank: number | null): AssessRow {
  return { department_id: name.length, department_name: name, scores: {}, scored: 0, total: null, total_text: '', rank }
}

describe('assessment logic', () => {
  it('requires weights summing to 100 and names the field like the server', () => {
    const ok = [{ title: '甲', weight: 60, scoring_rule: 'r' }, { title: '乙', weight: 40, scoring_rule: 'r' }]
    expect(weightSum(ok)).toBe(100)
    expect(templateProblem(ok)).toBeNull()
    expect(templateProblem([{ title: '甲', weight: 60, scoring_rule: 'r' }, { title: '乙', weight: 30, scoring_rule: 'r' }])).toBe('weight')
    expect(templateProblem([{ title: '甲', weight: 100, scoring_rule: 'r' }, { title: '乙', weight: 0, scoring_rule: 'r' }])).toBe('items[1].weight')
    expect(templateProblem([{ title: ' ', weight: 100, scoring_rule: 'r' }])).toBe('items[0].title')
    expect(templateProblem([{ title: '甲', weight: 100, scoring_rule: '' }])).toBe('items[0].scoring_rule')
    expect(templateProblem([])).toBe('items')
  })
  it('accepts scores from 0 to 100 with at most one decimal', () => {
    expect(validScore(0)).toBe(true)
    expect(validScore(100)).toBe(true)
    expect(validScore(92.5)).toBe(true)
    expect(validScore(85.55)).toBe(false)
    expect(validScore(100.5)).toBe(false)
    expect(validScore(-1)).toBe(false)
    expect(validScore(null)).toBe(false)
  })
  it('weighs the scores: Σ score × weight ÷ 100, unscored items count nothing', () => {
    const items = [item(1, 60), item(2, 40)]
    expect(weightedTotal(items, { '1': { score: 90 }, '2': { score: 80 } })).toBe(86)
    expect(weightedTotal(items, { '1': { score: 95 }, '2': { score: 72.5 } })).toBe(86)
    expect(weightedTotal(items, { '1': { score: 85.5 } })).toBe(51.3)
  })
  it('orders rows by rank with the unscored last', () => {
    expect(byRank([row('乙', null), row('甲', 2), row('丙', 1)]).map((r) => r.department_name)).toEqual(['丙', '甲', '乙'])
  })
  it('checks a new meeting field by field', () => {
    const m: NewMeeting = { kind: 'report_hearing', meeting_date: '2026-07-01', title: '党委会', minutes: '纪要', attendee_ids: [], decisions: ['甲'] }
    expect(meetingProblem(m)).toBeNull()
    expect(meetingProblem({ ...m, kind: '' })).toBe('kind')
    expect(meetingProblem({ ...m, meeting_date: '' })).toBe('meeting_date')
    expect(meetingProblem({ ...m, minutes: ' ' })).toBe('minutes')
    expect(meetingProblem({ ...m, decisions: ['甲', ''] })).toBe('decisions[1]')
  })
  it('routes the assessment and meeting pages under their permissions', () => {
    const byName = new Map(duty.routes.map((r) => [r.name, r]))
    expect(byName.get('duty-assessment')?.meta?.permission).toBe('duty.assess.read')
    expect(byName.get('duty-meetings')?.meta?.permission).toBe('duty.meeting.read')
    expect(byName.get('duty-meeting')?.meta?.permission).toBe('duty.meeting.read')
  })
})

describe('assessment api', () => {
  const calls: { url: string; init: RequestInit }[] = []
  beforeEach(() => {
    calls.length = 0
    setCsrfToken('tok')
    vi.stubGlobal('fetch', vi.fn(async (url: string, init: RequestInit) => {
      calls.push({ url, init })
      return new Response(JSON.stringify({ data: { id: 4, task_id: 9 } }), { status: 200, headers: { 'Content-Type': 'application/json' } })
    }))
  })
  it('saves scores with PUT and turns a decision into a task', async () => {
    await assessmentApi.score(2026, 3, [{ item_id: 1, score: 92.5, comment: '好' }])
    expect(calls[0].init.method).toBe('PUT')
    expect(calls[0].url).toContain('/api/v1/duty/assessment/scores')
    expect(JSON.parse(String(calls[0].init.body))).toEqual({ year: 2026, department_id: 3, scores: [{ item_id: 1, score: 92.5, comment: '好' }] })
    const r = await assessmentApi.decisionToTask(4, 7, { work_point_id: 1, title: '', owner_department_id: 3, deadline_date: '2026-09-30' })
    expect(r.task_id).toBe(9)
    expect(calls[1].url).toContain('/api/v1/duty/meetings/4/decisions/7/task')
    expect(new Headers(calls[1].init.headers).get('X-CSRF-Token')).toBe('tok')
    expect(assessmentApi.exportUrl(2026)).toContain('/api/v1/duty/assessment/export?year=2026')
  })
})
