// Two responsibilities (两个责任, docs/modules/duty.md): the yearly responsibility lists,
// the work points broken into tasks with progress reports, and the overseeing of
// departments by committee members (分管).
import type { WebModule } from '../types'
import { en, zhCN } from './labels'

const duty: WebModule = {
  name: 'duty',
  routes: [
    {
      path: 'duty/tasks',
      name: 'duty-tasks',
      component: () => import('./DutyTasksView.vue'),
      meta: { title: 'duty.menu.tasks', icon: 'List', permission: 'duty.read', menu: true, group: 'duty.menu.group' },
    },
    {
      path: 'duty/tasks/:id(\\d+)',
      name: 'duty-task',
      component: () => import('./DutyTaskDetail.vue'),
      meta: { title: 'duty.menu.task', permission: 'duty.read' },
    },
    {
      path: 'duty/lists',
      name: 'duty-lists',
      component: () => import('./DutyListsView.vue'),
      meta: { title: 'duty.menu.lists', icon: 'Document', permission: 'duty.read', menu: true, group: 'duty.menu.group' },
    },
    {
      path: 'duty/assessment',
      name: 'duty-assessment',
      component: () => import('./DutyAssessmentView.vue'),
      meta: { title: 'duty.menu.assessment', icon: 'Histogram', permission: 'duty.assess.read', menu: true, group: 'duty.menu.group' },
    },
    {
      path: 'duty/meetings',
      name: 'duty-meetings',
      component: () => import('./DutyMeetingsView.vue'),
      meta: { title: 'duty.menu.meetings', icon: 'ChatDotRound', permission: 'duty.meeting.read', menu: true, group: 'duty.menu.group' },
    },
    {
      path: 'duty/meetings/:id(\\d+)',
      name: 'duty-meeting',
      component: () => import('./DutyMeetingDetail.vue'),
      meta: { title: 'duty.menu.meeting', permission: 'duty.meeting.read' },
    },
    {
      path: 'duty/oversight',
      name: 'duty-oversight',
      component: () => import('./DutyOversightView.vue'),
      meta: { title: 'duty.menu.oversight', icon: 'Connection', permission: 'duty.oversight.manage', menu: true, group: 'duty.menu.group' },
    },
  ],
  labels: { 'zh-CN': zhCN, en },
}
export default duty
