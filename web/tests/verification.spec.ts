import { describe, expect, it } from 'vitest'
import { basisRequired, memberSources, resultCounts, resultTagType } from '@/modules/verification/logic'

describe('verification logic', () => {
  it('marks 瞒报 as danger, 漏报 as warning, 如实 as success, the rest as info', () => {
    expect(resultTagType('concealed')).toBe('danger')
    expect(resultTagType('omitted')).toBe('warning')
    expect(resultTagType('truthful')).toBe('success')
    expect(resultTagType('pending')).toBe('info')
    expect(resultTagType(null)).toBe('info')
  })
  it('names how a member came into the round', () => {
    expect(memberSources({ sampled: true, candidate: false })).toEqual(['sampled'])
    expect(memberSources({ sampled: true, candidate: true })).toEqual(['sampled', 'candidate'])
    expect(memberSources({ sampled: false, candidate: true })).toEqual(['candidate'])
  })
  it('asks for a basis only when departing from the rule or without one', () => {
    expect(basisRequired('concealed', 'concealed')).toBe(false)
    expect(basisRequired('concealed', 'omitted')).toBe(true)
    expect(basisRequired(null, 'truthful')).toBe(true)
    expect(basisRequired('omitted', '')).toBe(false)
  })
  it('counts the results', () => {
    const c = resultCounts([{ result: 'concealed' }, { result: 'pending' }, { result: 'concealed' }, { result: 'none' }])
    expect(c).toEqual({ pending: 1, none: 1, truthful: 0, omitted: 0, concealed: 2 })
  })
})
