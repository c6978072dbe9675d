// Training's pure page rules: the letters of a choice (a single choice replaces, a
// multiple choice toggles, letters kept in order as the server stores them), the
// questions still unanswered before submission, the state of one's course, and the
// totals under the completion table (the same figures as the export's 合计 row).
import type { AttemptQuestion, Course, QuestionKind, TrainingCompletion } from './trainingApi'
import { rateText } from './logic'

export const LETTERS = 'ABCDEFGH'

export function letter(index: number): string {
  return LETTERS.charAt(index)
}

/** The new choice after clicking option `l` of a question of kind `kind`. */
export function choose(kind: QuestionKind, current: string, l: string): string {
  if (kind !== 'multiple') return l
  const set = new Set(current.split('').filter(Boolean))
  if (set.has(l)) set.delete(l)
  else set.add(l)
  return [...set].sort().join('')
}

/** The 1-based numbers of the questions without an answer. */
export function unanswered(questions: Pick<AttemptQuestion, 'id'>[], answers: Record<string, string>): number[] {
  const out: number[] = []
  questions.forEach((q, i) => {
    if (!answers[String(q.id)]) out.push(i + 1)
  })
  return out
}

export type MyState = 'passed' | 'pending' | 'failed_out' | 'not_assigned'

/** passed; pending (an attempt left); failed_out (every attempt used, not passed). */
export function myState(c: Pick<Course, 'assigned_to_me' | 'my_passed_at' | 'my_attempts_left' | 'my_attempts'>): MyState {
  if (!c.assigned_to_me) return 'not_assigned'
  if (c.my_passed_at) return 'passed'
  return c.my_attempts_left > 0 ? 'pending' : 'failed_out'
}

export function trainingTotals(rows: TrainingCompletion[]): { assigned: number; passed: number; failed: number; notStarted: number; rate: string } {
  const sum = (f: (r: TrainingCompletion) => number) => rows.reduce((n, r) => n + f(r), 0)
  const assigned = sum((r) => r.assigned)
  const passed = sum((r) => r.passed)
  return { assigned, passed, failed: sum((r) => r.failed), notStarted: sum((r) => r.not_started), rate: rateText(passed, assigned) }
}

/** Option lines typed one per line in the question form, empty lines dropped. */
export function optionLines(text: string): string[] {
  return text.split('\n').map((s) => s.trim()).filter(Boolean)
}
