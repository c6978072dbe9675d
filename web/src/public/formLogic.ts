// Pure rules of the public report form: what must be filled in, which chosen files
// pass the stated limits (the server checks again, by content), and sizes in words.
// No DOM, no network — unit-tested in tests/public.spec.ts.

export interface ReportDraft {
  anonymous: boolean
  identity: { name: string; phone: string; address: string; id_number: string; contact: string }
  reported: { name: string; unit: string; position: string }
  matter: string
  when: string
  where: string
  evidence: string
  password: string
  password2: string
  acknowledged: boolean
}

export function emptyDraft(): ReportDraft {
  return {
    anonymous: true,
    identity: { name: '', phone: '', address: '', id_number: '', contact: '' },
    reported: { name: '', unit: '', position: '' },
    matter: '',
    when: '',
    where: '',
    evidence: '',
    password: '',
    password2: '',
    acknowledged: false,
  }
}

/** Keys (dotted paths of ReportDraft) the reporter still has to fix, in form order. */
export function draftProblems(d: ReportDraft, minPassword: number): string[] {
  const out: string[] = []
  const blank = (s: string) => !s || !s.trim()
  if (!d.anonymous) {
    if (blank(d.identity.name)) out.push('identity.name')
    if (blank(d.identity.phone) && blank(d.identity.address)) out.push('identity.phone')
  }
  if (blank(d.reported.name)) out.push('reported.name')
  if (blank(d.matter)) out.push('matter')
  if (d.password.length < minPassword) out.push('password')
  else if (d.password !== d.password2) out.push('password2')
  if (!d.acknowledged) out.push('acknowledged')
  return out
}

export interface AttachmentLimits {
  max_bytes: number
  max_count: number
  /** Accepted kinds: file extensions without the dot, lower case (e.g. "jpg"). */
  extensions: string[]
}

export type FileProblem =
  | { kind: 'tooBig'; name: string; size: number }
  | { kind: 'badType'; name: string }
  | { kind: 'tooMany' }

export function extensionOf(name: string): string {
  const i = name.lastIndexOf('.')
  return i < 0 ? '' : name.slice(i + 1).toLowerCase()
}

/**
 * Which of `adding` may join `chosen` under `limits`: files that pass are returned in
 * `accepted`; the first problem met (in order) is reported. `chosen` is never changed.
 */
export function admitFiles(
  chosen: readonly { name: string; size: number }[],
  adding: readonly { name: string; size: number }[],
  limits: AttachmentLimits,
): { accepted: number[]; problem: FileProblem | null } {
  const accepted: number[] = []
  let problem: FileProblem | null = null
  let count = chosen.length
  adding.forEach((f, i) => {
    let p: FileProblem | null = null
    if (!limits.extensions.includes(extensionOf(f.name))) p = { kind: 'badType', name: f.name }
    else if (f.size > limits.max_bytes) p = { kind: 'tooBig', name: f.name, size: f.size }
    else if (count >= limits.max_count) p = { kind: 'tooMany' }
    if (p) {
      if (!problem) problem = p
      return
    }
    accepted.push(i)
    count++
  })
  return { accepted, problem }
}

/** "512 KB", "3.5 MB" — sizes as a reporter reads them. */
export function sizeText(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`
  const mb = bytes / (1024 * 1024)
  return `${mb >= 10 || Number.isInteger(mb) ? Math.round(mb) : mb.toFixed(1)} MB`
}

/** The accept="…" attribute of the file input for the accepted extensions. */
export function acceptAttribute(extensions: readonly string[]): string {
  return extensions.map((e) => '.' + e).join(',')
}

/** Groups a query code for reading aloud / copying by hand: "ABCD-EFGH-…". */
export function groupCode(code: string, size = 4): string {
  const plain = code.replace(/[\s-]/g, '')
  const parts: string[] = []
  for (let i = 0; i < plain.length; i += size) parts.push(plain.slice(i, i + size))
  return parts.join('-')
}

/** What the reporter typed as a code, back to the form the server issued. */
export function normaliseCode(typed: string): string {
  return typed.replace(/[\s-]/g, '').toUpperCase()
}

/** Time and place as the one `time_place` text the server keeps. */
export function timePlace(d: Pick<ReportDraft, 'when' | 'where'>): string {
  return [d.when.trim(), d.where.trim()].filter(Boolean).join('；')
}

/** The submission body of docs/modules/reports-api.md (without challenge, nonce, attachments). */
export function submissionBody(d: ReportDraft): Record<string, unknown> {
  const t = (s: string) => s.trim()
  return {
    anonymous: d.anonymous,
    identity: d.anonymous
      ? {}
      : { name: t(d.identity.name), phone: t(d.identity.phone), id_number: t(d.identity.id_number), address: t(d.identity.address), contact: t(d.identity.contact) },
    reported: { name: t(d.reported.name), unit: t(d.reported.unit), position: t(d.reported.position) },
    matter: t(d.matter),
    time_place: timePlace(d),
    evidence: t(d.evidence),
    password: d.password,
  }
}

/** Accepted content types (server settings) → the file extensions a reporter knows. */
export function extensionsFor(types: readonly string[]): string[] {
  const map: Record<string, string[]> = {
    'image/jpeg': ['jpg', 'jpeg'],
    'image/png': ['png'],
    'text/plain': ['txt'],
    'application/pdf': ['pdf'],
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document': ['docx'],
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': ['xlsx'],
  }
  const out: string[] = []
  for (const ty of types) for (const e of map[ty] || []) if (!out.includes(e)) out.push(e)
  return out
}

/** Index of the attachment a server error's `field` names ("attachments[1].content_base64"), or -1. */
export function attachmentIndex(field: string | undefined): number {
  const m = /^attachments\[(\d+)\]/.exec(field || '')
  return m ? Number(m[1]) : -1
}
