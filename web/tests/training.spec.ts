// Training with quizzes: the pure page rules (a single choice replaces, a multiple
// choice toggles with the letters in order, unanswered questions, one's state on a
// course, the completion totals as the export's 合计 row) and the API client's paths.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { setCsrfToken } from '@/api/http'
import { trainingApi } from '@/modules/education/trainingApi'
import { choose, letter, myState, optionLines, trainingTotals, unanswered } from '@/modules/education/trainingLogic'
import { en, zhCN } from '@/modules/education/labels'

describe('training page rules', () => {
  it('replaces a single choice and toggles a multiple choice, letters in order', () => {
    expect(choose('single', 'A', 'C')).toBe('C')
    expect(choose('judge', '', 'B')).toBe('B')
    expect(choose('multiple', '', 'C')).toBe('C')
    expect(choose('multiple', 'C', 'A')).toBe('AC')
    expect(choose('multiple', 'AC', 'C')).toBe('A')
    expect(choose('multiple', 'BD', 'A')).toBe('ABD')
    expect(letter(0)).toBe('A')
    expect(letter(3)).toBe('D')
  })
  it('lists the unanswered questions by their number on the page', () => {
    const qs = [{ id: 11 }, { id: 7 }, { id: 30 }]
    expect(unanswered(qs, { '11': 'A', '30': '' })).toEqual([2, 3])
    expect(unanswered(qs, { '11': 'A', '7': 'BC', '30': 'B' })).toEqual([])
  })
  it('tells passed, pending and failed out apart', () => {
    const base = { assigned_to_me: true, my_passed_at: null, my_attempts: 1, my_attempts_left: 2 }
    expect(myState(base)).toBe('pending')
    expect(myState({ ...base, my_attempts: 3, my_attempts_left: 0 })).toBe('failed_out')
    expect(myState({ ...base, my_passed_at: 1767225600000, my_attempts_left: 0 })).toBe('passed')
    expect(myState({ ...base, assigned_to_me: false })).toBe('not_assigned')
  })
  it('totals the departments like the export', () => {
    const rows = [
      { department_id: 1, department_name: '规划处', assigned: 2, passed: 2, failed: 0, not_started: 0, rate: '100.0%' },
      { department_id: 2, department_name: '办公室', assigned: 2, passed: 0, failed: 1, not_started: 1, rate: '0.0%' },
      { department_id: 3, department_name: '规划一科', assigned: 2, passed: 0, failed: 0, not_started: 2, rate: '0.0%' },
    ]
    expect(trainingTotals(rows)).toEqual({ assigned: 6, passed: 2, failed: 1, notStarted: 3, rate: '33.3%' })
    expect(trainingTotals([]).rate).toBe('—')
  })
  it('reads options one a line', () => {
    expect(optionLines(' 甲 \n\n乙\n丙 ')).toEqual(['甲', '乙', '丙'])
  })
  it('has the training labels in both languages', () => {
    expect(Object.keys(zhCN.training as object).sort()).toEqual(Object.keys(en.training as object).sort())
  })
})

describe('training API client', () => {
  afterEach(() => vi.restoreAllMocks())
  it('starts an attempt and submits the answers to the server', async () => {
    const calls: { url: string; method: string; body: unknown }[] = []
    vi.stubGlobal('fetch', vi.fn(async (url: string, init: RequestInit) => {
      calls.push({ url, method: init.method || 'GET', body: init.body ? JSON.parse(String(init.body)) : null })
      return new Response(JSON.stringify({ data: { id: 5, questions: [] } }), { status: 200, headers: { 'content-type': 'application/json' } })
    }))
    setCsrfToken('t')
    await trainingApi.start(3)
    await trainingApi.submit(5, { '12': 'AC' })
    expect(calls[0].url).toContain('/api/v1/education/training/courses/3/attempts')
    expect(calls[0].method).toBe('POST')
    expect(calls[1].url).toContain('/api/v1/education/training/attempts/5/submit')
    expect(calls[1].body).toEqual({ answers: { '12': 'AC' } })
    expect(trainingApi.completionExportUrl(3)).toBe('/api/v1/education/training/courses/3/completion/export')
  })
})
