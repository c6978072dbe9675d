// Accounts (system administrator) and role grants (security administrator).
import { apiUrl, http, type Query } from './http'
import type { RoleGrant } from './auth'

export interface Account {
  id: number
  username: string
  display_name: string
  person_id?: number | null
  person_name?: string
  person_employee_no?: string
  status?: string
  locked_until?: number | null
  must_change_password?: boolean
  totp_enabled?: boolean
  roles?: RoleGrant[]
  [k: string]: unknown
}
export interface RoleInfo {
  role: string
  label_zh?: string
  label_en?: string
  permissions: string[]
  [k: string]: unknown
}

// A change that reaches case content waits for a discipline holder (two-person control):
// the administrator's answer then carries `pending` and the approval, never a password.
export interface Approval {
  id: number
  kind: 'reset_password' | 'reset_totp' | 'role_grant'
  account_id: number
  account_username: string
  account_name: string
  requester_username: string
  requested_at: number
  grants: RoleGrant[]
  summary: string
  status: 'pending' | 'approved' | 'refused'
  decider_name: string
  decided_at: number | null
  opinion: string
  can_decide: boolean
}
export interface PendingAnswer {
  pending?: boolean
  approval?: Approval
  one_time_password?: string
  [k: string]: unknown
}

export const adminApi = {
  accounts: (query?: Query) => http.list<Account>('/admin/accounts', query),
  createAccount: (a: { username: string; display_name: string; person_id?: number | null }) =>
    http.post<Record<string, unknown>>('/admin/accounts', a),
  updateAccount: (id: number, a: Partial<Account>) => http.put<Account>(`/admin/accounts/${id}`, a),
  lock: (id: number) => http.post<unknown>(`/admin/accounts/${id}/lock`),
  unlock: (id: number) => http.post<unknown>(`/admin/accounts/${id}/unlock`),
  resetPassword: (id: number) => http.post<PendingAnswer>(`/admin/accounts/${id}/reset-password`),
  resetTotp: (id: number) => http.post<Account & PendingAnswer>(`/admin/accounts/${id}/reset-totp`),
  grants: (id: number) => http.get<RoleGrant[] | { grants: RoleGrant[] }>(`/admin/accounts/${id}/roles`),
  setGrants: (id: number, grants: RoleGrant[]) => http.put<PendingAnswer>(`/admin/accounts/${id}/roles`, { grants }),
  approvals: (all = false) => http.get<Approval[]>('/admin/approvals', all ? { status: 'all' } : undefined),
  decide: (id: number, approve: boolean, opinion: string) =>
    http.post<{ approval: Approval; one_time_password?: string }>(`/admin/approvals/${id}/decision`, { approve, opinion }),
  roles: () => http.get<RoleInfo[]>('/admin/roles'),
  exportUrl: (query?: Query) => apiUrl('/admin/accounts/export', query),
}
