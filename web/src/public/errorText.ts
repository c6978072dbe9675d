// What the public page says for a failed call: the server's own bilingual message when
// it sent one (it names the limit or the field), otherwise a plain sentence; always
// ends by telling the reporter their typing is kept where that is true.
import { PublicError } from './api'

type T = (key: string, values?: Record<string, unknown>) => string

export function publicErrorText(e: unknown, lang: string, t: T): string {
  if (!(e instanceof PublicError) || e.status === 0) return t('errors.network')
  if (e.status === 429 && !e.message_zh && !e.message_en)
    return e.retryAfter ? t('errors.rateLimited', { s: e.retryAfter }) : t('errors.rateLimitedNoTime')
  const server = e.text(lang)
  if (!server || server === e.code) return t('errors.generic')
  return server
}
