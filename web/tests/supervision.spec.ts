// The supervision pages' pure rules: what an action dialog asks and sends, the
// four-forms measure cascade, tag colours, and the statistics helpers.
import { describe, expect, it } from 'vitest'
import {
  actionBody, actionNeeds, actionProblems, deadlineTagType, groupRows, hasCounts, measureDict, periodSlots, rateText,
  rowLabel, runningDeadlines, talkKindFor, yoyText, type ActionInput,
} from '@/views/supervision/clueLogic'

function input(over: Partial<ActionInput> = {}): ActionInput {
  return { opinion: '', disposition: '', effective_on: '', outcome: { conclusion: '', summary: '', measures: [] }, ...over }
}

describe('action dialog', () => {
  it('asks for a disposition only when proposing one, and requires the opinion then', () => {
    expect(actionNeeds('propose_disposition')).toEqual({ opinion: 'required', disposition: true, effectiveOn: false, outcome: false })
    expect(actionNeeds('approve')).toEqual({ opinion: 'optional', disposition: false, effectiveOn: false, outcome: false })
    expect(actionNeeds('send_inquiry').effectiveOn).toBe(true)
    expect(actionNeeds('record_reply').effectiveOn).toBe(true)
    expect(actionNeeds('submit_outcome').outcome).toBe(true)
    for (const a of ['return', 'escalate', 'extend', 'reopen']) expect(actionNeeds(a).opinion).toBe('required')
  })
  it('refuses a proposal without opinion or disposition, and a substantiated outcome without measures', () => {
    expect(actionProblems('propose_disposition', input())).toEqual(['opinion', 'disposition'])
    expect(actionProblems('propose_disposition', input({ opinion: '建议谈话函询', disposition: 'talk_or_inquiry' }))).toEqual([])
    expect(actionProblems('approve', input())).toEqual([])
    expect(actionProblems('submit_outcome', input({ outcome: { conclusion: 'substantiated', summary: '', measures: [] } }))).toEqual(['measures'])
    expect(
      actionProblems('submit_outcome', input({ outcome: { conclusion: 'substantiated', measures: [{ person_name: ' ', measure: '', decided_on: '2026-04-10' }] } })),
    ).toEqual(['measures.0.person_name', 'measures.0.measure'])
    expect(actionProblems('submit_outcome', input({ outcome: { conclusion: 'clarified', measures: [] } }))).toEqual([])
  })
  it('sends only the fields the action takes, naming the part', () => {
    const typed = input({ opinion: ' 同意 ', disposition: 'hold', effective_on: '2026-03-20' })
    expect(actionBody({ action: 'approve', as: 'dept_head' }, typed)).toEqual({ action: 'approve', as: 'dept_head', opinion: '同意' })
    expect(actionBody({ action: 'send_inquiry', as: 'handler' }, typed)).toEqual({ action: 'send_inquiry', as: 'handler', opinion: '同意', effective_on: '2026-03-20' })
    expect(actionBody({ action: 'propose_disposition', as: 'handler' }, typed).disposition).toBe('hold')
    expect(actionBody({ action: 'start_review', as: 'handler' }, input())).toEqual({ action: 'start_review', as: 'handler' })
  })
  it('drops the measures of an outcome that is not substantiated and trims what is sent', () => {
    const measures = [{ person_id: 12, person_name: '张三 ', measure: 'reminder_talk', decided_on: '2026-04-10', decision_document: ' ' }]
    const sub = actionBody({ action: 'submit_outcome', as: 'handler' }, input({ outcome: { conclusion: 'substantiated', summary: ' 属实 ', measures } }))
    expect(sub.outcome).toEqual({ conclusion: 'substantiated', summary: '属实', measures: [{ person_id: 12, person_name: '张三', measure: 'reminder_talk', decided_on: '2026-04-10' }] })
    const clar = actionBody({ action: 'submit_outcome', as: 'handler' }, input({ outcome: { conclusion: 'clarified', summary: '', measures } }))
    expect(clar.outcome?.measures).toEqual([])
  })
  it('finds the measures of a form in its own dictionary', () => {
    expect(measureDict('first')).toBe('clue.form_measure.first')
    expect(measureDict('')).toBe('')
  })
})

describe('deadlines', () => {
  it('colours statuses so overdue stands out', () => {
    expect(deadlineTagType('overdue')).toBe('danger')
    expect(deadlineTagType('due_soon')).toBe('warning')
    expect(deadlineTagType('met')).toBe('success')
    expect(deadlineTagType(undefined)).toBe('info')
  })
  it('lists running deadlines most urgent first, leaving out met ones', () => {
    const list = [
      { stage: 'a', status: 'open', due_on: '2026-01-01', met_on: null },
      { stage: 'b', status: 'met', due_on: '2025-01-01', met_on: '2024-12-30' },
      { stage: 'c', status: 'due_soon', due_on: '2026-03-01', met_on: null },
      { stage: 'd', status: 'overdue', due_on: '2026-02-01', met_on: null },
      { stage: 'e', status: 'overdue', due_on: '2026-01-15', met_on: null },
    ]
    expect(runningDeadlines(list).map((d) => d.stage)).toEqual(['e', 'd', 'c', 'a'])
  })
})

describe('statistics helpers', () => {
  it('labels one slot per value of the period', () => {
    expect(periodSlots('year', 'zh-CN')).toEqual(['全年'])
    expect(periodSlots('quarter', 'zh-CN')).toHaveLength(4)
    expect(periodSlots('month', 'en')[11]).toBe('M12')
    expect(periodSlots('half', 'zh-CN')).toEqual(['上半年', '下半年'])
  })
  it('states the year-over-year change, and no change without a base year', () => {
    expect(yoyText(6, 4)).toBe('+50.0%')
    expect(yoyText(3, 4)).toBe('-25.0%')
    expect(yoyText(0, 0)).toBe('0.0%')
    expect(yoyText(2, 0)).toBe('—')
  })
  it('shows rates as percentages, computing them when absent', () => {
    expect(rateText(0.125)).toBe('12.5%')
    expect(rateText(null, 1, 4)).toBe('25.0%')
    expect(rateText(undefined)).toBe('—')
  })
  it('groups rows by key in order and knows when a year is empty', () => {
    const rows = [
      { key: 'source', code: 'petition', label_zh: '信访举报', label_en: 'Petition', values: [1], total: 1, previous_total: 0 },
      { key: 'category', code: 'integrity', label_zh: '违反廉洁纪律', label_en: '', values: [0], total: 0, previous_total: 0 },
      { key: 'source', code: 'audit', label_zh: '审计', label_en: 'Audit', values: [0], total: 0, previous_total: 2 },
    ]
    const g = groupRows(rows)
    expect([...g.keys()]).toEqual(['source', 'category'])
    expect(g.get('source')!.map((r) => r.code)).toEqual(['petition', 'audit'])
    expect(hasCounts(g.get('category'))).toBe(false)
    expect(hasCounts(g.get('source'))).toBe(true)
    expect(rowLabel(rows[1], 'en')).toBe('违反廉洁纪律')
    expect(rowLabel({ code: 'x' }, 'zh-CN')).toBe('x')
  })
})

describe('talks', () => {
  it('offers the collective talk for promotions and transfers, the pre-appointment talk for appointments', () => {
    expect(talkKindFor('promote')).toBe('collective_new_cadre')
    expect(talkKindFor('transfer')).toBe('collective_new_cadre')
    expect(talkKindFor('appoint')).toBe('pre_appointment')
  })
})
