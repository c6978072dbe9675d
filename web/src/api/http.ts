// The one door to the Qingfeng REST API (/api/v1). Unwraps the JSON envelope
//   {"data": …, "meta": {page, page_size, total}} | {"error": {code, message_zh, message_en, field}}
// into typed results; every failure becomes an ApiError carrying both language
// versions of its message. State-changing requests carry the X-CSRF-Token header.
// 401 → the registered unauthenticated hook (the router sends the user to login);
// 403 "forbidden" → the forbidden hook (403 page). Other errors go to the caller.

export const API_BASE = '/api/v1'

export interface PageMeta {
  page: number
  page_size: number
  total: number
}

export interface ListResult<T> {
  items: T[]
  meta: PageMeta
}

export interface FieldError {
  row?: number
  field?: string
  message_zh: string
  message_en: string
}

export class ApiError extends Error {
  readonly status: number
  readonly code: string
  readonly message_zh: string
  readonly message_en: string
  readonly field?: string
  readonly details?: unknown
  constructor(status: number, code: string, zh: string, en: string, field?: string, details?: unknown) {
    super(en || zh || code)
    this.status = status
    this.code = code
    this.message_zh = zh
    this.message_en = en
    this.field = field
    this.details = details
  }
  /** The message in the requested language, falling back to the other one. */
  text(lang: string): string {
    const zh = lang.toLowerCase().startsWith('zh')
    return (zh ? this.message_zh || this.message_en : this.message_en || this.message_zh) || this.code
  }
}

type Hook = (err: ApiError) => void

let csrfToken = ''
let onUnauthenticated: Hook | null = null
let onForbidden: Hook | null = null
let onActivity: (() => void) | null = null

export function setCsrfToken(token: string): void {
  csrfToken = token || ''
}
export function getCsrfToken(): string {
  return csrfToken
}
export function setUnauthenticatedHook(h: Hook | null): void {
  onUnauthenticated = h
}
export function setForbiddenHook(h: Hook | null): void {
  onForbidden = h
}
/** Called after every request the server answered for a signed-in session (idle timer). */
export function setActivityHook(h: (() => void) | null): void {
  onActivity = h
}

export type Query = Record<string, string | number | boolean | null | undefined>

/** Builds "/api/v1<path>?a=1&b=2", leaving out empty filter values. */
export function apiUrl(path: string, query?: Query): string {
  const qs = new URLSearchParams()
  if (query) {
    for (const [k, v] of Object.entries(query)) {
      if (v === undefined || v === null || v === '') continue
      qs.append(k, String(v))
    }
  }
  const s = qs.toString()
  return API_BASE + path + (s ? '?' + s : '')
}

export interface RequestOptions {
  query?: Query
  body?: unknown // JSON-encoded
  raw?: Blob | ArrayBuffer | Uint8Array // sent as application/octet-stream
  /** Do not call the 401/403 hooks (login page, session probes). */
  quiet?: boolean
}

const NETWORK_ZH = '无法连接服务器，请检查网络后重试。'
const NETWORK_EN = 'Cannot reach the server; check the network and try again.'

function isStateChanging(method: string): boolean {
  return !['GET', 'HEAD', 'OPTIONS'].includes(method.toUpperCase())
}

async function send(method: string, path: string, opts: RequestOptions = {}): Promise<{ status: number; json: any }> {
  const headers: Record<string, string> = { Accept: 'application/json' }
  let body: BodyInit | undefined
  if (opts.raw !== undefined) {
    headers['Content-Type'] = 'application/octet-stream'
    body = opts.raw as BodyInit
  } else if (opts.body !== undefined) {
    headers['Content-Type'] = 'application/json'
    body = JSON.stringify(opts.body)
  }
  if (isStateChanging(method) && csrfToken) headers['X-CSRF-Token'] = csrfToken
  let resp: Response
  try {
    resp = await fetch(apiUrl(path, opts.query), { method, headers, body, credentials: 'same-origin' })
  } catch {
    throw new ApiError(0, 'network', NETWORK_ZH, NETWORK_EN)
  }
  let json: any = null
  const text = await resp.text()
  if (text) {
    try {
      json = JSON.parse(text)
    } catch {
      json = null
    }
  }
  if (!resp.ok) {
    const e = json && json.error ? json.error : null
    const err = e
      ? new ApiError(resp.status, e.code || 'error', e.message_zh || '', e.message_en || '', e.field || undefined, e.details)
      : new ApiError(
          resp.status,
          'http.' + resp.status,
          `服务器返回错误（HTTP ${resp.status}）。`,
          `The server answered with an error (HTTP ${resp.status}).`,
        )
    if (!opts.quiet) {
      if (resp.status === 401 && onUnauthenticated) onUnauthenticated(err)
      else if (resp.status === 403 && err.code === 'forbidden' && onForbidden) onForbidden(err)
    }
    if (resp.status !== 401 && onActivity) onActivity()
    throw err
  }
  if (onActivity) onActivity()
  return { status: resp.status, json }
}

/** A call whose answer is {"data": T}. */
export async function request<T>(method: string, path: string, opts: RequestOptions = {}): Promise<T> {
  const { json } = await send(method, path, opts)
  return (json ? json.data : undefined) as T
}

/** A list call: {"data": [...], "meta": {...}}. */
export async function requestList<T>(path: string, query?: Query): Promise<ListResult<T>> {
  const { json } = await send('GET', path, { query })
  const items = (json && Array.isArray(json.data) ? json.data : []) as T[]
  const meta: PageMeta = json && json.meta ? json.meta : { page: 1, page_size: items.length, total: items.length }
  return { items, meta }
}

export const http = {
  get: <T>(path: string, query?: Query, quiet = false) => request<T>('GET', path, { query, quiet }),
  post: <T>(path: string, body?: unknown, query?: Query) => request<T>('POST', path, { body: body ?? {}, query }),
  put: <T>(path: string, body?: unknown) => request<T>('PUT', path, { body: body ?? {} }),
  del: <T>(path: string) => request<T>('DELETE', path),
  list: requestList,
}
