// The integrity-opinion labels (t('opinions.…')), the same keys in both languages.
import type { Labels } from '../types'

export const zhCN: Labels = {
  menu: { requests: '党风廉政意见回复' },
  title: { requests: '征求党风廉政意见', request: '党风廉政意见回复' },
  purpose: { promotion: '提拔', award: '评优', transfer: '调任', other: '其他' },
  status: { drafted: '待审批', approved: '已审批归档', pending: '办理中' },
  col: {
    created: '来函时间', purpose: '事由', people: '人数', approved: '已回复', requestedBy: '回复期限', requester: '征求单位经办人',
    actions: '操作', name: '姓名', department: '部门', position: '职务', status: '状态', number: '文号',
  },
  form: {
    create: '征求意见', purpose: '事由', note: '具体事由', requestedBy: '回复期限', people: '征求意见人员',
    peopleHint: '输入姓名查找，可选多人', submit: '提交', done: '已提交，纪委将起草回复', missing: '请填写：{field}',
  },
  answer: {
    text: '回复意见', grounds: '起草依据（仅纪委可见）', noGrounds: '廉政档案中无影响事项', save: '保存修改', saved: '已保存',
    redraft: '按廉政档案重新起草', redrafted: '已重新起草', approve: '审批同意并编号', approveConfirm: '审批后回复编号归档，不能再修改。确定审批吗？',
    approved: '已审批：{number}', docx: '下载公文（DOCX）', print: '打印', recused: '本人回避，不参与办理',
    pending: '纪委办理中，审批后可见回复意见', by: '{name} 于 {time} 审批', edited: '{name} 于 {time} 修改', hold: '建议暂缓',
  },
  none: '暂无征求意见',
  open: '查看',
  readAudited: '查阅意见回复已记入审计日志',
}

export const en: Labels = {
  menu: { requests: 'Integrity opinions' },
  title: { requests: 'Requests for integrity opinions', request: 'Integrity opinion' },
  purpose: { promotion: 'Promotion', award: 'Award', transfer: 'Transfer', other: 'Other' },
  status: { drafted: 'Awaiting approval', approved: 'Approved and archived', pending: 'In progress' },
  col: {
    created: 'Received', purpose: 'Purpose', people: 'People', approved: 'Answered', requestedBy: 'Reply by', requester: 'Requested by',
    actions: 'Actions', name: 'Name', department: 'Department', position: 'Position', status: 'State', number: 'Number',
  },
  form: {
    create: 'New request', purpose: 'Purpose', note: 'Details', requestedBy: 'Reply by', people: 'People',
    peopleHint: 'Type a name; several may be chosen', submit: 'Submit', done: 'Submitted: the discipline committee drafts the replies', missing: 'Please fill in: {field}',
  },
  answer: {
    text: 'Opinion', grounds: 'Grounds of the draft (discipline committee only)', noGrounds: 'Nothing on record bears on it', save: 'Save', saved: 'Saved',
    redraft: 'Draft again from the record', redrafted: 'Drafted again', approve: 'Approve and number', approveConfirm: 'Once approved the reply is numbered and archived. Approve?',
    approved: 'Approved: {number}', docx: 'Download (DOCX)', print: 'Print', recused: 'About yourself: withheld',
    pending: 'In progress at the discipline committee; the opinion shows once approved', by: 'Approved by {name} at {time}', edited: 'Edited by {name} at {time}', hold: 'Defer',
  },
  none: 'No requests',
  open: 'Open',
  readAudited: 'Reading replies is recorded in the audit log',
}
