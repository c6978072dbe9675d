// Labels of the integrity-risk pages (t('risk.…')), the same keys in both languages.
import type { Labels } from '../types'

export const zhCN: Labels = {
  group: '廉政风险防控',
  menu: { points: '风险点', heatmap: '风险热力图', lists: '负面清单', mine: '我的风险告知' },
  level: { 1: '一级', 2: '二级', 3: '三级' },
  col: {
    department: '部门', position: '岗位', category: '风险类别', description: '风险点描述', likelihood: '可能性',
    impact: '影响程度', level: '风险等级', status: '状态', nextReview: '下次复核', measures: '防控措施',
    owner: '责任人', actions: '操作', items: '事项数', list: '负面清单', acknowledged: '已确认知悉',
  },
  filter: { all: '全部', search: '查询', reset: '重置' },
  add: '新增风险点', edit: '修改', view: '查看', approve: '审核通过', return: '退回', save: '保存', cancel: '取消',
  addMeasure: '添加措施', removeMeasure: '删除',
  returnReason: '退回理由', returnReasonPlaceholder: '请写明退回的理由，部门负责人将看到',
  returnedBecause: '已退回：{reason}',
  history: '审核记录', historyAction: { submit: '提交审核', approve: '审核通过', return: '退回' },
  saved: '已保存，等待纪委审核', approved: '已审核通过', returned: '已退回',
  matrixHint: '风险等级由可能性 × 影响程度按配置的矩阵计算',
  detail: '风险点详情', lastReviewed: '上次审核',
  heat: { title: '风险热力图（部门 × 类别）', levelFilter: '风险等级', count: '风险点数', empty: '暂无风险点' },
  lists: {
    year: '年度', coverage: '全覆盖情况', covered: '已覆盖 {covered} / {total} 个部门', full: '已全覆盖',
    gap: '未全覆盖', missing: '缺负面清单', edit: '编辑本部门负面清单', itemsPlaceholder: '每行一条事项',
    noList: '未制定', ackRate: '{n} / {total} 人已确认',
  },
  mine: {
    title: '我的风险告知', list: '本部门负面清单', points: '本岗位风险点', acknowledge: '确认知悉',
    done: '已确认', none: '暂无需要确认的内容', ackDone: '已确认知悉',
  },
}

export const en: Labels = {
  group: 'Integrity risks',
  menu: { points: 'Risk points', heatmap: 'Risk heat map', lists: 'Negative lists', mine: 'My risk notices' },
  level: { 1: 'Level 1', 2: 'Level 2', 3: 'Level 3' },
  col: {
    department: 'Department', position: 'Position', category: 'Category', description: 'Description',
    likelihood: 'Likelihood', impact: 'Impact', level: 'Level', status: 'Status', nextReview: 'Next review',
    measures: 'Control measures', owner: 'Owner', actions: 'Actions', items: 'Items', list: 'Negative list',
    acknowledged: 'Acknowledged',
  },
  filter: { all: 'All', search: 'Search', reset: 'Reset' },
  add: 'Add risk point', edit: 'Edit', view: 'View', approve: 'Approve', return: 'Return', save: 'Save', cancel: 'Cancel',
  addMeasure: 'Add measure', removeMeasure: 'Remove',
  returnReason: 'Reason for returning', returnReasonPlaceholder: 'Say why; the department head will see it',
  returnedBecause: 'Returned: {reason}',
  history: 'Review history', historyAction: { submit: 'Submitted', approve: 'Approved', return: 'Returned' },
  saved: 'Saved; awaiting review by the discipline committee', approved: 'Approved', returned: 'Returned',
  matrixHint: 'The level is likelihood × impact through the configured matrix',
  detail: 'Risk point', lastReviewed: 'Last reviewed',
  heat: { title: 'Risk heat map (department × category)', levelFilter: 'Level', count: 'Risk points', empty: 'No risk points' },
  lists: {
    year: 'Year', coverage: 'Coverage', covered: '{covered} of {total} departments covered', full: 'Full coverage',
    gap: 'Not fully covered', missing: 'No negative list', edit: "Edit my department's list",
    itemsPlaceholder: 'One item per line', noList: 'None', ackRate: '{n} of {total} acknowledged',
  },
  mine: {
    title: 'My risk notices', list: "My department's negative list", points: "My position's risk points",
    acknowledge: 'Acknowledge', done: 'Acknowledged', none: 'Nothing to acknowledge', ackDone: 'Acknowledged',
  },
}
