// The API wrapper: envelope unwrapping, bilingual errors, CSRF header, 401/403 hooks.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import {
  ApiError, apiUrl, http, request, requestList, setCsrfToken, setForbiddenHook, setUnauthenticatedHook, setActivityHook,
} from '@/api/http'

/** The ApiError a call fails with (the test fails if it succeeds). */
async function failure(p: Promise<unknown>): Promise<ApiError> {
  try {
    await p
  } catch (e) {
    return e as ApiError
  }
  throw new Error('expected the call to fail')
}

type Call = { url: string; init: RequestInit }
let calls: Call[] = []

function answer(status: number, body: unknown) {
  const text = body === undefined ? '' : JSON.stringify(body)
  globalThis.fetch = vi.fn(async (url: RequestInfo | URL, init?: RequestInit) => {
    calls.push({ url: String(url), init: init ?? {} })
    return new Response(text, { status, headers: { 'Content-Type': 'application/json' } })
  }) as typeof fetch
}

beforeEach(() => {
  calls = []
  setCsrfToken('')
  setUnauthenticatedHook(null)
  setForbiddenHook(null)
  setActivityHook(null)
})
afterEach(() => vi.restoreAllMocks())

describe('apiUrl', () => {
  it('prefixes /api/v1 and drops empty filters', () => {
    expect(apiUrl('/org/people', { q: '张', department_id: 3, status: '', branch_id: null, x: undefined })).toBe(
      '/api/v1/org/people?q=%E5%BC%A0&department_id=3',
    )
    expect(apiUrl('/health')).toBe('/api/v1/health')
  })
})

describe('request', () => {
  it('returns the data member of the envelope', async () => {
    answer(200, { data: { id: 7, name: '办公室' } })
    await expect(http.get('/org/departments/7')).resolves.toEqual({ id: 7, name: '办公室' })
  })

  it('returns list items with paging meta', async () => {
    answer(200, { data: [{ id: 1 }, { id: 2 }], meta: { page: 2, page_size: 2, total: 9 } })
    const r = await requestList('/org/people', { page: 2, page_size: 2 })
    expect(r.items).toHaveLength(2)
    expect(r.meta.total).toBe(9)
    expect(calls[0].url).toBe('/api/v1/org/people?page=2&page_size=2')
  })

  it('turns an error envelope into a bilingual ApiError naming the field', async () => {
    answer(400, { error: { code: 'validation', message_zh: '工号不能为空', message_en: 'Employee number is required', field: 'employee_no' } })
    const err = await failure(http.post('/org/people', {}))
    expect(err).toBeInstanceOf(ApiError)
    expect(err.status).toBe(400)
    expect(err.field).toBe('employee_no')
    expect(err.text('zh-CN')).toBe('工号不能为空')
    expect(err.text('en')).toBe('Employee number is required')
  })

  it('gives a bilingual message when the body is not an envelope', async () => {
    answer(502, undefined)
    const err: ApiError = await failure(http.get('/x'))
    expect(err.code).toBe('http.502')
    expect(err.text('zh-CN')).toContain('502')
    expect(err.text('en')).toContain('502')
  })

  it('reports an unreachable server in both languages', async () => {
    globalThis.fetch = vi.fn(async () => {
      throw new TypeError('Failed to fetch')
    }) as typeof fetch
    const err: ApiError = await failure(http.get('/x'))
    expect(err.code).toBe('network')
    expect(err.message_zh).toMatch(/服务器/)
    expect(err.message_en).toMatch(/server/)
  })

  it('sends the CSRF token on state-changing requests only', async () => {
    setCsrfToken('tok123')
    answer(200, { data: {} })
    await http.get('/a')
    await http.post('/b', { x: 1 })
    await http.put('/c', {})
    await http.del('/d')
    const hdr = (i: number) => (calls[i].init.headers as Record<string, string>)['X-CSRF-Token']
    expect(hdr(0)).toBeUndefined()
    expect(hdr(1)).toBe('tok123')
    expect(hdr(2)).toBe('tok123')
    expect(hdr(3)).toBe('tok123')
    expect(calls[1].init.body).toBe('{"x":1}')
  })

  it('sends raw bytes as octet-stream', async () => {
    answer(200, { data: { valid: true } })
    await request('POST', '/org/import/preview', { query: { kind: 'people', filename: 'a.csv' }, raw: new Uint8Array([1, 2, 3]) })
    expect((calls[0].init.headers as Record<string, string>)['Content-Type']).toBe('application/octet-stream')
    expect(calls[0].url).toBe('/api/v1/org/import/preview?kind=people&filename=a.csv')
  })

  it('calls the unauthenticated hook on 401 unless quiet', async () => {
    const hook = vi.fn()
    setUnauthenticatedHook(hook)
    answer(401, { error: { code: 'auth.session_expired', message_zh: '会话已超时', message_en: 'Session expired' } })
    await http.get('/org/people').catch(() => undefined)
    expect(hook).toHaveBeenCalledTimes(1)
    expect(hook.mock.calls[0][0].code).toBe('auth.session_expired')
    await request('GET', '/auth/me', { quiet: true }).catch(() => undefined)
    expect(hook).toHaveBeenCalledTimes(1)
  })

  it('calls the forbidden hook on 403 forbidden but not on a CSRF refusal', async () => {
    const hook = vi.fn()
    setForbiddenHook(hook)
    answer(403, { error: { code: 'forbidden', message_zh: '无权限', message_en: 'Forbidden' } })
    await http.get('/admin/accounts').catch(() => undefined)
    expect(hook).toHaveBeenCalledTimes(1)
    answer(403, { error: { code: 'auth.csrf', message_zh: 'CSRF', message_en: 'CSRF' } })
    const err: ApiError = await failure(http.post('/x'))
    expect(err.code).toBe('auth.csrf')
    expect(hook).toHaveBeenCalledTimes(1)
  })

  it('notifies activity after answered requests', async () => {
    const act = vi.fn()
    setActivityHook(act)
    answer(200, { data: 1 })
    await http.get('/a')
    expect(act).toHaveBeenCalledTimes(1)
  })
})
