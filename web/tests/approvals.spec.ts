// The approvals' page rules (src/modules/approvals/logic.ts): the form fields of each
// kind, what is missing as typed, document numbers by type, and how a chain reads.
import { describe, expect, it } from 'vitest'
import { applicationProblem, chainSteps, documentNumberOk, emptyContent, kindFields, tripDates } from '@/modules/approvals/logic'

describe('approvals logic', () => {
  it('starts each kind with its fields, required choices preset', () => {
    const trip = emptyContent('trip')
    expect(Object.keys(trip)).toEqual(kindFields.trip.map((f) => f.code))
    expect(trip.funding).toBe('自费')
    expect(trip.destinations).toBe('')
    expect(emptyContent('family_business').trades_with_unit).toBe('无')
  })

  it('names the first missing field, then the dates of a trip', () => {
    const c = emptyContent('trip')
    expect(applicationProblem('trip', c, '2026-08-01', '2026-08-08')).toBe('destinations')
    c.destinations = '泰国'
    c.reason = '旅游'
    expect(applicationProblem('trip', c, '', '2026-08-08')).toBe('depart_date')
    expect(applicationProblem('trip', c, '2026-08-09', '2026-08-08')).toBe('return_date')
    expect(applicationProblem('trip', c, '2026-08-01', '2026-08-08')).toBeNull()
    const job = emptyContent('side_job')
    job.organisation = '学会'
    job.position = '理事'
    job.reason = '推荐'
    expect(applicationProblem('side_job', job, '', '')).toBeNull()
  })

  it('checks document numbers by their type', () => {
    expect(documentNumberOk('passport', 'e1234 5678')).toBe(true)
    expect(documentNumberOk('passport', 'C12345678')).toBe(false)
    expect(documentNumberOk('hk_macao_permit', 'C12345678')).toBe(true)
    expect(documentNumberOk('hk_macao_permit', 'E12345678')).toBe(false)
    expect(documentNumberOk('taiwan_permit', 'L12345678')).toBe(true)
    expect(documentNumberOk('taiwan_permit', '1234567')).toBe(false)
  })

  it('reads a chain as done, acting now and waiting', () => {
    const chain = ['dept_head', 'org_hr', 'party_secretary']
    expect(chainSteps({ chain, step: 1, state: 'pending' }).map((s) => s.status)).toEqual(['done', 'now', 'waiting'])
    expect(chainSteps({ chain, step: 1, state: 'returned' }).map((s) => s.status)).toEqual(['done', 'waiting', 'waiting'])
    expect(chainSteps({ chain, step: 3, state: 'approved' }).map((s) => s.status)).toEqual(['done', 'done', 'done'])
  })

  it('shows the actual trip dates once recorded', () => {
    const r = { depart_date: '2026-08-01', return_date: '2026-08-08', actual_depart_date: null, actual_return_date: null }
    expect(tripDates(r)).toBe('2026-08-01 ~ 2026-08-08')
    expect(tripDates({ ...r, actual_depart_date: '2026-08-02', actual_return_date: '2026-08-09' })).toBe('2026-08-02 ~ 2026-08-09')
    expect(tripDates({ depart_date: null, return_date: null, actual_depart_date: null, actual_return_date: null })).toBe('')
  })
})
