// Dictionaries (字典) loaded once per session from GET /dictionaries; every
// enumeration label the UI shows comes from here, in the chosen language.
import { defineStore } from 'pinia'
import { dictApi, type Dictionaries, type DictItem } from '@/api/dictionaries'

// The request in flight (kept outside the reactive state: a Promise must not be proxied).
let inFlight: Promise<void> | null = null

export const useDictStore = defineStore('dict', {
  state: () => ({ dicts: {} as Dictionaries, loaded: false }),
  actions: {
    async load(force = false): Promise<void> {
      if (this.loaded && !force) return
      if (inFlight && !force) return inFlight
      inFlight = dictApi
        .all()
        .then((d) => {
          this.dicts = d || {}
          this.loaded = true
        })
        .finally(() => {
          inFlight = null
        })
      return inFlight
    },
    items(name: string): DictItem[] {
      const list = this.dicts[name] ?? []
      return [...list].sort((a, b) => (a.sort ?? 0) - (b.sort ?? 0))
    },
    /** Label of `code` in dictionary `name`; the code itself when unknown. */
    label(name: string, code: unknown, lang: string): string {
      if (code === null || code === undefined || code === '') return ''
      const c = String(code)
      const item = (this.dicts[name] ?? []).find((i) => i.code === c)
      if (!item) return c
      return lang.startsWith('zh') ? item.label_zh || item.label_en : item.label_en || item.label_zh
    },
    clear(): void {
      this.dicts = {}
      this.loaded = false
    },
  },
})
