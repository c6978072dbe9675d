// Verification (核查) and integrity dossiers (廉政档案): typed calls over /api/v1/verification.
import { apiUrl, http } from '@/api/http'

export type Conclusion = 'truthful' | 'omitted' | 'concealed'
export type Discrepancy = 'missing' | 'understated' | 'other'
export type ItemStatus = 'awaiting_explanation' | 'explained' | 'proposed' | 'approved'
export type MemberResult = 'pending' | 'none' | Conclusion

export interface Round {
  id: number
  year: number
  sample_percent: number
  seed: string
  population_count: number
  drawn_count: number
  drawn_at: number | null
  drawn_by_name: string
  created_at: number
}

export interface Suggestion {
  rule_code: string
  conclusion: Conclusion
  rule_zh: string
  rule_en: string
}

export interface Item {
  id: number
  member_id: number
  round_id: number
  year: number
  person_id: number
  person_name: string
  department_name: string
  status: ItemStatus
  item: string
  item_title: string
  discrepancy: Discrepancy
  declared: string
  registry: string
  explanation: string
  conclusion: Conclusion | null
  basis: string
  return_reason: string
  consequences: string
  suggestion: Suggestion | null
  created_at: number
  updated_at: number
  events?: { action: string; actor_name: string; at: number }[]
  access?: { owner: boolean; can_explain: boolean; can_propose: boolean; can_approve: boolean; can_consequences: boolean }
}

export interface Member {
  id: number
  person_id: number
  person_name: string
  employee_no: string
  department_name: string
  position_name: string
  sampled: boolean
  draw_order: number | null
  candidate: boolean
  candidate_position: string
  result: MemberResult
  items: Item[]
}

export interface Cadre {
  person_id: number
  name: string
  employee_no: string
  department_name: string
  position_name: string
}

export interface Dossier {
  person: { id: number; name: string; employee_no: string; department_name: string; position_name: string; status: string }
  barred_from_promotion: boolean
  declarations: { id: number; year: number; kind: 'annual' | 'change'; state: string; submitted_at: number | null; accepted_at: number | null }[]
  verification: {
    round_id: number
    year: number
    sampled: boolean
    candidate: boolean
    result: MemberResult
    items: { id: number; item_title: string; discrepancy: Discrepancy; status: ItemStatus; conclusion: Conclusion | null; consequences: string }[]
  }[]
  approvals: {
    id: number
    kind: 'trip' | 'side_job' | 'family_business'
    status: 'pending' | 'returned' | 'approved'
    depart_date: string
    return_date: string
    actual_depart_date: string
    actual_return_date: string
    created_at: number
  }[]
  talks: { id: number; kind: string; kind_zh: string; talk_date: string; talker_name: string }[]
  clues: { id: number; number: string; received_date: string; state: string; disposition: string; outcome_conclusion: string; closed_date: string }[] | null
}

export interface FormItemOption {
  code: string
  no: string
  title_zh: string
  title_en: string
}

export const verificationApi = {
  rounds: () => http.get<{ rounds: Round[]; current_year: number }>('/verification/rounds'),
  createRound: (year: number, sample_percent?: number) =>
    http.post<{ id: number }>('/verification/rounds', sample_percent ? { year, sample_percent } : { year }),
  round: (id: number) => http.get<{ round: Round; members: Member[]; access: { can_manage: boolean } }>(`/verification/rounds/${id}`),
  draw: (id: number, seed: string) => http.post<{ round: Round }>(`/verification/rounds/${id}/draw`, seed ? { seed } : {}),
  addCandidate: (id: number, person_id: number, position: string) =>
    http.post<{ member_id: number }>(`/verification/rounds/${id}/candidates`, { person_id, position }),
  exportUrl: (id: number) => apiUrl(`/verification/rounds/${id}/export`),
  cadres: (name = '') => http.get<{ cadres: Cadre[] }>('/verification/cadres', name ? { name } : undefined),
  addItem: (member: number, body: { item: string; discrepancy: Discrepancy; declared: string; registry: string }) =>
    http.post<{ item: Item }>(`/verification/members/${member}/items`, body),
  item: (id: number) => http.get<{ item: Item }>(`/verification/items/${id}`),
  explain: (id: number, explanation: string) => http.post<{ item: Item }>(`/verification/items/${id}/explain`, { explanation }),
  propose: (id: number, conclusion: Conclusion, basis: string) =>
    http.post<{ item: Item }>(`/verification/items/${id}/propose`, { conclusion, basis }),
  approve: (id: number) => http.post<{ item: Item }>(`/verification/items/${id}/approve`, {}),
  giveBack: (id: number, reason: string) => http.post<{ item: Item }>(`/verification/items/${id}/return`, { reason }),
  consequences: (id: number, consequences: string) =>
    http.post<{ item: Item }>(`/verification/items/${id}/consequences`, { consequences }),
  mine: () => http.get<{ items: Item[] }>('/verification/mine'),
  dossier: (personId: number) => http.get<Dossier>(`/verification/dossiers/${personId}`),
  formItems: async (): Promise<FormItemOption[]> => {
    const r = await http.get<{ form: { sections: { items: FormItemOption[] }[] } }>('/declarations/form')
    return r.form.sections.flatMap((s) => s.items.map((i) => ({ code: i.code, no: i.no, title_zh: i.title_zh, title_en: i.title_en })))
  },
}
