// Pure helpers of the verification pages (tested in web/tests/verification.spec.ts).
import type { Conclusion, Member, MemberResult } from './api'

/** The Element Plus tag type of a conclusion or a member's result: 瞒报 stands out. */
export function resultTagType(r: MemberResult | Conclusion | null): 'danger' | 'warning' | 'success' | 'info' {
  if (r === 'concealed') return 'danger'
  if (r === 'omitted') return 'warning'
  if (r === 'truthful') return 'success'
  return 'info'
}

/** How a member came into the round: drawn, proposed for promotion, or both. */
export function memberSources(m: Pick<Member, 'sampled' | 'candidate'>): ('sampled' | 'candidate')[] {
  const out: ('sampled' | 'candidate')[] = []
  if (m.sampled) out.push('sampled')
  if (m.candidate) out.push('candidate')
  return out
}

/** Whether a proposed conclusion needs a basis: no rule applies, or it departs from the rule's. */
export function basisRequired(suggested: Conclusion | null | undefined, chosen: Conclusion | ''): boolean {
  if (!chosen) return false
  return !suggested || suggested !== chosen
}

/** Counts of the members' results, for the round's summary line. */
export function resultCounts(members: Pick<Member, 'result'>[]): Record<MemberResult, number> {
  const out: Record<MemberResult, number> = { pending: 0, none: 0, truthful: 0, omitted: 0, concealed: 0 }
  for (const m of members) out[m.result] += 1
  return out
}
