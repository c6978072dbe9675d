// The regulation library's page rules: filters from the URL, state colours, headings,
// the totals under the acknowledgement table and the form's required fields.
import { describe, expect, it } from 'vitest'
import { ackTotals, filtersFromQuery, missingField, rateText, regulationHeading, statusTagType } from '@/modules/regulations/logic'

describe('regulations logic', () => {
  it('reads the filters the home page links with and drops unknown values', () => {
    expect(filtersFromQuery({ ack: 'pending' })).toEqual({ q: '', category: '', status: '', ack: 'pending' })
    expect(filtersFromQuery({ ack: 'all', status: 'superseded', q: '接待', category: 'reception' }))
      .toEqual({ q: '接待', category: 'reception', status: '', ack: '' })
    expect(filtersFromQuery({ status: 'repealed' }).status).toBe('repealed')
  })
  it('colours the states', () => {
    expect(statusTagType('in_force')).toBe('success')
    expect(statusTagType('not_yet')).toBe('warning')
    expect(statusTagType('repealed')).toBe('danger')
    expect(statusTagType('superseded')).toBe('info')
  })
  it('writes the heading with the document number when there is one', () => {
    expect(regulationHeading({ title: '公务接待管理办法', doc_number: '自然资党〔2026〕9号' })).toBe('《公务接待管理办法》（自然资党〔2026〕9号）')
    expect(regulationHeading({ title: '会议费管理办法', doc_number: '' })).toBe('《会议费管理办法》')
  })
  it('totals the departments as the export does', () => {
    expect(rateText(0, 0)).toBe('—')
    expect(ackTotals([
      { department_id: 1, department_name: '规划处', assigned: 2, acknowledged: 1, rate: '50.0%' },
      { department_id: 2, department_name: '规划一科', assigned: 2, acknowledged: 0, rate: '0.0%' },
    ])).toEqual({ assigned: 4, acknowledged: 1, pending: 3, rate: '25.0%' })
  })
  it('names the first missing field; a new version needs its note, not a category', () => {
    const full = { category: 'reception', title: 't', issuing_body: '局党委', effective_on: '2026-03-01', full_text: '第一条', change_note: '' }
    expect(missingField(full, false)).toBe('')
    expect(missingField({ ...full, category: '' }, false)).toBe('category')
    expect(missingField({ ...full, category: '' }, true)).toBe('changeNote')
    expect(missingField({ ...full, title: '  ' }, false)).toBe('title')
    expect(missingField({ ...full, full_text: '' }, false)).toBe('fullText')
  })
})
