// The approvals' pure rules for the pages: the form fields of each kind (the server's
// list, domain/approvals/approval_store.cpp), the document-number check as typed (the
// server's rules, shared with the personal-matters reports), and how a chain reads.
import { normaliseNumber, validHkMacaoPermit, validPassport, validTaiwanPermit } from '../declarations/validators'
import type { ApprovalKind, ApprovalRequest, DocType } from './api'

export interface FieldDef {
  code: string
  required: boolean
  options?: string[]
  long?: boolean
}

export const kindFields: Record<ApprovalKind, FieldDef[]> = {
  trip: [
    { code: 'destinations', required: true },
    { code: 'reason', required: true, long: true },
    { code: 'companions', required: false },
    { code: 'funding', required: true, options: ['自费', '亲友资助', '其他'] },
    { code: 'document_type', required: true, options: ['passport', 'hk_macao_permit', 'taiwan_permit'] },
  ],
  side_job: [
    { code: 'organisation', required: true },
    { code: 'credit_code', required: false },
    { code: 'position', required: true },
    { code: 'term', required: false },
    { code: 'remuneration', required: true, options: ['不取酬', '取酬'] },
    { code: 'reason', required: true, long: true },
  ],
  family_business: [
    { code: 'relation', required: true, options: ['配偶', '子女', '子女的配偶'] },
    { code: 'relative_name', required: true },
    { code: 'company', required: true },
    { code: 'credit_code', required: false },
    { code: 'role', required: true },
    { code: 'business_scope', required: false, long: true },
    { code: 'trades_with_unit', required: true, options: ['无', '有'] },
  ],
}

export function emptyContent(kind: ApprovalKind): Record<string, string> {
  const c: Record<string, string> = {}
  for (const f of kindFields[kind]) c[f.code] = f.options && f.required ? f.options[0] : ''
  return c
}

/** The first problem of an application as typed (field code and whether zh/en), or null. */
export function applicationProblem(kind: ApprovalKind, content: Record<string, string>, depart: string, ret: string): string | null {
  for (const f of kindFields[kind]) if (f.required && !(content[f.code] ?? '').trim()) return f.code
  if (kind === 'trip') {
    if (!depart) return 'depart_date'
    if (!ret || ret < depart) return 'return_date'
  }
  return null
}

/** Whether a document number is valid for its type (as the server checks it). */
export function documentNumberOk(type: DocType, text: string): boolean {
  const n = normaliseNumber(text)
  if (type === 'passport') return validPassport(n)
  if (type === 'hk_macao_permit') return validHkMacaoPermit(n)
  return validTaiwanPermit(n)
}

/** The steps of a chain with their state: done, acting now, or waiting. */
export function chainSteps(r: Pick<ApprovalRequest, 'chain' | 'step' | 'state'>): { role: string; status: 'done' | 'now' | 'waiting' }[] {
  return r.chain.map((role, i) => ({
    role,
    status: r.state === 'approved' || i < r.step ? 'done' : i === r.step && r.state === 'pending' ? 'now' : 'waiting',
  }))
}

/** The trip's dates as one text: the actual ones when recorded. */
export function tripDates(r: Pick<ApprovalRequest, 'depart_date' | 'return_date' | 'actual_depart_date' | 'actual_return_date'>): string {
  const from = r.actual_depart_date ?? r.depart_date
  const to = r.actual_return_date ?? r.return_date
  return from && to ? `${from} ~ ${to}` : ''
}
