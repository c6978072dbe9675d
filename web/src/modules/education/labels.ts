// Labels of education and study (t('education.…')), the same keys in both languages.
import type { Labels } from '../types'
import { trainingEn, trainingZh } from './trainingLabels'

export const zhCN: Labels = {
  training: trainingZh,
  menu: { group: '警示教育与学习', my: '我的学习', items: '警示教育内容', item: '学习内容', sessions: '学习活动', holiday: '廉洁过节提醒' },
  kind: { notice: '警示教育通报', case: '典型案例', model: '先进典型', article: '警示教育文章', interpretation: '制度解读' },
  item: {
    regulation: '所解读的制度', regulationVersion: '所解读的版本', wholeRegulation: '整项制度（不限版本）', versionNo: '第{no}版',
    number: '期号', kind: '类别', title: '标题', body: '正文', category: '案例类别', rules: '违反的纪律规定',
    lessons: '警示启示', source: '来源', publishedOn: '发布日期', audience: '学习对象', progress: '学习完成情况',
    confirmed: '已确认', pending: '待学习', done: '已学习', myState: '我的学习状态', confirm: '我已学习，确认',
    confirmedAt: '已于 {time} 确认学习', confirmedOk: '已确认学习', notAssigned: '这项内容没有分配给您学习',
    empty: '暂无学习内容', myEmpty: '暂无分配给您的学习内容', search: '标题关键字', year: '年度',
    publish: '发布学习内容', published: '已发布{what}，学习对象 {n} 人', everyone: '全体干部职工',
    departments: '按部门', branches: '按党支部', roles: '按角色', statusAll: '全部', required: '请填写{what}',
  },
  completion: {
    title: '各部门学习完成情况', department: '部门', assigned: '应学习人数', confirmed: '已确认人数',
    pending: '未确认人数', rate: '完成率', total: '合计：应学习 {assigned} 人，已确认 {confirmed} 人，未确认 {pending} 人，完成率 {rate}',
    people: '学习对象明细', name: '姓名', state: '状态', empty: '您的数据范围内没有学习对象',
  },
  session: {
    kind: '活动类别', heldOn: '学习日期', topic: '学习主题', speaker: '主讲人/主持人', place: '地点', materials: '学习材料',
    branch: '党支部', attendance: '参加人数', leaders: '领学人数', attendees: '参加人员', led: '领学人员',
    record: '登记学习活动', recorded: '已登记学习活动', empty: '暂无学习活动', stats: '年度学习统计',
    centerGroup: '中心组学习', centerLeads: '中心组领学', sessions: '学习活动合计', leads: '领学合计（人次）',
    partyLessons: '党课', integrityLessons: '廉政党课', notices: '警示教育通报（期）', cases: '典型案例（个）',
    searchPeople: '输入姓名查找',
  },
  holiday: {
    text: '提醒内容', textHint: '{holiday} 处填入节日名称', save: '保存提醒内容', saved: '已保存提醒内容',
    daysBefore: '提前天数', daysBeforeText: '每个节日放假前 {n} 天通过站内消息向全体干部职工发送（在配置文件 [education] 中设置）',
    holidays: '本年度节日及发送记录', name: '节日', start: '放假首日', remindOn: '提醒日期', sent: '发送情况',
    sentText: '已发送 {n} 人', notSent: '未发送', restore: '恢复默认内容', preview: '效果预览',
  },
}

export const en: Labels = {
  training: trainingEn,
  menu: { group: 'Education and study', my: 'My study', items: 'Warning education', item: 'Study item', sessions: 'Study sessions', holiday: 'Holiday reminders' },
  kind: { notice: 'Notice', case: 'Typical case', model: 'Positive model', article: 'Article', interpretation: 'Regulation interpretation' },
  item: {
    regulation: 'Regulation interpreted', regulationVersion: 'Version interpreted', wholeRegulation: 'The regulation as a whole', versionNo: 'v{no}',
    number: 'Issue', kind: 'Kind', title: 'Title', body: 'Text', category: 'Category', rules: 'Rules broken',
    lessons: 'Lessons', source: 'Source', publishedOn: 'Published', audience: 'Audience', progress: 'Completion',
    confirmed: 'Confirmed', pending: 'To study', done: 'Studied', myState: 'My status', confirm: 'I have studied it',
    confirmedAt: 'Confirmed at {time}', confirmedOk: 'Confirmed', notAssigned: 'This item is not assigned to you',
    empty: 'No study items', myEmpty: 'Nothing assigned to you', search: 'Title contains', year: 'Year',
    publish: 'Publish an item', published: '{what} published to {n} people', everyone: 'Everyone',
    departments: 'Departments', branches: 'Party branches', roles: 'Roles', statusAll: 'All', required: 'Please fill in: {what}',
  },
  completion: {
    title: 'Completion per department', department: 'Department', assigned: 'Assigned', confirmed: 'Confirmed',
    pending: 'Not confirmed', rate: 'Rate', total: 'Total: {assigned} assigned, {confirmed} confirmed, {pending} not confirmed, {rate}',
    people: 'Assignees', name: 'Name', state: 'Status', empty: 'No assignees in your data scope',
  },
  session: {
    kind: 'Kind', heldOn: 'Date', topic: 'Topic', speaker: 'Speaker / chair', place: 'Place', materials: 'Materials',
    branch: 'Party branch', attendance: 'Attendance', leaders: 'Led by', attendees: 'Attendees', led: 'Who led the study',
    record: 'Record a session', recorded: 'Session recorded', empty: 'No study sessions', stats: 'Yearly counts',
    centerGroup: 'Study group sessions', centerLeads: 'Study group leads', sessions: 'All sessions', leads: 'All leads',
    partyLessons: 'Party lessons', integrityLessons: 'Integrity lessons', notices: 'Notices', cases: 'Typical cases',
    searchPeople: 'Type a name',
  },
  holiday: {
    text: 'Reminder text', textHint: '{holiday} is replaced by the holiday name', save: 'Save the text', saved: 'Text saved',
    daysBefore: 'Days before', daysBeforeText: 'Sent to everyone through the message centre {n} days before each holiday ([education] in the configuration)',
    holidays: 'Holidays of the year and sends', name: 'Holiday', start: 'First day off', remindOn: 'Reminder on', sent: 'Sent',
    sentText: 'Sent to {n}', notSent: 'Not sent', restore: 'Restore the default', preview: 'Preview',
  },
}
