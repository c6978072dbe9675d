// Sign-in, session and second factor (identity endpoints under /auth).
import { http, request } from './http'
import type { ServerClock } from '@/components/civilDate'

export interface RoleGrant {
  role: string
  scope: string
  scope_ref?: number | null
}

export interface Me {
  id: number
  username: string
  display_name: string
  person_id?: number | null
  roles: RoleGrant[]
  permissions: string[]
  must_change_password: boolean
  totp_enabled: boolean
  /** The security policy requires this account to set up TOTP before anything else. */
  totp_setup_required?: boolean
  idle_timeout_seconds: number
  idle_warning_seconds: number
  csrf_token: string
  /** The server's clock and the bureau's civil-day zone (see components/civilDate). */
  clock?: ServerClock
}

export interface LoginAnswer {
  user: Partial<Me>
  csrf_token: string
}

export const authApi = {
  login: (username: string, password: string, totp_code?: string) =>
    request<LoginAnswer>('POST', '/auth/login', {
      body: totp_code ? { username, password, totp_code } : { username, password },
      quiet: true,
    }),
  logout: () => request<unknown>('POST', '/auth/logout', { body: {}, quiet: true }),
  me: () => request<Me>('GET', '/auth/me', { quiet: true }),
  changePassword: (old_password: string, new_password: string) =>
    http.post<unknown>('/auth/password', { old_password, new_password }),
  touch: () => http.post<unknown>('/auth/touch'),
  totpSetup: () => http.post<{ secret: string; otpauth_uri: string }>('/auth/totp/setup'),
  totpEnable: (code: string) => http.post<unknown>('/auth/totp/enable', { code }),
  totpDisable: (password: string) => http.post<unknown>('/auth/totp/disable', { password }),
}
