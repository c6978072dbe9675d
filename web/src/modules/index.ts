// Every front-end module in src/modules/<name>/index.ts, found at build time; sorted by
// name so the result never depends on the file system's order.
import type { RouteRecordRaw } from 'vue-router'
import type { Labels, WebModule } from './types'

const found = import.meta.glob<{ default: WebModule }>('./*/index.ts', { eager: true })

export const webModules: WebModule[] = Object.values(found)
  .map((m) => m.default)
  .sort((a, b) => a.name.localeCompare(b.name))

/** The pages of every module, in module order. */
export function moduleRoutes(): RouteRecordRaw[] {
  return webModules.flatMap((m) => m.routes)
}

/** The labels of every module in one language, each under its module's name. */
export function moduleLabels(lang: 'zh-CN' | 'en'): Record<string, Labels> {
  return Object.fromEntries(webModules.map((m) => [m.name, m.labels[lang]]))
}
