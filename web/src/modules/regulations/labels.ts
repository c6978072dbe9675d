// Labels of the regulation library (t('regulations.…')), the same keys in both languages.
import type { Labels } from '../types'

export const zhCN: Labels = {
  menu: { group: '监督检查与整改', list: '制度库', item: '制度详情' },
  status: { in_force: '现行有效', not_yet: '尚未生效', repealed: '已废止', superseded: '已被修订' },
  field: {
    category: '制度类别', title: '制度名称', docNumber: '文号', issuingBody: '发文机关', effectiveOn: '施行日期',
    repealedOn: '废止日期', fullText: '制度全文', changeNote: '修订说明', status: '状态', version: '版本',
    versions: '版本数', reason: '废止理由', reassign: '原阅知对象重新阅知新版本', audience: '阅知对象',
  },
  list: {
    search: '名称、文号或全文关键字', empty: '暂无制度', add: '新增制度', all: '全部', pending: '待我阅知', done: '我已阅知',
    progress: '阅知确认',
  },
  item: {
    text: '现行版本全文', history: '历次版本', view: '查看全文', versionTitle: '第{no}版', current: '现行版本',
    acknowledge: '我已阅知，确认', acknowledgedAt: '已于 {time} 确认阅知', acknowledgedOk: '已确认阅知',
    revise: '发布修订版本', repeal: '废止', assign: '分配阅知', repealed: '已废止该制度', revised: '已发布第{no}版',
    assigned: '新增阅知对象 {n} 人', created: '已新增制度', required: '请填写{what}', repealedNote: '废止理由：{reason}',
    everyone: '全体干部职工', departments: '按部门', branches: '按党支部', roles: '按角色', noAudience: '暂不分配',
  },
  completion: {
    title: '各部门阅知确认情况', department: '部门', assigned: '应阅知人数', acknowledged: '已确认人数',
    pending: '未确认人数', rate: '完成率', name: '姓名', state: '状态',
    total: '合计：应阅知 {assigned} 人，已确认 {acknowledged} 人，未确认 {pending} 人，完成率 {rate}',
    empty: '您的数据范围内没有阅知对象', done: '已确认', todo: '未确认',
  },
  links: { title: '制度解读与以案促改', interpretation: '制度解读', reform: '以案促改', ledTo: '据此修订为第{no}版' },
}

export const en: Labels = {
  menu: { group: 'Inspections and rectification', list: 'Regulation library', item: 'Regulation' },
  status: { in_force: 'In force', not_yet: 'Not yet in force', repealed: 'Repealed', superseded: 'Superseded' },
  field: {
    category: 'Category', title: 'Title', docNumber: 'Document number', issuingBody: 'Issued by', effectiveOn: 'Effective',
    repealedOn: 'Repealed on', fullText: 'Full text', changeNote: 'What changed', status: 'State', version: 'Version',
    versions: 'Versions', reason: 'Reason', reassign: 'Previous readers read the new version again', audience: 'Readers',
  },
  list: {
    search: 'Title, number or text', empty: 'No regulations', add: 'Add a regulation', all: 'All', pending: 'For me to read', done: 'Read by me',
    progress: 'Acknowledged',
  },
  item: {
    text: 'Text of the latest version', history: 'Versions', view: 'Full text', versionTitle: 'Version {no}', current: 'In force',
    acknowledge: 'I have read it', acknowledgedAt: 'Acknowledged at {time}', acknowledgedOk: 'Acknowledged',
    revise: 'Issue a new version', repeal: 'Repeal', assign: 'Assign readers', repealed: 'Regulation repealed', revised: 'Version {no} issued',
    assigned: '{n} readers added', created: 'Regulation added', required: 'Please fill in: {what}', repealedNote: 'Reason: {reason}',
    everyone: 'Everyone', departments: 'Departments', branches: 'Party branches', roles: 'Roles', noAudience: 'Not now',
  },
  completion: {
    title: 'Acknowledgement per department', department: 'Department', assigned: 'Assigned', acknowledged: 'Acknowledged',
    pending: 'Not yet', rate: 'Rate', name: 'Name', state: 'State',
    total: 'Total: {assigned} assigned, {acknowledged} acknowledged, {pending} not yet, {rate}',
    empty: 'No readers in your data scope', done: 'Acknowledged', todo: 'Not yet',
  },
  links: { title: 'Interpretations and case-driven reform', interpretation: 'Interpretation', reform: 'Case-driven reform', ledTo: 'led to version {no}' },
}
