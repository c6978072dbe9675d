// The labels of the two responsibilities (t('duty.…')), the same keys in both languages.
import type { Labels } from '../types'

export const zhCN: Labels = {
  menu: { group: '两个责任', tasks: '工作要点与任务', task: '任务详情', lists: '责任清单', oversight: '分管部门' },
  year: '年度',
  kind: { primary: '党委主体责任', supervisory: '纪委监督责任', dual: '班子成员一岗双责' },
  state: { not_started: '未开始', in_progress: '进行中', done: '已完成', overdue: '已逾期' },
  points: { title: '年度工作要点', total: '任务 {n} 项', done: '已完成 {n}', overdue: '逾期 {n}', add: '新增工作要点', name: '工作要点' },
  tasks: {
    title: '任务分解', add: '新增任务', name: '任务名称', point: '工作要点', department: '责任部门', person: '责任人',
    deadline: '完成时限', state: '状态', progress: '完成进度', updated: '更新时间', empty: '暂无任务：您可见范围内没有任务',
    milestones: '节点', milestonePending: '未完成', milestoneTitle: '节点名称', milestoneDue: '节点日期', addMilestone: '添加节点',
  },
  detail: {
    reports: '进展报送记录', noReports: '尚未报送进展', report: '报送进展', content: '进展情况', status: '任务状态',
    milestonesDone: '本次完成的节点', reporter: '报送人', at: '报送时间', submitted: '进展已报送', notOwner: '仅责任部门负责人或责任人可报送进展',
  },
  lists: {
    title: '责任清单', add: '新增条目', content: '责任内容', order: '序号', member: '班子成员', copy: '从上一年度复制',
    copyConfirm: '将 {prev} 年度清单全部条目复制为 {year} 年度清单，复制后可逐条修改。确定吗？', copied: '已复制 {n} 条',
    copiedFrom: '沿用上一年度', empty: '本年度尚无清单条目', archive: '删除', archiveReason: '删除原因', edited: '已保存',
  },
  oversight: {
    title: '班子成员分管部门', member: '班子成员', departments: '分管部门', none: '未分管部门', edit: '设置分管',
    hint: '分管部门决定班子成员可见的任务范围，保存后立即生效。', saved: '分管部门已保存',
  },
}

export const en: Labels = {
  menu: { group: 'Two responsibilities', tasks: 'Work points & tasks', task: 'Task', lists: 'Responsibility lists', oversight: 'Oversight' },
  year: 'Year',
  kind: { primary: 'Party committee (primary)', supervisory: 'Discipline committee (supervisory)', dual: 'Dual duty of committee members' },
  state: { not_started: 'Not started', in_progress: 'In progress', done: 'Done', overdue: 'Overdue' },
  points: { title: 'Work points of the year', total: '{n} tasks', done: '{n} done', overdue: '{n} overdue', add: 'Add work point', name: 'Work point' },
  tasks: {
    title: 'Tasks', add: 'Add task', name: 'Task', point: 'Work point', department: 'Owner department', person: 'Owner',
    deadline: 'Deadline', state: 'State', progress: 'Progress', updated: 'Updated', empty: 'No tasks within your reach',
    milestones: 'Milestones', milestonePending: 'Open', milestoneTitle: 'Milestone', milestoneDue: 'Date', addMilestone: 'Add milestone',
  },
  detail: {
    reports: 'Progress reports', noReports: 'No progress reported yet', report: 'Report progress', content: 'Progress', status: 'Task state',
    milestonesDone: 'Milestones reached', reporter: 'Reported by', at: 'Reported at', submitted: 'Progress reported', notOwner: "Only the owner department's head or the owner may report progress",
  },
  lists: {
    title: 'Responsibility lists', add: 'Add item', content: 'Responsibility', order: 'No.', member: 'Committee member', copy: 'Copy from last year',
    copyConfirm: 'Copy every item of the {prev} list as the {year} list? Items can be changed one by one afterwards.', copied: '{n} items copied',
    copiedFrom: 'From last year', empty: 'No items for this year yet', archive: 'Delete', archiveReason: 'Reason', edited: 'Saved',
  },
  oversight: {
    title: 'Departments overseen by committee members', member: 'Committee member', departments: 'Departments overseen', none: 'None', edit: 'Set',
    hint: 'The departments overseen decide which tasks a committee member sees; a change applies at once.', saved: 'Oversight saved',
  },
}
