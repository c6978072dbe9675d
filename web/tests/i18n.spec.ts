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

// The modules of src/modules/: each labels both languages alike, under a name that no
// platform label or other module uses, and its pages are in the router.
import { webModules, moduleLabels } from '@/modules'
import { routes } from '@/router/routes'

describe('web modules', () => {
  it('are found, and label both languages with the same keys', () => {
    expect(webModules.map((m) => m.name)).toContain('messages')
    for (const m of webModules) {
      expect(keys(m.labels.en).sort(), m.name).toEqual(keys(m.labels['zh-CN']).sort())
      const texts = [m.labels.en, m.labels['zh-CN']].flatMap((l) =>
        keys(l).map((k) => k.split('.').reduce<any>((o, p) => o[p], l)),
      )
      expect(texts.filter((v) => typeof v !== 'string' || v.trim() === ''), m.name).toEqual([])
    }
  })
  it('do not take a platform label name, nor each other\'s', () => {
    const names = webModules.map((m) => m.name)
    expect(new Set(names).size).toBe(names.length)
    for (const n of names) expect(Object.keys(zh), n).not.toContain(n)
    expect(Object.keys(moduleLabels('zh-CN')).sort()).toEqual([...names].sort())
  })
  it('have their pages inside the workspace frame', () => {
    const frame = routes.find((r) => r.path === '/')
    const names = (frame?.children ?? []).map((r) => r.name)
    for (const m of webModules) for (const r of m.routes) expect(names, m.name).toContain(r.name)
  })
})
