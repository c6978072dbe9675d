// Two responsibilities (两个责任): responsibility lists per year, work points and tasks,
// progress reports and oversight (docs/modules/duty.md). duty.read reads (tasks within
// the caller's data scope); writing needs duty.manage / duty.list.manage /
// duty.oversight.manage.
import { http, type Query } from '@/api/http'

export type ListKind = 'primary' | 'supervisory' | 'dual'
export type TaskStatus = 'not_started' | 'in_progress' | 'done'
/** The status, or overdue when the deadline passed and the task is not done. */
export type TaskState = TaskStatus | 'overdue'

export interface ListItem {
  id: number
  year: number
  kind: ListKind
  person_id: number | null
  person_name: string
  sort_order: number
  content: string
  copied_from_id: number | null
  updated_at: number
}
export interface WorkPoint {
  id: number
  year: number
  sort_order: number
  title: string
  task_total: number
  task_done: number
  task_overdue: number
}
export interface Milestone {
  id: number
  title: string
  due_date: string
  done_date: string | null
}
export interface Task {
  id: number
  work_point_id: number
  work_point_title: string
  year: number
  title: string
  owner_department_id: number
  department_name: string
  owner_person_id: number | null
  person_name: string
  deadline_date: string
  status: TaskStatus
  state: TaskState
  progress: number
  done_date: string | null
  overdue: boolean
  may_report: boolean
  milestones: Milestone[]
}
export interface ProgressReport {
  id: number
  reporter_name: string
  content: string
  progress: number
  status: TaskStatus
  reported_at: number
}
export interface TaskDetail extends Task {
  progress_reports: ProgressReport[]
  /** The meeting decision the task came from (会议决定转任务), if any. */
  source?: { meeting_id: number; decision_id: number; kind: 'report_hearing' | 'situation_analysis' | 'risk_consultation'; meeting_date: string; meeting_title: string } | null
}
export interface OversightRow {
  person_id: number
  person_name: string
  departments: { id: number; name: string }[]
}
export interface TaskQuery extends Query {
  year?: number
  work_point_id?: number | ''
  department_id?: number | ''
  state?: TaskState | ''
}
export interface NewTask {
  work_point_id: number | null
  title: string
  owner_department_id: number | null
  owner_person_id?: number | null
  deadline_date: string
  milestones: { title: string; due_date: string }[]
}
export interface ProgressInput {
  content: string
  progress: number
  status: TaskStatus
  milestones_done: number[]
}

export const dutyApi = {
  years: () => http.get<{ year: number; items: number }[]>('/duty/years'),
  lists: (year: number, kind?: ListKind) => http.get<ListItem[]>('/duty/lists', { year, kind }),
  addItem: (item: { year: number; kind: ListKind; person_id?: number | null; sort_order?: number; content: string }) =>
    http.post<ListItem>('/duty/lists', item),
  updateItem: (id: number, content: string, sort_order: number) => http.put<ListItem>(`/duty/lists/${id}`, { content, sort_order }),
  archiveItem: (id: number, reason: string) => http.post(`/duty/lists/${id}/archive`, { reason }),
  copyPrevious: (year: number) => http.post<{ year: number; copied: number }>('/duty/lists/copy-previous', { year }),
  workPoints: (year: number) => http.get<WorkPoint[]>('/duty/work-points', { year }),
  addWorkPoint: (year: number, title: string) => http.post<WorkPoint>('/duty/work-points', { year, title }),
  tasks: (query: Query) => http.list<Task>('/duty/tasks', query),
  task: (id: number) => http.get<TaskDetail>(`/duty/tasks/${id}`),
  addTask: (t: NewTask) => http.post<Task>('/duty/tasks', t),
  updateTask: (id: number, c: { title?: string; owner_department_id?: number | null; owner_person_id?: number | null; deadline_date?: string }) =>
    http.put<TaskDetail>(`/duty/tasks/${id}`, c),
  archiveTask: (id: number, reason: string) => http.post(`/duty/tasks/${id}/archive`, { reason }),
  updateWorkPoint: (id: number, title: string) => http.put(`/duty/work-points/${id}`, { title }),
  archiveWorkPoint: (id: number, reason: string) => http.post(`/duty/work-points/${id}/archive`, { reason }),
  report: (id: number, p: ProgressInput) => http.post<TaskDetail>(`/duty/tasks/${id}/progress`, p),
  oversight: () => http.get<OversightRow[]>('/duty/oversight'),
  setOversight: (personId: number, departmentIds: number[]) =>
    http.put<OversightRow[]>(`/duty/oversight/${personId}`, { department_ids: departmentIds }),
}
