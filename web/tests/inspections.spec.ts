// Rectification ledger: the pure page rules (state tags, required texts per step, URL
// filters, days left) and the API client's requests.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { setCsrfToken } from '@/api/http'
import { inspectionsApi } from '@/modules/inspections/api'
import { daysLeft, filtersFromQuery, missingText, requiredTexts, stateTagType } from '@/modules/inspections/ledgerLogic'
import { en, zhCN } from '@/modules/inspections/labels'

describe('rectification ledger rules', () => {
  it('tags overdue red unless closed, reported amber, closed green', () => {
    expect(stateTagType({ state: 'rectifying', overdue: true })).toBe('danger')
    expect(stateTagType({ state: 'reported', overdue: true })).toBe('danger')
    expect(stateTagType({ state: 'reported', overdue: false })).toBe('warning')
    expect(stateTagType({ state: 'rectifying', overdue: false })).toBe('info')
    expect(stateTagType({ state: 'closed', overdue: true })).toBe('success')
  })
  it('asks for the texts each step needs, as the server does', () => {
    expect(requiredTexts('report')).toEqual({ note: true, evidence: true })
    expect(requiredTexts('accept')).toEqual({ note: false, evidence: false })
    expect(missingText('report', '已整改', ' ')).toBe('evidence')
    expect(missingText('report', '', '清单')).toBe('note')
    expect(missingText('return', '  ', '')).toBe('note')
    expect(missingText('accept', '', '')).toBe('')
    expect(missingText('progress', '已完成一半', '')).toBe('')
  })
  it('reads the filters the home page links with and drops unknown values', () => {
    expect(filtersFromQuery({ state: 'reported' })).toEqual({ check_id: '', department_id: '', state: 'reported', overdue: '' })
    expect(filtersFromQuery({ overdue: 'true', check_id: '3' })).toEqual({ check_id: 3, department_id: '', state: '', overdue: true })
    expect(filtersFromQuery({ state: 'open', department_id: '-1', overdue: 'no' })).toEqual({ check_id: '', department_id: '', state: '', overdue: '' })
  })
  it('counts days to the deadline, negative once past', () => {
    expect(daysLeft('2026-05-10', '2026-05-01')).toBe(9)
    expect(daysLeft('2026-02-27', '2026-03-01')).toBe(-2)
  })
  it('has a label for every state and action in both languages', () => {
    for (const labels of [zhCN, en] as any[]) {
      for (const s of ['rectifying', 'reported', 'closed']) expect(labels.state[s]).toBeTruthy()
      for (const a of ['assign', 'progress', 'report', 'accept', 'return']) expect(labels.action[a]).toBeTruthy()
    }
  })
})

describe('inspections API client', () => {
  afterEach(() => vi.restoreAllMocks())
  it('sends a step with the action, note and evidence, and the CSRF token', async () => {
    setCsrfToken('tok')
    const calls: { url: string; init?: RequestInit }[] = []
    globalThis.fetch = vi.fn(async (url: RequestInfo | URL, init?: RequestInit) => {
      calls.push({ url: String(url), init })
      return new Response(JSON.stringify({ data: { id: 5, state: 'reported' } }), { status: 200, headers: { 'Content-Type': 'application/json' } })
    }) as typeof fetch
    const r = await inspectionsApi.act(5, 'report', '已整改', '清单')
    expect(r.state).toBe('reported')
    expect(calls[0].url).toBe('/api/v1/inspections/items/5/actions')
    expect(calls[0].init?.method).toBe('POST')
    expect(JSON.parse(String(calls[0].init?.body))).toEqual({ action: 'report', note: '已整改', evidence: '清单' })
    expect((calls[0].init?.headers as Record<string, string>)['X-CSRF-Token']).toBe('tok')
  })
  it('builds the export URL with the filters', () => {
    expect(inspectionsApi.exportUrl({ state: 'rectifying', overdue: true })).toBe('/api/v1/inspections/items/export?state=rectifying&overdue=true')
  })
})
