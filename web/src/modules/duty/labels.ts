// The labels of the two responsibilities (t('duty.…')), the same keys in both languages.
import type { Labels } from '../types'

export const zhCN: Labels = {
  menu: { group: '两个责任', tasks: '工作要点与任务', task: '任务详情', lists: '责任清单', oversight: '分管部门', assessment: '年度考核', meetings: '党委会议', meeting: '会议详情' },
  year: '年度',
  kind: { primary: '党委主体责任', supervisory: '纪委监督责任', dual: '班子成员一岗双责' },
  state: { not_started: '未开始', in_progress: '进行中', done: '已完成', overdue: '已逾期' },
  points: { title: '年度工作要点', total: '任务 {n} 项', done: '已完成 {n}', overdue: '逾期 {n}', add: '新增工作要点', name: '工作要点', rename: '修改', archive: '归档', archiveReason: '归档原因（需先归档其任务）' },
  tasks: {
    title: '任务分解', add: '新增任务', name: '任务名称', point: '工作要点', department: '责任部门', person: '责任人',
    deadline: '完成时限', state: '状态', progress: '完成进度', updated: '更新时间', empty: '暂无任务：您可见范围内没有任务',
    milestones: '节点', milestonePending: '未完成', milestoneTitle: '节点名称', milestoneDue: '节点日期', addMilestone: '添加节点',
  },
  detail: {
    reports: '进展报送记录', noReports: '尚未报送进展', report: '报送进展', content: '进展情况', status: '任务状态',
    milestonesDone: '本次完成的节点', reporter: '报送人', at: '报送时间', submitted: '进展已报送', notOwner: '仅责任部门负责人或责任人可报送进展', source: '来源', edit: '修改任务', archive: '归档', archiveReason: '归档原因（如重复部署、已并入其他任务）', archived: '已归档',
  },
  lists: {
    title: '责任清单', add: '新增条目', content: '责任内容', order: '序号', member: '班子成员', copy: '从上一年度复制',
    copyConfirm: '将 {prev} 年度清单全部条目复制为 {year} 年度清单，复制后可逐条修改。确定吗？', copied: '已复制 {n} 条',
    copiedFrom: '沿用上一年度', empty: '本年度尚无清单条目', archive: '删除', archiveReason: '删除原因', edited: '已保存',
  },
  assess: {
    title: '党风廉政建设责任制年度考核', motto: '同谋划、同部署、同落实、同考核', tabScores: '评分与排名', tabTemplate: '考核模板', tabChain: '四同落实',
    copy: '从上一年度复制模板', copyConfirm: '将 {prev} 年度考核模板复制为 {year} 年度模板，复制后可修改。确定吗？', copied: '已复制 {n} 个考核项目',
    editTemplate: '编辑考核模板', noTemplate: '本年度尚无考核模板', noRows: '您可见范围内没有被考核部门', rank: '排名', department: '部门',
    total: '加权总分', scoredItems: '已评', score: '评分', scored: '评分已保存', item: '考核项目', weight: '权重', rule: '评分标准',
    point: '对应工作要点', addItem: '添加考核项目', weightSum: '权重合计 {n}（应为 100）', weightMust100: '各考核项目权重之和应为 100，现为 {n}',
    fieldProblem: '请检查：{field}', comment: '评语', badScore: '得分应为 0 至 100、至多一位小数', preview: '加权总分（预览）：{n}',
    formula: '加权总分 = Σ 各项得分 × 权重 ÷ 100；排名为全局排名，并列同名次。', chainHint: '每项工作要点：分解的任务（同部署、同落实）与考核它的项目及各部门得分（同考核）。',
    chainTasks: '任务分解', chainScores: '考核得分', tasksHidden: '您无权查看任务', noItemForPoint: '尚无考核项目对应该工作要点', notScored: '尚未评分',
    noPoints: '本年度尚无工作要点',
  },
  meeting: {
    title: '党委听取纪委汇报与形势分析会', kind: '会议类别', kinds: { report_hearing: '党委听取纪委工作汇报', situation_analysis: '形势分析会', risk_consultation: '廉政风险会商会诊' },
    add: '记录会议', date: '会议日期', name: '会议名称', minutes: '会议纪要', attendees: '参会人员', searchPeople: '输入姓名查找',
    decisions: '会议决定', decision: '决定事项', addDecision: '添加决定', decisionCount: '{n} 项（已转任务 {m}）', empty: '暂无会议记录',
    task: '落实任务', toTask: '转为任务', taskMade: '已转为任务', noTask: '未转任务', taskOutOfReach: '已转任务（不在您的可见范围）',
  },
  oversight: {
    title: '班子成员分管部门', member: '班子成员', departments: '分管部门', none: '未分管部门', edit: '设置分管',
    hint: '分管部门决定班子成员可见的任务范围，保存后立即生效。', saved: '分管部门已保存',
  },
}

export const en: Labels = {
  menu: { group: 'Two responsibilities', tasks: 'Work points & tasks', task: 'Task', lists: 'Responsibility lists', oversight: 'Oversight', assessment: 'Year-end assessment', meetings: 'Committee meetings', meeting: 'Meeting' },
  year: 'Year',
  kind: { primary: 'Party committee (primary)', supervisory: 'Discipline committee (supervisory)', dual: 'Dual duty of committee members' },
  state: { not_started: 'Not started', in_progress: 'In progress', done: 'Done', overdue: 'Overdue' },
  points: { title: 'Work points of the year', total: '{n} tasks', done: '{n} done', overdue: '{n} overdue', add: 'Add work point', name: 'Work point', rename: 'Rename', archive: 'Archive', archiveReason: 'Reason (its tasks must be archived first)' },
  tasks: {
    title: 'Tasks', add: 'Add task', name: 'Task', point: 'Work point', department: 'Owner department', person: 'Owner',
    deadline: 'Deadline', state: 'State', progress: 'Progress', updated: 'Updated', empty: 'No tasks within your reach',
    milestones: 'Milestones', milestonePending: 'Open', milestoneTitle: 'Milestone', milestoneDue: 'Date', addMilestone: 'Add milestone',
  },
  detail: {
    reports: 'Progress reports', noReports: 'No progress reported yet', report: 'Report progress', content: 'Progress', status: 'Task state',
    milestonesDone: 'Milestones reached', reporter: 'Reported by', at: 'Reported at', submitted: 'Progress reported', notOwner: "Only the owner department's head or the owner may report progress", source: 'From', edit: 'Change task', archive: 'Archive', archiveReason: 'Reason (e.g. planned twice, merged into another task)', archived: 'Archived',
  },
  lists: {
    title: 'Responsibility lists', add: 'Add item', content: 'Responsibility', order: 'No.', member: 'Committee member', copy: 'Copy from last year',
    copyConfirm: 'Copy every item of the {prev} list as the {year} list? Items can be changed one by one afterwards.', copied: '{n} items copied',
    copiedFrom: 'From last year', empty: 'No items for this year yet', archive: 'Delete', archiveReason: 'Reason', edited: 'Saved',
  },
  assess: {
    title: 'Year-end assessment of the two responsibilities', motto: 'Planned, deployed, carried out and assessed together', tabScores: 'Scores & ranking', tabTemplate: 'Template', tabChain: 'Work point → tasks → scores',
    copy: "Copy last year's template", copyConfirm: 'Copy the {prev} template as the {year} template? It can be changed afterwards.', copied: '{n} items copied',
    editTemplate: 'Edit template', noTemplate: 'No template for this year yet', noRows: 'No assessed department within your reach', rank: 'Rank', department: 'Department',
    total: 'Weighted total', scoredItems: 'Scored', score: 'Score', scored: 'Scores saved', item: 'Item', weight: 'Weight', rule: 'Scoring rule',
    point: 'Work point', addItem: 'Add item', weightSum: 'Weights total {n} (must be 100)', weightMust100: "The items' weights must sum to 100; they sum to {n}",
    fieldProblem: 'Check: {field}', comment: 'Comment', badScore: 'A score is 0–100 with at most one decimal', preview: 'Weighted total (preview): {n}',
    formula: 'Weighted total = Σ score × weight ÷ 100; the rank is the bureau’s, ties share a rank.', chainHint: 'Each work point: its tasks and the items assessing it with the departments’ scores.',
    chainTasks: 'Tasks', chainScores: 'Scores', tasksHidden: 'You may not read tasks', noItemForPoint: 'No item assesses this work point yet', notScored: 'Not scored yet',
    noPoints: 'No work points this year',
  },
  meeting: {
    title: "Hearings of the discipline committee's report and situation analyses", kind: 'Kind', kinds: { report_hearing: "Hearing of the discipline committee's report", situation_analysis: 'Situation analysis', risk_consultation: 'Integrity-risk consultation' },
    add: 'Record a meeting', date: 'Date', name: 'Meeting', minutes: 'Minutes', attendees: 'Attendees', searchPeople: 'Type a name',
    decisions: 'Decisions', decision: 'Decision', addDecision: 'Add decision', decisionCount: '{n} ({m} made tasks)', empty: 'No meetings recorded',
    task: 'Task', toTask: 'Make a task', taskMade: 'Task created', noTask: 'No task', taskOutOfReach: 'A task (outside your reach)',
  },
  oversight: {
    title: 'Departments overseen by committee members', member: 'Committee member', departments: 'Departments overseen', none: 'None', edit: 'Set',
    hint: 'The departments overseen decide which tasks a committee member sees; a change applies at once.', saved: 'Oversight saved',
  },
}
