// Organisation: departments, Party branches, positions, people, import/export.
import { apiUrl, http, request, type Query } from './http'

export interface Department {
  id: number
  name: string
  code: string
  parent_id: number | null
  sort_order?: number
  people_count?: number
  archived_at?: number | null
  children?: Department[]
}
export interface Branch {
  id: number
  name: string
  code: string
  secretary_person_id?: number | null
  secretary_name?: string
  [k: string]: unknown
}
export interface Position {
  id: number
  department_id: number
  department_name?: string
  name: string
  is_key_position: boolean
  [k: string]: unknown
}
export interface Person {
  id: number
  employee_no: string
  name: string
  gender?: string
  department_id?: number | null
  department_name?: string
  branch_id?: number | null
  branch_name?: string
  position_id?: number | null
  position_name?: string
  rank?: string
  is_leading_cadre?: boolean
  party_status?: string
  joined_date?: string
  status?: string
  [k: string]: unknown
}
export interface PositionEvent {
  id: number
  kind: string
  department_id?: number | null
  department_name?: string
  position_id?: number | null
  position_name?: string
  rank?: string
  effective_date: string
  note?: string
  created_at?: number
}
export interface ImportPreview {
  valid: boolean
  total_rows: number
  rows: Record<string, unknown>[]
  errors: { row: number; field?: string; message_zh: string; message_en: string }[]
  created?: number
  updated?: number
  samples?: number
}

export const orgApi = {
  unit: () => http.get<{ id: number; name: string; code: string }>('/org/unit'),
  departments: (query?: Query) => http.get<Department[]>('/org/departments', query),
  createDepartment: (d: Partial<Department>) => http.post<Department>('/org/departments', d),
  updateDepartment: (id: number, d: Partial<Department>) => http.put<Department>(`/org/departments/${id}`, d),
  archiveDepartment: (id: number, reason: string) => http.post<unknown>(`/org/departments/${id}/archive`, { reason }),
  branches: (query?: Query) => http.list<Branch>('/org/branches', query),
  createBranch: (b: Partial<Branch>) => http.post<Branch>('/org/branches', b),
  updateBranch: (id: number, b: Partial<Branch>) => http.put<Branch>(`/org/branches/${id}`, b),
  positions: (query?: Query) => http.list<Position>('/org/positions', query),
  createPosition: (p: Partial<Position>) => http.post<Position>('/org/positions', p),
  updatePosition: (id: number, p: Partial<Position>) => http.put<Position>(`/org/positions/${id}`, p),
  people: (query?: Query) => http.list<Person>('/org/people', query),
  person: (id: number) => http.get<Person>(`/org/people/${id}`),
  createPerson: (p: Partial<Person>) => http.post<Person>('/org/people', p),
  updatePerson: (id: number, p: Partial<Person>) => http.put<Person>(`/org/people/${id}`, p),
  positionHistory: (id: number) => http.get<PositionEvent[]>(`/org/people/${id}/positions`),
  addPositionEvent: (id: number, e: Record<string, unknown>) => http.post<PositionEvent>(`/org/people/${id}/position-events`, e),
  importPreview: (kind: string, filename: string, bytes: ArrayBuffer) =>
    request<ImportPreview>('POST', '/org/import/preview', { query: { kind, filename }, raw: bytes }),
  importCommit: (kind: string, filename: string, bytes: ArrayBuffer) =>
    request<{ imported: number }>('POST', '/org/import/commit', { query: { kind, filename }, raw: bytes }),
  templateUrl: (kind: string) => apiUrl('/org/import/template', { kind }),
  exportUrl: (list: 'departments' | 'branches' | 'positions' | 'people', query?: Query) =>
    apiUrl(`/org/${list}/export`, query),
}
