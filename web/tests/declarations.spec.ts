// Personal-matters reports: the checks as typed (resident ID check digit, passport and
// permit numbers, amounts, areas, dates) agree with the server's rules; the submit check
// names the first unanswered item or missing field; the content sent leaves out empty
// values; the shipped form (share/declarations/form-2023.json) renders with these types.
import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import {
  contentToSend, emptyRow, firstIncomplete, formItems, normaliseNumber, problemText, residentIdCheck, residentIdProblem,
  validHkMacaoPermit, validPassport, validTaiwanPermit, valueProblem, type Content, type FormDef, type FormField,
} from '@/modules/declarations/validators'
import { en, zhCN } from '@/modules/declarations/labels'

const form: FormDef = JSON.parse(readFileSync(resolve(__dirname, '../../share/declarations/form-2023.json'), 'utf8'))
const field = (type: FormField['type'], extra: Partial<FormField> = {}): FormField => ({ code: 'x', label_zh: '栏', label_en: 'F', type, ...extra })

describe('resident ID numbers (GB 11643)', () => {
  it('computes the check character of the standard example', () => {
    expect(residentIdCheck('11010519491231002')).toBe('X')
    expect(residentIdProblem('11010519491231002X')).toBeNull()
    expect(residentIdProblem('11010519491231002x')).toBeNull()
  })
  it('names a wrong check character, a wrong length and a bad birth date', () => {
    expect(residentIdProblem('110105194912310021')?.zh).toContain('校验码')
    expect(residentIdProblem('110105194912310021')?.en).toContain('check character')
    expect(residentIdProblem('1101051949')?.zh).toContain('18位')
    const first17 = '11010519490231002'
    expect(residentIdProblem(first17 + residentIdCheck(first17))?.zh).toContain('出生日期')
  })
})

describe('document numbers', () => {
  it('accepts PRC passports and refuses the rest', () => {
    for (const ok of ['E12345678', 'EA1234567', 'G12345678', 'D1234567', 'S12345678']) expect(validPassport(ok), ok).toBe(true)
    for (const bad of ['E1234567', 'EI1234567', 'X12345678', '123456789', 'G1234567A']) expect(validPassport(bad), bad).toBe(false)
    expect(normaliseNumber(' e１２３４５６７８ ')).toBe('E12345678')
    expect(valueProblem(field('passport'), 'e 1234 5678')).toBeNull()
    expect(valueProblem(field('passport'), '123')?.zh).toContain('护照号码')
  })
  it('checks a permit by the kind chosen in its row', () => {
    expect(validHkMacaoPermit('C12345678')).toBe(true)
    expect(validHkMacaoPermit('CA1234567')).toBe(true)
    expect(validTaiwanPermit('L12345678')).toBe(true)
    expect(validTaiwanPermit('12345678')).toBe(true)
    expect(valueProblem(field('permit'), 'C12345678', '往来台湾通行证')?.zh).toContain('往来台湾通行证')
    expect(valueProblem(field('permit'), 'L12345678', '往来港澳通行证')?.en).toContain('Hong Kong/Macao')
  })
})

describe('amounts, areas, dates, choices', () => {
  it('refuses negative numbers, three decimals and impossible dates', () => {
    expect(valueProblem(field('amount'), '12345.67')).toBeNull()
    expect(valueProblem(field('amount'), '-1')?.en).toContain('amount')
    expect(valueProblem(field('amount'), '1.234')).not.toBeNull()
    expect(valueProblem(field('area'), '89.5')).toBeNull()
    expect(valueProblem(field('date'), '2026-02-29')).not.toBeNull()
    expect(valueProblem(field('date'), '2024-02-29')).toBeNull()
    expect(valueProblem(field('choice', { options: ['已婚', '未婚'] }), '同居')?.zh).toContain('已婚')
    expect(valueProblem(field('date'), '')).toBeNull()
  })
})

describe('the shipped 2023 form and the submit check', () => {
  it('has the fourteen items of module 5 and only known field types', () => {
    expect(formItems(form).map((i) => i.code)).toEqual([
      'marriage', 'passports', 'private_trips', 'permits', 'children_foreign_marriage', 'family_abroad', 'family_employment',
      'criminal_liability', 'salary', 'labor_income', 'real_estate', 'securities', 'family_business', 'assets_abroad',
    ])
    const types = new Set(formItems(form).flatMap((i) => i.fields.map((f) => f.type)))
    for (const t of types) expect(['text', 'choice', 'date', 'amount', 'area', 'resident_id', 'passport', 'permit']).toContain(t)
  })
  it('names the first unanswered item, then the first missing required field', () => {
    const content: Content = { items: {} }
    expect(firstIncomplete(form, content, 'zh-CN')).toContain('第1项')
    for (const item of formItems(form)) content.items[item.code] = { none: true }
    content.items.salary = { rows: [{ ...emptyRow(formItems(form)[8]), annual_salary: '1000' }] }
    expect(firstIncomplete(form, content, 'en')).toContain('Bonuses and allowances')
    content.items.salary.rows![0].allowances = '12.5'
    expect(firstIncomplete(form, content, 'zh-CN')).toBeNull()
    const sent = contentToSend(form, content)
    expect(sent.items.salary.rows![0]).toEqual({ annual_salary: '1000', allowances: '12.5' })
    expect(sent.items.marriage).toEqual({ none: true })
  })
  it('words a problem naming item, row and field in both languages', () => {
    const item = formItems(form)[1]
    const f = item.fields[0]
    const p = valueProblem(f, 'X1')!
    expect(problemText(item, 0, f, p, 'zh-CN')).toMatch(/^第2项「本人持有普通护照情况」第1行「护照号码」：/)
    expect(problemText(item, 0, f, p, 'en')).toMatch(/^Item 2 “Ordinary passports held” row 1 “Passport number”: /)
  })
})

describe('labels', () => {
  it('has the same keys in both languages', () => {
    const keys = (o: object, p = ''): string[] =>
      Object.entries(o).flatMap(([k, v]) => (typeof v === 'object' ? keys(v, p + k + '.') : [p + k]))
    expect(keys(en).sort()).toEqual(keys(zhCN).sort())
  })
})
