// The data scope note of the organisation pages: the widest grant decides; only a
// scope narrower than the whole unit is mentioned.
import { describe, expect, it } from 'vitest'
import { scopeIsLimited, widestScope } from '@/views/org/orgScope'

describe('organisation data scope', () => {
  it('takes the widest grant and its references', () => {
    expect(widestScope([{ role: 'branch_secretary', scope: 'branch', scope_ref: 4 }])).toEqual({ scope: 'branch', refs: [4] })
    expect(widestScope([{ role: 'staff', scope: 'self' }, { role: 'branch_secretary', scope: 'branch', scope_ref: 4 }])?.scope).toBe('branch')
    expect(widestScope([{ role: 'a', scope: 'branch', scope_ref: 4 }, { role: 'b', scope: 'unit' }])).toEqual({ scope: 'unit', refs: [] })
    expect(widestScope([])).toBeNull()
    expect(widestScope([{ role: 'x', scope: 'galaxy' }])).toBeNull()
  })
  it('is limited unless unit-wide', () => {
    expect(scopeIsLimited([{ role: 'branch_secretary', scope: 'branch', scope_ref: 4 }])).toBe(true)
    expect(scopeIsLimited([{ role: 'hr', scope: 'unit' }])).toBe(false)
    expect(scopeIsLimited(null)).toBe(false)
  })
})
