import { describe, expect, it } from 'vitest'
import { answerTag, groundLines, missingField, personLabel } from '@/modules/opinions/logic'

describe('integrity opinion logic', () => {
  it('shows a person with department and position', () => {
    expect(personLabel({ name: '张三', department_name: '规划处', position_name: '处长' })).toBe('张三（规划处 · 处长）')
    expect(personLabel({ name: '李四', department_name: '', position_name: '' })).toBe('李四')
  })
  it('names the first missing field of a request', () => {
    const ok = { purpose: 'promotion' as const, purpose_note: '', requested_by: '2026-12-20', person_ids: [3] }
    expect(missingField(ok, '2026-12-07')).toBeNull()
    expect(missingField({ ...ok, purpose: '' }, '2026-12-07')).toBe('purpose')
    expect(missingField({ ...ok, purpose: 'other' }, '2026-12-07')).toBe('purpose_note')
    expect(missingField({ ...ok, purpose: 'other', purpose_note: '推荐人选' }, '2026-12-07')).toBeNull()
    expect(missingField({ ...ok, requested_by: '2026-12-01' }, '2026-12-07')).toBe('requested_by')
    expect(missingField({ ...ok, requested_by: '' }, '2026-12-07')).toBe('requested_by')
    expect(missingField({ ...ok, person_ids: [] }, '2026-12-07')).toBe('person_ids')
  })
  it('lists the grounds of a draft', () => {
    expect(groundLines(null)).toEqual([])
    const lines = groundLines({
      concealed: [{ item_id: 1, year: 2025, item_title: '房产情况', consequences: '诫勉谈话' }],
      measures: [{ clue_id: 2, clue_number: '〔2026〕线索第3号', measure: 'admonishment', measure_zh: '诫勉', decided_on: '2026-07-01', effect_until: '2027-01-01' }],
      open_clues: [{ clue_id: 3, number: '〔2026〕线索第9号', state: 'in_handling', received_date: '2026-10-10' }],
    })
    expect(lines).toEqual([
      '2025 年度核查认定瞒报：房产情况（处理：诫勉谈话）',
      '〔2026〕线索第3号：2026-07-01 诫勉，影响期至 2027-01-01',
      '〔2026〕线索第9号：2026-10-10 受理，尚未办结',
    ])
  })
  it('colours a reply by its state', () => {
    expect(answerTag({ status: 'approved', hold: true })).toBe('success')
    expect(answerTag({ status: 'drafted', hold: true })).toBe('danger')
    expect(answerTag({ status: 'drafted', hold: false })).toBe('warning')
  })
})
