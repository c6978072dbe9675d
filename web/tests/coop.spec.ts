// Pure helpers of the co-construction pages.
import { describe, expect, it } from 'vitest'
import { FEEDBACK_ITEMS, firstUnscored, formatScore, groupFingerprint, splitNames } from '@/modules/coop/coopLogic'

describe('coop helpers', () => {
  it('groups a fingerprint in fours and cuts it after the asked number of groups', () => {
    const fp = '5C8F1FDC8DAEFB74BACD2B7347F1826B66C1F305ADE501C79F051D9A7B98296E'
    expect(groupFingerprint(fp, 4)).toBe('5c8f 1fdc 8dae fb74 …')
    expect(groupFingerprint(fp).split(' ').length).toBe(16)
    expect(groupFingerprint(null)).toBe('')
  })
  it('splits names typed one a line or with Chinese separators', () => {
    expect(splitNames('张三\n李四、王五，赵六\n\n')).toEqual(['张三', '李四', '王五', '赵六'])
    expect(splitNames('  ')).toEqual([])
  })
  it('names the first feedback item left without a score 1..5', () => {
    const all = Object.fromEntries(FEEDBACK_ITEMS.map((i) => [i, 4]))
    expect(firstUnscored(all)).toBeNull()
    expect(firstUnscored({ ...all, service: undefined })).toBe('service')
    expect(firstUnscored({ ...all, integrity: 6 })).toBe('integrity')
    expect(firstUnscored({})).toBe('integrity')
  })
  it('shows an average with two decimals or a dash', () => {
    expect(formatScore(4.2)).toBe('4.20')
    expect(formatScore(null)).toBe('—')
  })
})
