// Dictionary labels in the current language, reactive to the language switch.
import { useI18n } from 'vue-i18n'
import { useDictStore } from '@/stores/dict'

export function useLabels() {
  const dict = useDictStore()
  const { locale } = useI18n()
  dict.load().catch(() => undefined)
  const label = (name: string, code: unknown) => dict.label(name, code, locale.value)
  const options = (name: string) =>
    dict.items(name).map((i) => ({ value: i.code, label: locale.value === 'en' ? i.label_en : i.label_zh }))
  const biText = (zh?: string, en?: string) => (locale.value === 'en' ? en || zh || '' : zh || en || '')
  return { dict, label, options, biText, locale }
}
