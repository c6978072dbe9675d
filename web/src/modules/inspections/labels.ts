// Labels of special checks and the rectification ledger (t('inspections.…')), the same
// keys in both languages.
import type { Labels } from '../types'

export const zhCN: Labels = {
  menu: { group: '监督检查与整改', checks: '专项检查', check: '专项检查详情', ledger: '整改台账', item: '整改事项', reforms: '以案促改', reform: '以案促改通知' },
  reform: {
    number: '通知编号', title: '通知标题', source: '案件来源', summary: '案例简况', summaryHint: '供各部门阅看：写明问题性质，不写被反映人姓名、线索编号等案件信息',
    loopholes: '暴露的问题和管理漏洞', departments: '责任部门', issuedOn: '发出日期', progress: '整改进度', issue: '发出以案促改通知',
    issued: '已发出以案促改通知 {number}', empty: '暂无以案促改通知（您的数据范围内没有）', fromClue: '已办结问题线索',
    fromCase: '典型案例', clue: '问题线索', case: '典型案例', clueHidden: '已办结问题线索（线索信息仅限承办人员查看）',
    measures: '各部门整改建议', addMeasure: '增加一个部门', problem: '该部门存在的问题', suggestion: '整改措施', deadline: '整改时限',
    department: '责任部门', remove: '删除', required: '请填写{what}', items: '整改事项（部门反馈、纪委核查在整改台账中办理）',
    ruleChanges: '规章制度修订（据本通知修订的制度）', linkRule: '关联制度修订', noRuleChanges: '尚未关联修订的制度',
    ruleTitle: '制度', ruleVersion: '版本', versionNo: '第{no}版', ruleDoc: '文号', ruleEffective: '施行日期',
    ruleNote: '修订内容说明', ruleLinked: '已关联制度修订',
  },
  check: {
    number: '检查编号', kind: '检查类别', title: '检查名称', plan: '检查方案', period: '检查时间',
    start: '开始日期', end: '结束日期', scope: '检查范围', checklist: '检查要点', checklistHint: '每行一条检查要点',
    progress: '整改进度', add: '制定专项检查', created: '已制定专项检查 {number}', items: '发现问题及整改',
    empty: '暂无专项检查（您的数据范围内没有专项检查）', addFinding: '登记发现问题',
    findingAdded: '已登记整改事项 {number}', ledger: '查看整改台账',
  },
  item: {
    number: '问题编号', finding: '发现问题', point: '检查要点', department: '责任部门', measures: '整改措施',
    deadline: '整改时限', state: '整改状态', progress: '整改进展', evidence: '整改佐证', verification: '核查意见',
    closedOn: '销号日期', overdue: '已逾期', overdueOnly: '仅看逾期未销号', steps: '办理过程', check: '所属检查',
    empty: '暂无整改事项（您的数据范围内没有整改事项）', daysLeft: '剩余 {n} 天', daysLate: '逾期 {n} 天',
  },
  state: { rectifying: '整改中（待责任部门报送）', reported: '已报送，待纪委核查', closed: '已销号' },
  action: {
    assign: '登记问题、交办整改', progress: '报送整改进展', report: '报送整改完成', accept: '核查通过、销号',
    return: '退回整改',
  },
  form: {
    note: { progress: '整改进展', report: '整改完成情况', accept: '核查意见（可不填）', return: '退回理由' },
    evidence: '整改佐证材料（文件名称、文号或说明）', submit: '提交', done: '已办理：{state}',
    required: { note: '请填写{what}', evidence: '请填写整改佐证材料' },
  },
}

export const en: Labels = {
  menu: { group: 'Inspections', checks: 'Special checks', check: 'Special check', ledger: 'Rectification ledger', item: 'Rectification item', reforms: 'Case-driven reform', reform: 'Reform notice' },
  reform: {
    number: 'Number', title: 'Title', source: 'Source', summary: 'Case summary', summaryHint: 'For the departments: the nature of the problem, no names or clue numbers',
    loopholes: 'Gaps exposed', departments: 'Departments', issuedOn: 'Issued', progress: 'Progress', issue: 'Issue a reform notice',
    issued: 'Reform notice {number} issued', empty: 'No reform notices (none in your data scope)', fromClue: 'Closed clue',
    fromCase: 'Typical case', clue: 'Clue', case: 'Typical case', clueHidden: 'Closed clue (details for its handlers only)',
    measures: 'Measures per department', addMeasure: 'Add a department', problem: 'Gap in this department', suggestion: 'Measures', deadline: 'Deadline',
    department: 'Department', remove: 'Remove', required: 'Please fill in: {what}', items: 'Items (feedback and verification in the ledger)',
    ruleChanges: 'Rules changed (regulations revised after this notice)', linkRule: 'Link a revised regulation', noRuleChanges: 'No revised regulation linked yet',
    ruleTitle: 'Regulation', ruleVersion: 'Version', versionNo: 'v{no}', ruleDoc: 'Doc. no.', ruleEffective: 'Effective',
    ruleNote: 'What was changed', ruleLinked: 'Revised regulation linked',
  },
  check: {
    number: 'Number', kind: 'Kind', title: 'Title', plan: 'Plan', period: 'Period',
    start: 'Start', end: 'End', scope: 'Departments covered', checklist: 'Checklist', checklistHint: 'One point per line',
    progress: 'Progress', add: 'Plan a check', created: 'Check {number} planned', items: 'Findings and rectification',
    empty: 'No special checks (none in your data scope)', addFinding: 'Record a finding',
    findingAdded: 'Item {number} recorded', ledger: 'Open the ledger',
  },
  item: {
    number: 'Item', finding: 'Finding', point: 'Checklist point', department: 'Owner department', measures: 'Measures',
    deadline: 'Deadline', state: 'State', progress: 'Progress', evidence: 'Evidence', verification: 'Verification',
    closedOn: 'Closed on', overdue: 'Overdue', overdueOnly: 'Overdue only', steps: 'Steps', check: 'Check',
    empty: 'No rectification items (none in your data scope)', daysLeft: '{n} days left', daysLate: '{n} days late',
  },
  state: { rectifying: 'Being rectified (owner to report)', reported: 'Reported, awaiting verification', closed: 'Closed' },
  action: {
    assign: 'Finding recorded and assigned', progress: 'Report progress', report: 'Report completion', accept: 'Accept and close',
    return: 'Send back',
  },
  form: {
    note: { progress: 'Progress', report: 'What was done', accept: 'Verification note (optional)', return: 'Reason for sending back' },
    evidence: 'Evidence (documents, numbers or a description)', submit: 'Submit', done: 'Done: {state}',
    required: { note: 'Please fill in: {what}', evidence: 'Please give the evidence' },
  },
}
