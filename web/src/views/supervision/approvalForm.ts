// The print-ready 呈批表 of a clue (no Vue, no I/O; unit-tested in
// web/tests/approvalForm.spec.ts): which steps of the clue's history belong on the
// disposition form (问题线索处置呈批表) or the outcome form (问题线索处理意见呈批表).
//
// A form shows the LATEST round of its kind: the proposal (propose_disposition or
// submit_outcome) and the signatures that followed it (approve, return), up to the next
// proposal of the same kind. A round that was returned is still printed as it stands,
// with the return as its last row: the paper trail is what was signed, not what was
// hoped for.

import type { ClueStep } from '@/api/clues'

export type FormKind = 'disposition' | 'outcome'

export interface FormRound {
  proposal: ClueStep | null
  signatures: ClueStep[]
  // The round ended with every signature: the approval chain is complete.
  complete: boolean
}

const PROPOSAL: Record<FormKind, string> = { disposition: 'propose_disposition', outcome: 'submit_outcome' }

export function formKinds(history: ClueStep[]): FormKind[] {
  const kinds: FormKind[] = []
  if (history.some((s) => s.action === PROPOSAL.disposition)) kinds.push('disposition')
  if (history.some((s) => s.action === PROPOSAL.outcome)) kinds.push('outcome')
  return kinds
}

// The approval states the round passes through; a signature moves out of it when the
// chain is complete (disposition_pending → the disposition's state, outcome_pending → closed).
const PENDING: Record<FormKind, string> = { disposition: 'disposition_pending', outcome: 'outcome_pending' }

export function latestRound(history: ClueStep[], kind: FormKind): FormRound {
  let start = -1
  history.forEach((s, i) => {
    if (s.action === PROPOSAL[kind]) start = i
  })
  if (start < 0) return { proposal: null, signatures: [], complete: false }
  const signatures: ClueStep[] = []
  // A chain of one part (the proposer alone) takes effect at the proposal.
  let complete = history[start].to !== PENDING[kind]
  if (complete) return { proposal: history[start], signatures, complete }
  for (let i = start + 1; i < history.length; i++) {
    const s = history[i]
    if (s.action === PROPOSAL[kind]) break
    if (s.action !== 'approve' && s.action !== 'return') continue
    if (s.from !== PENDING[kind]) continue
    signatures.push(s)
    if (s.action === 'return') break
    if (s.to !== PENDING[kind]) {
      complete = true
      break
    }
  }
  return { proposal: history[start], signatures, complete }
}

// "2026年3月5日" from "2026-03-05" (the date line under a signature on a paper form).
export function chineseDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso || '')
  if (!m) return ''
  return `${Number(m[1])}年${Number(m[2])}月${Number(m[3])}日`
}
