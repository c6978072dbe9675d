// The 呈批表 print: which history steps belong on the disposition and outcome forms.
import { describe, expect, it } from 'vitest'
import type { ClueStep } from '@/api/clues'
import { chineseDate, formKinds, latestRound } from '@/views/supervision/approvalForm'

let at = 0
function step(action: string, from: string, to: string, actor = '张三', opinion = ''): ClueStep {
  at += 1000
  return { action, from, to, actor_id: 1, actor_name: actor, role: 'handler', at_ms: at, on: '2026-03-05', opinion, disposition: null, approval_step: 0 }
}

const registered = [step('register', 'registered', 'registered'), step('start_review', 'registered', 'under_review')]

describe('approval form rounds', () => {
  it('prints the proposal and every signature of a completed disposition chain', () => {
    const h = [
      ...registered,
      step('propose_disposition', 'under_review', 'disposition_pending', '承办人', '建议谈话函询'),
      step('approve', 'disposition_pending', 'disposition_pending', '室主任', '同意'),
      step('approve', 'disposition_pending', 'disposition_pending', '分管领导', '同意'),
      step('approve', 'disposition_pending', 'talk_or_inquiry', '纪委书记', '同意'),
      step('send_inquiry', 'talk_or_inquiry', 'awaiting_reply'),
    ]
    const r = latestRound(h, 'disposition')
    expect(r.proposal?.opinion).toBe('建议谈话函询')
    expect(r.signatures.map((s) => s.actor_name)).toEqual(['室主任', '分管领导', '纪委书记'])
    expect(r.complete).toBe(true)
    expect(formKinds(h)).toEqual(['disposition'])
  })
  it('prints only the latest round after a return, and a waiting round as incomplete', () => {
    const h = [
      ...registered,
      step('propose_disposition', 'under_review', 'disposition_pending', '承办人', '建议了结'),
      step('return', 'disposition_pending', 'under_review', '室主任', '事实不清'),
      step('propose_disposition', 'under_review', 'disposition_pending', '承办人', '建议初核'),
      step('approve', 'disposition_pending', 'disposition_pending', '室主任', '同意'),
    ]
    const r = latestRound(h, 'disposition')
    expect(r.proposal?.opinion).toBe('建议初核')
    expect(r.signatures.map((s) => s.opinion)).toEqual(['同意'])
    expect(r.complete).toBe(false)
  })
  it('ends a returned round at the return', () => {
    const h = [
      ...registered,
      step('propose_disposition', 'under_review', 'disposition_pending', '承办人', '建议了结'),
      step('return', 'disposition_pending', 'under_review', '室主任', '事实不清'),
    ]
    const r = latestRound(h, 'disposition')
    expect(r.signatures.map((s) => s.action)).toEqual(['return'])
    expect(r.complete).toBe(false)
  })
  it('keeps disposition and outcome rounds apart', () => {
    const h = [
      ...registered,
      step('propose_disposition', 'under_review', 'preliminary_verification', '承办人', '建议初核'),
      step('submit_outcome', 'preliminary_verification', 'outcome_pending', '承办人', '问题属实'),
      step('approve', 'outcome_pending', 'closed', '纪委书记', '同意'),
    ]
    expect(formKinds(h)).toEqual(['disposition', 'outcome'])
    const d = latestRound(h, 'disposition')
    expect(d.complete).toBe(true)
    expect(d.signatures).toEqual([])
    const o = latestRound(h, 'outcome')
    expect(o.signatures.map((s) => s.actor_name)).toEqual(['纪委书记'])
    expect(o.complete).toBe(true)
    expect(latestRound(registered, 'outcome').proposal).toBeNull()
  })
  it('writes dates as on paper', () => {
    expect(chineseDate('2026-03-05')).toBe('2026年3月5日')
    expect(chineseDate('')).toBe('')
  })
})
