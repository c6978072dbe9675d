// The regulation library (制度库), docs/modules/regulations.md.
// regulation.read: search and read every regulation and version, acknowledge one's own;
// regulation.progress: acknowledgement per department (scoped) and its XLSX;
// regulation.manage: add, revise (new version), repeal, assign readers.
import { apiUrl, http, type Query } from '@/api/http'

export type RegulationStatus = 'in_force' | 'not_yet' | 'repealed'
export const REGULATION_STATUSES: RegulationStatus[] = ['in_force', 'not_yet', 'repealed']

export interface RegulationVersion {
  id: number
  version_no: number
  title: string
  doc_number: string
  issuing_body: string
  effective_on: string
  change_note: string
  /** in_force | not_yet | repealed | superseded, for today (Beijing date). */
  status: string
  status_label_zh: string
  created_at: number
  full_text?: string
}
export interface Regulation {
  id: number
  category: string
  category_label_zh: string
  title: string
  doc_number: string
  issuing_body: string
  effective_on: string
  first_effective_on: string
  repealed_on: string | null
  repeal_reason: string
  status: RegulationStatus
  status_label_zh: string
  versions: number
  latest: RegulationVersion
  current_version_no: number | null
  history: RegulationVersion[]
  assigned: number
  acknowledged: number
  assigned_to_me: boolean
  my_acknowledged_at: number | null
  full_text?: string
  reassigned?: number
  /** GET one: the 制度解读 and 以案促改 notices linked to it that the reader may open. */
  interpretations?: { education_item_id: number; title: string; published_on: string; version_no: number | null }[]
  case_reforms?: { case_reform_id: number; number: string; title: string; issued_on: string; note: string; version_no: number }[]
}
export interface Audience {
  everyone?: boolean
  department_ids?: number[]
  branch_ids?: number[]
  roles?: string[]
  person_ids?: number[]
}
export interface VersionInput {
  title: string
  doc_number: string
  issuing_body: string
  effective_on: string
  full_text: string
  change_note?: string
  reassign?: boolean
}
export interface RegulationInput extends VersionInput {
  category: string
  repealed_on?: string
  audience?: Audience
}
export interface DepartmentAck {
  department_id: number
  department_name: string
  assigned: number
  acknowledged: number
  rate: string
}
export interface Reader {
  person_id: number
  name: string
  department_name: string
  acknowledged_at: number | null
}

export const regulationsApi = {
  list: (query?: Query) => http.list<Regulation>('/regulations', query),
  get: (id: number) => http.get<Regulation>(`/regulations/${id}`),
  version: (id: number, no: number) => http.get<RegulationVersion>(`/regulations/${id}/versions/${no}`),
  create: (input: RegulationInput) => http.post<Regulation>('/regulations', input),
  revise: (id: number, input: VersionInput) => http.post<Regulation>(`/regulations/${id}/versions`, input),
  repeal: (id: number, repealed_on: string, reason: string) =>
    http.post<Regulation>(`/regulations/${id}/repeal`, { repealed_on, reason }),
  assign: (id: number, audience: Audience) =>
    http.post<{ added: number; regulation: Regulation }>(`/regulations/${id}/assign`, { audience }),
  acknowledge: (id: number) => http.post<Regulation>(`/regulations/${id}/acknowledge`, {}),
  completion: (id: number) => http.get<DepartmentAck[]>(`/regulations/${id}/completion`),
  readers: (id: number, query?: Query) => http.get<Reader[]>(`/regulations/${id}/assignees`, query),
  completionExportUrl: (id: number) => apiUrl(`/regulations/${id}/completion/export`),
}
