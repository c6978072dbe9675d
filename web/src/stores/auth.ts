// The signed-in user: who they are, what they may do (permissions from /auth/me),
// the CSRF token for state-changing requests, and the idle-timeout clock.
import { defineStore } from 'pinia'
import { authApi, type Me } from '@/api/auth'
import { ApiError, setActivityHook, setCsrfToken } from '@/api/http'
import { setServerClock } from '@/components/civilDate'

export interface AuthState {
  me: Me | null
  loaded: boolean
  /** Client time (ms) of the last request the server answered for this session. */
  lastActivity: number
}

export const useAuthStore = defineStore('auth', {
  state: (): AuthState => ({ me: null, loaded: false, lastActivity: Date.now() }),
  getters: {
    signedIn: (s): boolean => s.me !== null,
    permissions: (s): Set<string> => new Set(s.me?.permissions ?? []),
    displayName: (s): string => s.me?.display_name || s.me?.username || '',
    idleTimeoutMs: (s): number => (s.me?.idle_timeout_seconds ?? 1800) * 1000,
    idleWarningMs: (s): number => (s.me?.idle_warning_seconds ?? 120) * 1000,
  },
  actions: {
    can(permission?: string | string[]): boolean {
      if (!permission || (Array.isArray(permission) && permission.length === 0)) return true
      const list = Array.isArray(permission) ? permission : [permission]
      const have = this.permissions
      return list.some((p) => have.has(p))
    },
    markActivity(): void {
      this.lastActivity = Date.now()
    },
    setMe(me: Me | null): void {
      this.me = me
      this.loaded = true
      setCsrfToken(me?.csrf_token ?? '')
      setServerClock(me?.clock)
      if (me) this.markActivity()
    },
    /** Loads /auth/me; null when there is no valid session. Other errors propagate. */
    async fetchMe(): Promise<Me | null> {
      try {
        const me = await authApi.me()
        this.setMe(me)
        return me
      } catch (e) {
        if (e instanceof ApiError && e.status === 401) {
          this.setMe(null)
          return null
        }
        throw e
      }
    },
    async ensureLoaded(): Promise<Me | null> {
      if (this.loaded) return this.me
      return this.fetchMe()
    },
    /** Signs in; throws ApiError (auth.bad_credentials, auth.throttled, auth.locked, auth.totp_required, auth.rate_limited). */
    async login(username: string, password: string, totp?: string): Promise<Me | null> {
      const answer = await authApi.login(username, password, totp)
      setCsrfToken(answer.csrf_token)
      return this.fetchMe()
    },
    async logout(): Promise<void> {
      try {
        if (this.me) await authApi.logout()
      } catch {
        /* the session may already be gone; signing out locally is what matters */
      } finally {
        this.clear()
      }
    },
    /** Forgets the session locally (after logout or when the server says it ended). */
    clear(): void {
      this.me = null
      this.loaded = true
      setCsrfToken('')
    },
    async touch(): Promise<void> {
      await authApi.touch()
      this.markActivity()
    },
  },
})

/** Connects the API layer's activity notifications to the store (idle timer). */
export function wireActivity(store: ReturnType<typeof useAuthStore>): void {
  setActivityHook(() => {
    if (store.me) store.markActivity()
  })
}
