// Personal-matters reports: the checks of a value as it is typed, the same rules as the
// server's (src/domain/declarations/declaration_form.cpp — the server checks again and
// is the authority). Pure functions, tested in web/tests/declarations.spec.ts.

export interface FormField {
  code: string
  label_zh: string
  label_en: string
  type: 'text' | 'choice' | 'date' | 'amount' | 'area' | 'resident_id' | 'passport' | 'permit'
  required?: boolean
  options?: string[]
}
export interface FormItem {
  code: string
  no: string
  title_zh: string
  title_en: string
  repeating: boolean
  fields: FormField[]
}
export interface FormSection {
  code: string
  title_zh: string
  title_en: string
  items: FormItem[]
}
export interface FormDef {
  revision: string
  title_zh: string
  title_en: string
  sections: FormSection[]
}

export type Row = Record<string, string>
export interface Answer {
  none?: boolean
  rows?: Row[]
}
export interface Content {
  items: Record<string, Answer>
  note?: string
}

/** What is wrong with a value, in both languages. */
export interface Problem {
  zh: string
  en: string
}

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
const CHECK = '10X98765432'

/** The GB 11643 check character of the first 17 digits. */
export function residentIdCheck(first17: string): string {
  let sum = 0
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]
  return CHECK[sum % 11]
}

/** Upper case, spaces (also U+3000) removed; full-width digits and letters made ASCII. */
export function normaliseNumber(text: string): string {
  return text
    .replace(/[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[\s\u3000]/g, '')
    .toUpperCase()
}

function validDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s)
  if (!m) return false
  const y = Number(m[1])
  const mo = Number(m[2])
  const d = Number(m[3])
  if (y < 1900 || y > 2999) return false
  const dt = new Date(Date.UTC(y, mo - 1, d))
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === mo - 1 && dt.getUTCDate() === d
}

export function residentIdProblem(text: string): Problem | null {
  const s = normaliseNumber(text)
  if (s.length === 15 && /^\d{15}$/.test(s)) return null
  if (s.length !== 18) return { zh: '身份证号应为18位（最后一位可为X）', en: 'a resident ID number has 18 characters (the last may be X)' }
  if (!/^\d{17}[\dX]$/.test(s)) return { zh: '身份证号只能是数字，最后一位可为X', en: 'a resident ID number is digits, the last may be X' }
  if (!validDate(`${s.slice(6, 10)}-${s.slice(10, 12)}-${s.slice(12, 14)}`))
    return { zh: '身份证号中的出生日期不是有效日期', en: 'the birth date in the resident ID number is not a real date' }
  if (residentIdCheck(s.slice(0, 17)) !== s[17])
    return { zh: '身份证号校验码不正确（第18位），请核对', en: 'the check character (18th) of the resident ID number is wrong: please check the number' }
  return null
}

export function validPassport(s: string): boolean {
  return /^(E\d{8}|E[A-HJ-NP-Z]\d{7}|G\d{8}|[DSP]\d{7,8})$/.test(s)
}
export function validHkMacaoPermit(s: string): boolean {
  return /^C(\d{8}|[A-Z]\d{7})$/.test(s)
}
export function validTaiwanPermit(s: string): boolean {
  return /^(L\d{8}|\d{8})$/.test(s)
}

/** The problem of one value (null when good, or when empty: required is checked at submit). */
export function valueProblem(field: FormField, value: string, rowKind = ''): Problem | null {
  const v = (value ?? '').trim()
  if (!v) return null
  if (new TextEncoder().encode(v).length > 500) return { zh: '不能超过 500 个字节', en: 'must not exceed 500 bytes' }
  switch (field.type) {
    case 'choice':
      return field.options?.includes(v) ? null : { zh: '应为以下之一：' + (field.options ?? []).join('、'), en: 'must be one of: ' + (field.options ?? []).join('、') }
    case 'date':
      return validDate(v) ? null : { zh: '应为日期，格式 YYYY-MM-DD，如 2026-01-31', en: 'must be a date YYYY-MM-DD, e.g. 2026-01-31' }
    case 'amount':
      return /^\d{1,13}(\.\d{1,2})?$/.test(v)
        ? null
        : { zh: '应为金额（元），不小于 0，最多两位小数，如 12345.67', en: 'must be an amount in yuan, not negative, at most two decimals, e.g. 12345.67' }
    case 'area':
      return /^\d{1,9}(\.\d{1,2})?$/.test(v)
        ? null
        : { zh: '应为不小于 0 的数，最多两位小数，如 89.5', en: 'must be a number not below 0 with at most two decimals, e.g. 89.5' }
    case 'resident_id':
      return residentIdProblem(v)
    case 'passport':
      return validPassport(normaliseNumber(v))
        ? null
        : {
            zh: '护照号码格式不正确：应为 E 加 8 位数字、E 加 1 个字母和 7 位数字，或 G 加 8 位数字（外交、公务护照为 D、S、P 加 7–8 位数字）',
            en: 'not a passport number: E + 8 digits, E + a letter + 7 digits, or G + 8 digits (diplomatic and service passports D, S, P + 7–8 digits)',
          }
    case 'permit':
      if (rowKind.includes('台湾'))
        return validTaiwanPermit(normaliseNumber(v))
          ? null
          : { zh: '往来台湾通行证号码格式不正确：应为 L 加 8 位数字，或 8 位数字', en: 'not a Taiwan travel permit number: L + 8 digits, or 8 digits' }
      return validHkMacaoPermit(normaliseNumber(v))
        ? null
        : { zh: '往来港澳通行证号码格式不正确：应为 C 加 8 位数字，或 C 加 1 个字母和 7 位数字', en: 'not a Hong Kong/Macao travel permit number: C + 8 digits, or C + a letter + 7 digits' }
    default:
      return null
  }
}

/** A message naming the item, row and field, as the server words it. */
export function problemText(item: FormItem, row: number, field: FormField, p: Problem, lang: string): string {
  return lang === 'en'
    ? `Item ${item.no} “${item.title_en}” row ${row + 1} “${field.label_en}”: ${p.en}`
    : `第${item.no}项「${item.title_zh}」第${row + 1}行「${field.label_zh}」：${p.zh}`
}

/** Every item of the form, in order. */
export function formItems(form: FormDef): FormItem[] {
  return form.sections.flatMap((s) => s.items)
}

/** The first thing that keeps the report from being submitted, or null. */
export function firstIncomplete(form: FormDef, content: Content, lang: string): string | null {
  for (const item of formItems(form)) {
    const a = content.items[item.code]
    const rows = a?.rows ?? []
    if (!a || (!a.none && rows.length === 0))
      return lang === 'en' ? `Item ${item.no} “${item.title_en}”: not answered` : `第${item.no}项「${item.title_zh}」：未填写，请填写或勾选“无此类情况”`
    for (let r = 0; r < rows.length; r++)
      for (const f of item.fields) {
        const v = rows[r][f.code] ?? ''
        if (f.required && !v.trim())
          return lang === 'en' ? `Item ${item.no} row ${r + 1} “${f.label_en}”: is required` : `第${item.no}项第${r + 1}行「${f.label_zh}」：必填`
        const p = valueProblem(f, v, rows[r].kind ?? '')
        if (p) return problemText(item, r, f, p, lang)
      }
  }
  return null
}

/** An empty row of an item. */
export function emptyRow(item: FormItem): Row {
  return Object.fromEntries(item.fields.map((f) => [f.code, '']))
}

/** The content to send: empty values left out. */
export function contentToSend(form: FormDef, content: Content): Content {
  const items: Record<string, Answer> = {}
  for (const item of formItems(form)) {
    const a = content.items[item.code]
    if (!a) continue
    if (a.none) items[item.code] = { none: true }
    else
      items[item.code] = {
        rows: (a.rows ?? []).map((r) => Object.fromEntries(Object.entries(r).filter(([, v]) => v !== undefined && String(v).trim() !== ''))),
      }
  }
  return { items, note: content.note ?? '' }
}
