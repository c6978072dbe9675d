// Issue 15 item 10 on the web side: the pickers' lines and search, the registration
// elements' form ⇄ request, and the triage decisions 转办 / 留存备查.
import { describe, expect, it } from 'vitest'
import { accountLabel, accountMatches, emptyRegForm, regBody, regFormOf, registrationProblems } from '@/views/supervision/clueLogic'
import { canClose, canReopen, canTriage, firstClue, triageBody, triageProblems, type TriageInput } from '@/views/reports/reportLogic'

describe('account pickers', () => {
  const a = { display_name: '王五', department_name: '纪检监察室', position_name: '主任' }
  it('show name, department and position', () => {
    expect(accountLabel(a)).toBe('王五 · 纪检监察室 · 主任')
    expect(accountLabel({ display_name: '赵六' })).toBe('赵六')
  })
  it('search all three', () => {
    expect(accountMatches(a, '监察')).toBe(true)
    expect(accountMatches(a, '主任')).toBe(true)
    expect(accountMatches(a, '王')).toBe(true)
    expect(accountMatches(a, '财务')).toBe(false)
    expect(accountMatches(a, '  ')).toBe(true)
  })
})

describe('registration elements', () => {
  it('round-trip between the form and the request', () => {
    const f = emptyRegForm()
    expect(regBody(f)).toEqual({ source_document: '', reporter: null, cadre_authority: 'local', classification: 'internal' })
    f.reporter_mode = 'named'
    f.reporter_name = ' 李四 '
    f.reporter_contact = '139'
    f.source_document = ' 转〔2026〕1号 '
    expect(regBody(f).reporter).toEqual({ anonymous: false, name: '李四', contact: '139' })
    expect(regBody(f).source_document).toBe('转〔2026〕1号')
    f.reporter_mode = 'anonymous'
    expect(regBody(f).reporter).toEqual({ anonymous: true, name: '', contact: '' })
    const back = regFormOf({ source_document: 'X', reporter: { anonymous: false, name: '甲', contact: '' }, cadre_authority: null, classification: 'secret' })
    expect(back.reporter_mode).toBe('named')
    expect(back.cadre_authority).toBe('')
    expect(back.classification).toBe('secret')
  })
  it('name what is missing', () => {
    const f = emptyRegForm()
    expect(registrationProblems('referral_from_above', f)).toEqual(['source_document'])
    expect(registrationProblems('petition', f)).toEqual([])
    f.reporter_mode = 'named'
    expect(registrationProblems('petition', f)).toEqual(['reporter.name'])
  })
})

describe('triage 转办 and 留存备查', () => {
  const base: TriageInput = { decision: 'transfer', reason: '', clues: [], transfer: { unit: '', document_number: '', transferred_on: '' } }
  it('transfer needs unit, number and day', () => {
    expect(triageProblems(base)).toEqual(['transfer.unit', 'transfer.document_number', 'transfer.transferred_on'])
    const ok = { ...base, transfer: { unit: ' 区纪委 ', document_number: '转1号', transferred_on: '2026-12-01' } }
    expect(triageProblems(ok)).toEqual([])
    expect(triageBody(ok)).toEqual({ decision: 'transfer', transfer: { unit: '区纪委', document_number: '转1号', transferred_on: '2026-12-01' } })
  })
  it('keep on file needs a reason and may be taken up again; transfer is final', () => {
    expect(triageProblems({ ...base, decision: 'file' })).toEqual(['reason'])
    expect(triageBody({ ...base, decision: 'file', reason: ' 笼统 ' })).toEqual({ decision: 'file', reason: '笼统' })
    expect(canReopen('filed')).toBe(true)
    expect(canReopen('transferred')).toBe(false)
    expect(canClose('transferred')).toBe(false)
    expect(canClose('filed')).toBe(false)
    expect(canTriage('transferred')).toBe(false)
  })
  it('a clue from a linked report is about the linked person', () => {
    const c = firstClue({ name: '张某', unit: '规划处' }, '事项', { person_id: 7, name: '张三', exists: true })
    expect(c.person_id).toBe(7)
    expect(c.person_name).toBe('张三')
    const x: TriageInput = { decision: 'clues', reason: '', clues: [{ ...c, category: 'integrity', handler_id: 3 }] }
    const body = triageBody(x)
    expect(body.decision === 'clues' && body.clues[0].persons[0].person_id).toBe(7)
    expect(firstClue({ name: '张某' }, '', null).person_id).toBeNull()
  })
})
