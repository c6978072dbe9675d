// Year-end assessment (年度考核) and the committee's meetings (党委听取纪委汇报、形势分析会),
// docs/modules/duty.md. duty.assess.read reads (rows of the departments in the caller's
// reach), duty.assess.manage sets the template, duty.assess.score scores;
// duty.meeting.read / duty.meeting.manage for meetings.
import { apiUrl, http } from '@/api/http'
import type { TaskState } from './api'

export interface AssessItem {
  id: number
  year: number
  sort_order: number
  title: string
  weight: number
  scoring_rule: string
  work_point_id: number | null
  work_point_title: string
  copied_from_id: number | null
}
export interface AssessScore {
  score: number
  comment: string
  scorer_name: string
  scored_at: number
}
export interface AssessRow {
  department_id: number
  department_name: string
  scores: Record<string, AssessScore>
  scored: number
  total: number | null
  total_text: string
  rank: number | null
}
export interface Assessment {
  year: number
  items: AssessItem[]
  rows: AssessRow[]
  previous_year_items: number
  may_edit_template: boolean
  may_score: boolean
}
export interface ItemInput {
  id?: number | null
  title: string
  weight: number
  scoring_rule: string
  work_point_id?: number | null
}
export interface ScoreInput {
  item_id: number
  score: number
  comment: string
}
export interface ChainPoint {
  id: number
  title: string
  task_total: number
  task_done: number
  task_overdue: number
  tasks: { id: number; title: string; department_name: string; deadline_date: string; progress: number; state: TaskState }[]
  items: (AssessItem & { scores: { department_id: number; department_name: string; score: number }[] })[]
}
export interface Chain {
  year: number
  tasks_visible: boolean
  work_points: ChainPoint[]
}

export type MeetingKind = 'report_hearing' | 'situation_analysis'
export interface MeetingSummary {
  id: number
  kind: MeetingKind
  meeting_date: string
  title: string
  decision_total: number
  decision_tasks: number
  attendee_total: number
  updated_at: number
}
export interface Decision {
  id: number
  sort_order: number
  content: string
  task_id: number | null
  task: { id: number; title: string; department_name: string; deadline_date: string; state: TaskState } | null
}
export interface Meeting extends MeetingSummary {
  minutes: string
  attendees: { person_id: number; name: string; department_name: string }[]
  decisions: Decision[]
  may_manage: boolean
}
export interface NewMeeting {
  kind: MeetingKind | ''
  meeting_date: string
  title: string
  minutes: string
  attendee_ids: number[]
  decisions: string[]
}
export interface DecisionTask {
  work_point_id: number | null
  title: string
  owner_department_id: number | null
  deadline_date: string
}

export const assessmentApi = {
  get: (year: number) => http.get<Assessment>('/duty/assessment', { year }),
  saveTemplate: (year: number, items: ItemInput[]) => http.put<Assessment>('/duty/assessment/template', { year, items }),
  copyPrevious: (year: number) => http.post<{ year: number; copied: number }>('/duty/assessment/copy-previous', { year }),
  score: (year: number, department_id: number, scores: ScoreInput[]) =>
    http.put<Assessment>('/duty/assessment/scores', { year, department_id, scores }),
  chain: (year: number) => http.get<Chain>('/duty/assessment/chain', { year }),
  exportUrl: (year: number) => apiUrl('/duty/assessment/export', { year }),
  meetings: (year?: number, kind?: MeetingKind | '') => http.get<MeetingSummary[]>('/duty/meetings', { year, kind: kind || undefined }),
  meeting: (id: number) => http.get<Meeting>(`/duty/meetings/${id}`),
  addMeeting: (m: NewMeeting) => http.post<Meeting>('/duty/meetings', m),
  addDecision: (id: number, content: string) => http.post<Meeting>(`/duty/meetings/${id}/decisions`, { content }),
  decisionToTask: (id: number, decisionId: number, t: DecisionTask) =>
    http.post<Meeting & { task_id: number }>(`/duty/meetings/${id}/decisions/${decisionId}/task`, t),
}
