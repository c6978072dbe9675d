// Training with quizzes (廉政培训与测试), docs/modules/education.md "Training".
// training.take: one's own courses, the quiz, the certificate; training.progress: every
// course and the completion per department (scoped); training.manage: create courses,
// the question bank (with answers), assign. Answers reach the browser only with the
// result of a submitted attempt.
import { apiUrl, http, request, type Query } from '@/api/http'
import type { Audience } from './api'

export type TrainingKind = 'new_staff' | 'young_cadre' | 'general'
export const TRAINING_KINDS: TrainingKind[] = ['new_staff', 'young_cadre', 'general']
export type QuestionKind = 'single' | 'multiple' | 'judge'
export const QUESTION_KINDS: QuestionKind[] = ['single', 'multiple', 'judge']

export interface Course {
  id: number
  kind: TrainingKind
  kind_label_zh: string
  title: string
  materials: string
  question_count: number
  pass_mark: number
  retakes: number
  auto_new_staff: boolean
  audience: string
  bank_size: number
  assigned: number
  passed: number
  created_at: number
  assigned_to_me: boolean
  my_assignment_id: number | null
  my_attempts: number
  my_attempts_left: number
  my_best_score: number | null
  my_passed_at: number | null
  my_certificate_no: string
}
export interface CourseInput {
  kind: TrainingKind | ''
  title: string
  materials: string
  question_count: number
  pass_mark: number
  retakes: number
  auto_new_staff: boolean
  audience: Audience
}
export interface Question {
  id: number
  kind: QuestionKind
  kind_label_zh: string
  stem: string
  options: string[]
  answer: string
  explanation: string
}
export interface QuestionInput { kind: QuestionKind | ''; stem: string; options: string[]; answer: string; explanation: string }
export interface AttemptQuestion {
  id: number
  kind: QuestionKind
  kind_label_zh: string
  stem: string
  options: string[]
  /** Only once submitted. */
  chosen?: string
  answer?: string
  right?: boolean
  explanation?: string
}
export interface Attempt {
  id: number
  assignment_id: number
  course_id: number
  course_title: string
  attempt_no: number
  attempts_allowed: number
  attempts_used: number
  pass_mark: number
  started_at: number
  submitted_at: number | null
  questions: AttemptQuestion[]
  correct?: number
  score?: number
  passed?: boolean
  certificate_no?: string
}
export interface TrainingCompletion {
  department_id: number
  department_name: string
  assigned: number
  passed: number
  failed: number
  not_started: number
  rate: string
}
export interface Trainee {
  assignment_id: number
  person_id: number
  name: string
  department_name: string
  source: 'audience' | 'new_staff'
  attempts: number
  best_score: number | null
  passed_at: number | null
  certificate_no: string
}
export interface Certificate {
  assignment_id: number
  number: string
  person_name: string
  department_name: string
  course_title: string
  course_kind_label_zh: string
  score: number
  passed_at: number
  passed_on_zh: string
  unit_name: string
}

const base = '/education/training'
export const trainingApi = {
  courses: (query?: Query) => http.list<Course>(`${base}/courses`, query),
  course: (id: number) => http.get<Course>(`${base}/courses/${id}`),
  create: (input: CourseInput) => http.post<Course>(`${base}/courses`, input),
  assign: (id: number, audience: Audience) => http.post<{ added: number; course: Course }>(`${base}/courses/${id}/assign`, { audience }),
  questions: (id: number) => http.get<Question[]>(`${base}/courses/${id}/questions`),
  addQuestions: (id: number, questions: QuestionInput[]) =>
    http.post<{ added: number; course: Course }>(`${base}/courses/${id}/questions`, { questions }),
  importQuestions: (id: number, filename: string, bytes: ArrayBuffer) =>
    request<{ added: number; course: Course }>('POST', `${base}/courses/${id}/questions/import`, { query: { filename }, raw: bytes }),
  templateUrl: () => apiUrl(`${base}/questions/template`),
  start: (id: number) => http.post<Attempt>(`${base}/courses/${id}/attempts`, {}),
  attempt: (id: number) => http.get<Attempt>(`${base}/attempts/${id}`),
  submit: (id: number, answers: Record<string, string>) => http.post<Attempt>(`${base}/attempts/${id}/submit`, { answers }),
  completion: (id: number) => http.get<TrainingCompletion[]>(`${base}/courses/${id}/completion`),
  completionExportUrl: (id: number) => apiUrl(`${base}/courses/${id}/completion/export`),
  trainees: (id: number, query?: Query) => http.get<Trainee[]>(`${base}/courses/${id}/trainees`, query),
  certificate: (assignmentId: number) => http.get<Certificate>(`${base}/certificates/${assignmentId}`),
}
