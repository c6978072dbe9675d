// vue-i18n set-up: zh-CN by default, English on request; the choice is kept in
// localStorage ("qf.lang") and mirrored to <html lang>.
import { createI18n } from 'vue-i18n'
import zhCN from './zh-CN'
import en from './en'
import { moduleLabels } from '@/modules'

export type Lang = 'zh-CN' | 'en'
export const LANG_KEY = 'qf.lang'

export function storedLang(): Lang {
  try {
    const v = localStorage.getItem(LANG_KEY)
    return v === 'en' ? 'en' : 'zh-CN'
  } catch {
    return 'zh-CN'
  }
}

export const i18n = createI18n({
  legacy: false,
  locale: storedLang(),
  fallbackLocale: 'zh-CN',
  // The platform's labels, and each module's under its own name (src/modules/<name>/).
  messages: { 'zh-CN': { ...zhCN, ...moduleLabels('zh-CN') }, en: { ...en, ...moduleLabels('en') } },
})

export function setLang(lang: Lang): void {
  ;(i18n.global.locale as unknown as { value: string }).value = lang
  try {
    localStorage.setItem(LANG_KEY, lang)
  } catch {
    /* private mode: the choice lasts this page only */
  }
  if (typeof document !== 'undefined') document.documentElement.lang = lang
}

export function currentLang(): Lang {
  return (i18n.global.locale as unknown as { value: Lang }).value
}
