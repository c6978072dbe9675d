// The findings pages' pure logic: upload pieces, the file names a run takes, polling.
import { describe, expect, it } from 'vitest'
import { pieces, REGISTRY_FILES, runMoving, severityType, sortFiles } from '@/modules/findings/logic'

describe('findings upload pieces', () => {
  it('covers the file exactly once, in order, each piece at most the chunk', () => {
    const p = pieces(10, 4)
    expect(p).toEqual([[0, 4], [4, 8], [8, 10]])
    expect(pieces(8, 4)).toEqual([[0, 4], [4, 8]])
  })
  it('sends one empty piece for an empty file and refuses a zero chunk', () => {
    expect(pieces(0, 4)).toEqual([[0, 0]])
    expect(() => pieces(5, 0)).toThrow()
  })
  it('never makes a piece larger than the chunk on a large file', () => {
    const chunk = 8 * 1024 * 1024
    const p = pieces(3 * chunk + 1, chunk)
    expect(p.length).toBe(4)
    expect(p.every(([a, b]) => b - a <= chunk)).toBe(true)
    expect(p[p.length - 1][1]).toBe(3 * chunk + 1)
  })
})

describe('findings file names', () => {
  it('takes the twelve registry files once and names the others', () => {
    expect(REGISTRY_FILES.length).toBe(12)
    const r = sortFiles([{ name: 'cadres.csv' }, { name: 'notes.txt' }, { name: 'bids.csv' }, { name: 'cadres.csv' }])
    expect(r.known.map((f) => f.name)).toEqual(['cadres.csv', 'bids.csv'])
    expect(r.unknown).toEqual(['notes.txt', 'cadres.csv'])
  })
})

describe('findings run state and severity', () => {
  it('polls only while a run is queued or running', () => {
    expect(runMoving('queued')).toBe(true)
    expect(runMoving('running')).toBe(true)
    expect(runMoving('done')).toBe(false)
    expect(runMoving('failed')).toBe(false)
    expect(runMoving('uploading')).toBe(false)
  })
  it('colours 高 as danger, 中 as warning, 低 as info', () => {
    expect(severityType('高')).toBe('danger')
    expect(severityType('中')).toBe('warning')
    expect(severityType('低')).toBe('info')
  })
})
