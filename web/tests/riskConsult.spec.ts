// The page-side check of a new negative-list execution check (checkProblem): the first
// field to mark before anything is sent, in the order the server names them.
import { describe, expect, it } from 'vitest'
import { checkProblem, type NewCheck } from '@/modules/risk/consultApi'

function check(results: NewCheck['results']): NewCheck {
  return { department_id: 5, year: 2026, check_date: '2026-06-20', summary: '', results }
}
const row = (result: '' | 'executed' | 'partial' | 'not_executed', note = '', owner_name = '', deadline = '') => ({
  result,
  note,
  owner_name,
  deadline,
})

describe('checkProblem', () => {
  it('asks for the department and the date first', () => {
    expect(checkProblem({ ...check([]), department_id: null })).toBe('department_id')
    expect(checkProblem({ ...check([]), check_date: '' })).toBe('check_date')
  })
  it('names the first item without a result', () => {
    expect(checkProblem(check([row('executed'), row('')]))).toBe('results[1].result')
  })
  it('wants a note for partly and not executed items, not for executed ones', () => {
    expect(checkProblem(check([row('executed'), row('partial')]))).toBe('results[1].note')
    expect(checkProblem(check([row('not_executed')]))).toBe('results[0].note')
    expect(checkProblem(check([row('executed'), row('partial', '台账不全')]))).toBeNull()
  })
  it('wants an owner and a deadline for an item not executed', () => {
    expect(checkProblem(check([row('not_executed', '宴请 1 次')]))).toBe('results[0].owner_name')
    expect(checkProblem(check([row('not_executed', '宴请 1 次', '张三')]))).toBe('results[0].deadline')
    expect(checkProblem(check([row('not_executed', '宴请 1 次', '张三', '2026-07-31')]))).toBeNull()
  })
})
