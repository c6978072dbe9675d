// Date/time display helpers (local time, unambiguous ISO-like form).
function pad(n: number): string {
  return n < 10 ? '0' + n : String(n)
}
export function formatTime(v: number | string | null | undefined): string {
  if (v === null || v === undefined || v === '') return ''
  const d = typeof v === 'number' ? new Date(v) : new Date(/^\d+$/.test(v) ? Number(v) : v)
  if (isNaN(d.getTime())) return String(v)
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`
}
export function formatDate(v: number | string | null | undefined): string {
  const s = formatTime(v)
  return s.length > 10 && typeof v === 'number' ? s.slice(0, 10) : typeof v === 'string' ? v : s
}
