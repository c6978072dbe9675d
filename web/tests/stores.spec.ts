// Stores: the signed-in user (permissions, CSRF, login flow) and dictionaries.
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { useAuthStore } from '@/stores/auth'
import { useDictStore } from '@/stores/dict'
import { getCsrfToken, setCsrfToken, ApiError } from '@/api/http'

/** The ApiError a call fails with (the test fails if it succeeds). */
async function failure(p: Promise<unknown>): Promise<ApiError> {
  try {
    await p
  } catch (e) {
    return e as ApiError
  }
  throw new Error('expected the call to fail')
}

const me = {
  id: 3, username: 'renshi', display_name: '人事干部', person_id: 12,
  roles: [{ role: 'org_hr', scope: 'unit', scope_ref: null }],
  permissions: ['org.read', 'org.manage', 'dashboard.read'],
  must_change_password: false, totp_enabled: false, idle_timeout_seconds: 1800, idle_warning_seconds: 120,
  csrf_token: 'csrf-me',
}

function route(table: Record<string, [number, unknown]>) {
  globalThis.fetch = vi.fn(async (url: RequestInfo | URL, init?: RequestInit) => {
    const key = `${init?.method ?? 'GET'} ${String(url).split('?')[0]}`
    const [status, body] = table[key] ?? [404, { error: { code: 'not_found', message_zh: '不存在', message_en: 'Not found' } }]
    return new Response(JSON.stringify(body), { status })
  }) as typeof fetch
}

beforeEach(() => {
  setActivePinia(createPinia())
  setCsrfToken('')
})

describe('auth store', () => {
  it('signs in, loads /auth/me and keeps its CSRF token', async () => {
    route({
      'POST /api/v1/auth/login': [200, { data: { user: { id: 3 }, csrf_token: 'csrf-login' } }],
      'GET /api/v1/auth/me': [200, { data: me }],
    })
    const auth = useAuthStore()
    const r = await auth.login('renshi', 'Qingfeng@2026')
    expect(r?.username).toBe('renshi')
    expect(auth.signedIn).toBe(true)
    expect(auth.displayName).toBe('人事干部')
    expect(getCsrfToken()).toBe('csrf-me')
    expect(auth.idleTimeoutMs).toBe(1800_000)
    expect(auth.idleWarningMs).toBe(120_000)
  })

  it('answers permission checks from /auth/me permissions', async () => {
    const auth = useAuthStore()
    auth.setMe(me)
    expect(auth.can('org.manage')).toBe(true)
    expect(auth.can('audit.read')).toBe(false)
    expect(auth.can(['audit.read', 'org.read'])).toBe(true)
    expect(auth.can(undefined)).toBe(true)
  })

  it('passes the TOTP requirement to the caller', async () => {
    route({ 'POST /api/v1/auth/login': [401, { error: { code: 'auth.totp_required', message_zh: '需要验证码', message_en: 'Code required' } }] })
    const auth = useAuthStore()
    const err = await failure(auth.login('sysadmin', 'x'))
    expect(err).toBeInstanceOf(ApiError)
    expect(err.code).toBe('auth.totp_required')
    expect(auth.signedIn).toBe(false)
  })

  it('treats 401 from /auth/me as signed out', async () => {
    route({ 'GET /api/v1/auth/me': [401, { error: { code: 'auth.unauthenticated', message_zh: '未登录', message_en: 'Not signed in' } }] })
    const auth = useAuthStore()
    await expect(auth.fetchMe()).resolves.toBeNull()
    expect(auth.loaded).toBe(true)
    expect(auth.signedIn).toBe(false)
  })

  it('forgets the session and CSRF token on logout even when the server call fails', async () => {
    route({ 'POST /api/v1/auth/logout': [500, {}] })
    const auth = useAuthStore()
    auth.setMe(me)
    expect(getCsrfToken()).toBe('csrf-me')
    await auth.logout()
    expect(auth.signedIn).toBe(false)
    expect(getCsrfToken()).toBe('')
  })

  it('moves the idle clock on touch', async () => {
    route({ 'POST /api/v1/auth/touch': [200, { data: {} }] })
    const auth = useAuthStore()
    auth.setMe(me)
    auth.lastActivity = 0
    await auth.touch()
    expect(auth.lastActivity).toBeGreaterThan(0)
  })
})

describe('dictionary store', () => {
  it('labels codes in the chosen language, sorted by sort', async () => {
    route({
      'GET /api/v1/dictionaries': [200, { data: { genders: [
        { code: 'female', label_zh: '女', label_en: 'Female', sort: 2 },
        { code: 'male', label_zh: '男', label_en: 'Male', sort: 1 },
      ] } }],
    })
    const dict = useDictStore()
    await dict.load()
    expect(dict.label('genders', 'male', 'zh-CN')).toBe('男')
    expect(dict.label('genders', 'female', 'en')).toBe('Female')
    expect(dict.label('genders', 'unknown', 'en')).toBe('unknown')
    expect(dict.label('genders', null, 'en')).toBe('')
    expect(dict.items('genders').map((i) => i.code)).toEqual(['male', 'female'])
  })

  it('loads once unless forced', async () => {
    route({ 'GET /api/v1/dictionaries': [200, { data: {} }] })
    const dict = useDictStore()
    await dict.load()
    await dict.load()
    expect(globalThis.fetch).toHaveBeenCalledTimes(1)
    await dict.load(true)
    expect(globalThis.fetch).toHaveBeenCalledTimes(2)
  })
})
