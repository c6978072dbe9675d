// Home dashboard: figures and pending items for the caller's roles.
import { http } from './http'

export interface DashboardCard {
  key: string
  title_zh: string
  title_en: string
  value: number | string
  unit?: string
  link?: string
}
export interface PendingItem {
  key: string
  title_zh: string
  title_en: string
  count: number
  link: string
}
export interface Dashboard {
  cards: DashboardCard[]
  pending: PendingItem[]
}

export const dashboardApi = {
  get: () => http.get<Dashboard>('/dashboard'),
}
