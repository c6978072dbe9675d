// Shows a server error to the user in the chosen language.
import { ElMessage } from 'element-plus'
import { ApiError } from '@/api/http'
import { currentLang } from '@/i18n'

export function errorText(e: unknown): string {
  if (e instanceof ApiError) return e.text(currentLang())
  return currentLang() === 'en' ? 'Unexpected error.' : '发生意外错误。'
}

export function showError(e: unknown): void {
  // 401/403 are handled by the router (login page / 403 page).
  if (e instanceof ApiError && (e.status === 401 || (e.status === 403 && e.code === 'forbidden'))) return
  ElMessage({ type: 'error', message: errorText(e), showClose: true, duration: 6000 })
}
