// What a front-end module declares (docs/adding-a-module.md): its pages, its labels in
// both languages, and where its menu group sits. Each module lives in
// src/modules/<name>/ with an index.ts whose default export is a WebModule; the router,
// the side menu and vue-i18n find it there (src/modules/index.ts), so adding a module
// edits no shared file.
import type { RouteRecordRaw } from 'vue-router'

export type Labels = { [key: string]: string | Labels }

export interface WebModule {
  /** The module's name: also the top-level i18n key of its labels (t('<name>.…')). */
  name: string
  /** Pages inside the workspace frame (paths relative to '/'); meta as in router/routes.ts. */
  routes: RouteRecordRaw[]
  /** The module's labels, the same keys in both languages (a unit test checks it). */
  labels: { 'zh-CN': Labels; en: Labels }
}
