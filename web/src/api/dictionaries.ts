// Dictionaries (字典): every enumeration with its Chinese and English labels.
import { http } from './http'

export interface DictItem {
  code: string
  label_zh: string
  label_en: string
  sort?: number
}
export type Dictionaries = Record<string, DictItem[]>

export const dictApi = {
  all: () => http.get<Dictionaries>('/dictionaries'),
  one: (name: string) => http.get<DictItem[]>(`/dictionaries/${encodeURIComponent(name)}`),
}
