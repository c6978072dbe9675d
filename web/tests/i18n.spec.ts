// Both languages label everything: the key sets of zh-CN and en are identical.
import { describe, expect, it } from 'vitest'
import zh from '@/i18n/zh-CN'
import en from '@/i18n/en'

function keys(o: Record<string, unknown>, prefix = ''): string[] {
  return Object.entries(o).flatMap(([k, v]) => (v && typeof v === 'object' ? keys(v as Record<string, unknown>, prefix + k + '.') : [prefix + k]))
}

describe('i18n', () => {
  it('has the same keys in Chinese and English', () => {
    expect(keys(en).sort()).toEqual(keys(zh).sort())
  })
  it('has no empty label', () => {
    const all = [zh, en].flatMap((m) => keys(m).map((k) => k.split('.').reduce<any>((o, p) => o[p], m)))
    expect(all.filter((v) => typeof v !== 'string' || v.trim() === '')).toEqual([])
  })
})
