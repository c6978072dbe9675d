// The caller's data scope over the organisation pages (数据范围, from the grants of
// GET /auth/me): whole unit, or narrower — the department, the Party branch, oneself.
// The departments and positions pages say so above the table and in their empty text,
// so "暂无数据" never hides that the scope is the branch (../shared/ux.md, Lists).
import type { RoleGrant } from '@/api/auth'

export type ScopeKind = 'unit' | 'department' | 'branch' | 'self'

const WIDTH: Record<ScopeKind, number> = { self: 0, branch: 1, department: 2, unit: 3 }

/** The widest scope among the grants (unit when any grant is unit-wide); null without grants. */
export function widestScope(grants: RoleGrant[] | undefined | null): { scope: ScopeKind; refs: number[] } | null {
  let best: ScopeKind | null = null
  for (const g of grants ?? []) {
    const s = g.scope as ScopeKind
    if (!(s in WIDTH)) continue
    if (best === null || WIDTH[s] > WIDTH[best]) best = s
  }
  if (best === null) return null
  const refs = (grants ?? []).filter((g) => g.scope === best && g.scope_ref != null).map((g) => Number(g.scope_ref))
  return { scope: best, refs: [...new Set(refs)] }
}

/** Whether the pages should tell the caller their view is limited (anything but the whole unit). */
export function scopeIsLimited(grants: RoleGrant[] | undefined | null): boolean {
  const w = widestScope(grants)
  return w !== null && w.scope !== 'unit'
}
