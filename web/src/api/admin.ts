// Accounts (system administrator) and role grants (security administrator).
import { apiUrl, http, type Query } from './http'
import type { RoleGrant } from './auth'

export interface Account {
  id: number
  username: string
  display_name: string
  person_id?: number | null
  person_name?: string
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

export const adminApi = {
  accounts: (query?: Query) => http.list<Account>('/admin/accounts', query),
  createAccount: (a: { username: string; display_name: string; person_id?: number | null }) =>
    http.post<Record<string, unknown>>('/admin/accounts', a),
  updateAccount: (id: number, a: Partial<Account>) => http.put<Account>(`/admin/accounts/${id}`, a),
  lock: (id: number) => http.post<unknown>(`/admin/accounts/${id}/lock`),
  unlock: (id: number) => http.post<unknown>(`/admin/accounts/${id}/unlock`),
  resetPassword: (id: number) => http.post<Record<string, unknown>>(`/admin/accounts/${id}/reset-password`),
  resetTotp: (id: number) => http.post<Account>(`/admin/accounts/${id}/reset-totp`),
  grants: (id: number) => http.get<RoleGrant[] | { grants: RoleGrant[] }>(`/admin/accounts/${id}/roles`),
  setGrants: (id: number, grants: RoleGrant[]) => http.put<unknown>(`/admin/accounts/${id}/roles`, { grants }),
  roles: () => http.get<RoleInfo[]>('/admin/roles'),
  exportUrl: (query?: Query) => apiUrl('/admin/accounts/export', query),
}
