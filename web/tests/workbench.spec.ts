// The home page's workbench: how open messages fall into 待我审批 / 我的期限 / 待分办举报 /
// 应谈未谈 / 其他待办, that every count equals the rows its list shows, which groups a role
// sees, and the ?todo= query.
import { describe, expect, it } from 'vitest'
import type { Message } from '@/modules/messages/api'
import {
  WORKBENCH_GROUPS, groupCounts, groupFromQuery, groupMessages, groupsOf, roleGroups, visibleGroups,
} from '@/views/dashboard/workbench'
import zhCN from '@/i18n/zh-CN'
import en from '@/i18n/en'

let next = 1
function msg(kind: Message['kind'], source: string): Message {
  return {
    id: next++, kind, source, title_zh: '标题', title_en: 'Title', link: '/', object_type: 'clue', object_id: '1',
    due_date: null, created_at: 0, read_at: null, resolved_at: null,
  }
}

const inbox: Message[] = [
  msg('todo', 'clues.signature'),
  msg('todo', 'clues.signature'),
  msg('overdue', 'clues.deadline'),
  msg('due_soon', 'clues.deadline'),
  msg('todo', 'reports.triage'),
  msg('todo', 'talks.pending'),
  msg('overdue', 'talks.pending'),
  msg('todo', 'reports.assigned'),
  msg('todo', 'calendar.missing'),
]

describe('workbench groups', () => {
  it('sorts messages by source and kind; an overdue talk is a deadline and a talk', () => {
    expect(groupsOf(msg('todo', 'clues.signature'))).toEqual(['approvals'])
    expect(groupsOf(msg('overdue', 'clues.deadline'))).toEqual(['deadlines'])
    expect(groupsOf(msg('overdue', 'talks.pending'))).toEqual(['deadlines', 'talks'])
    expect(groupsOf(msg('todo', 'reports.triage'))).toEqual(['triage'])
    expect(groupsOf(msg('todo', 'reports.assigned'))).toEqual(['other'])
    expect(groupsOf(msg('notice', 'anything'))).toEqual(['other'])
  })

  it('every count equals the rows of the list it opens', () => {
    const counts = groupCounts(inbox)
    expect(counts).toEqual({ approvals: 2, deadlines: 3, triage: 1, talks: 2, other: 2 })
    for (const g of WORKBENCH_GROUPS) expect(groupMessages(inbox, g)).toHaveLength(counts[g])
  })

  it('lists the late first within a group', () => {
    expect(groupMessages(inbox, 'deadlines').map((m) => m.kind)).toEqual(['overdue', 'overdue', 'due_soon'])
    expect(groupMessages(inbox, 'talks').map((m) => m.kind)).toEqual(['overdue', 'todo'])
  })

  it('shows groups with items, and the role’s own groups even at 0, in a fixed order', () => {
    const none = groupCounts([])
    expect(visibleGroups(none, roleGroups(() => false))).toEqual([])
    expect(visibleGroups(none, roleGroups((p) => p === 'clue.handle'))).toEqual(['approvals', 'deadlines'])
    expect(visibleGroups(none, roleGroups((p) => p === 'talk.manage'))).toEqual(['talks'])
    expect(visibleGroups(groupCounts(inbox), new Set())).toEqual(['approvals', 'deadlines', 'triage', 'talks', 'other'])
  })

  it('reads ?todo= and ignores anything else', () => {
    expect(groupFromQuery('approvals')).toBe('approvals')
    expect(groupFromQuery('nope')).toBeNull()
    expect(groupFromQuery(undefined)).toBeNull()
    expect(groupFromQuery(['approvals'])).toBeNull()
  })

  it('labels every group in both languages', () => {
    for (const g of WORKBENCH_GROUPS) {
      expect((zhCN as any).dashboard.workbench[g]).toBeTruthy()
      expect((en as any).dashboard.workbench[g]).toBeTruthy()
      expect((zhCN as any).dashboard.workbench.empty[g]).toBeTruthy()
      expect((en as any).dashboard.workbench.empty[g]).toBeTruthy()
    }
  })
})
