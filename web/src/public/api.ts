// The public report page's only door to the server: /api/v1/public/* on the public
// listener (docs/modules/reports-api.md). No cookies are sent or accepted
// (credentials: 'omit'), no session, no CSRF token. Errors come back as PublicError
// with both language versions, the HTTP status and, for 429, the seconds to wait.

export const PUBLIC_BASE = '/api/v1/public'

export class PublicError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly message_zh: string,
    readonly message_en: string,
    readonly field?: string,
    readonly retryAfter?: number,
  ) {
    super(message_en || message_zh || code)
  }
  text(lang: string): string {
    return (lang.startsWith('zh') ? this.message_zh || this.message_en : this.message_en || this.message_zh) || this.code
  }
}

async function call<T>(method: string, path: string, body?: unknown, raw?: Blob): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' }
  let payload: BodyInit | undefined
  if (raw) {
    headers['Content-Type'] = 'application/octet-stream'
    payload = raw
  } else if (body !== undefined) {
    headers['Content-Type'] = 'application/json'
    payload = JSON.stringify(body)
  }
  let resp: Response
  try {
    resp = await fetch(PUBLIC_BASE + path, { method, headers, body: payload, credentials: 'omit', cache: 'no-store', referrerPolicy: 'no-referrer' })
  } catch {
    throw new PublicError(0, 'network', '', '')
  }
  const text = await resp.text()
  let json: any = null
  try {
    json = text ? JSON.parse(text) : null
  } catch {
    json = null
  }
  if (!resp.ok) {
    const e = json?.error
    const fromField = /^retry_after=(\d+)$/.exec(e?.field || '')
    const after = Number(resp.headers.get('Retry-After') || (fromField ? fromField[1] : 0)) || undefined
    throw new PublicError(
      resp.status,
      e?.code || 'http.' + resp.status,
      e?.message_zh || '',
      e?.message_en || '',
      e?.field || undefined,
      after,
    )
  }
  return (json ? json.data : undefined) as T
}


/** GET /public/reports/settings: the limits the form states before typing. */
export interface PublicSettings {
  max_attachments: number
  max_attachment_bytes: number
  max_total_attachment_bytes: number
  max_text_chars: number
  accepted_types: string[]
  pdf_accepted: boolean
  password_min_length: number
  query_code_length: number
  pow_bits: number
  notice_zh?: string
  notice_en?: string
}

export interface Challenge {
  challenge: string
  salt: string
  bits: number
  expires_at: number
}

export interface Submitted {
  query_code: string
  received_on: string
  stage: string
  stage_label_zh?: string
  stage_label_en?: string
  stage_note_zh?: string
  stage_note_en?: string
}

export interface PublicMessage {
  id: number
  from: 'handler' | 'reporter'
  text: string
  at: number
  in_reply_to?: number | null
}

export interface Progress {
  stage: string
  stage_label_zh?: string
  stage_label_en?: string
  stage_note_zh?: string
  stage_note_en?: string
  received_on: string
  real_name: boolean
  awaiting_reply: boolean
  messages: PublicMessage[]
  feedback: string | null
}

export const reportsPublicApi = {
  settings: () => call<PublicSettings>('GET', '/reports/settings'),
  challenge: () => call<Challenge>('POST', '/reports/challenge', {}),
  submit: (body: Record<string, unknown>) => call<Submitted>('POST', '/reports', body),
  lookup: (query_code: string, password: string) => call<Progress>('POST', '/reports/lookup', { query_code, password }),
  reply: (query_code: string, password: string, in_reply_to: number, text: string) =>
    call<Progress>('POST', '/reports/reply', { query_code, password, in_reply_to, text }),
}
