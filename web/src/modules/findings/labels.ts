// The findings module's labels (t('findings.…')), the same keys in both languages.
import type { Labels } from '../types'

export const zhCN: Labels = {
  menu: { list: '比对疑点', runs: '比对数据导入' },
  title: { list: '大数据比对疑点', runs: '比对数据导入与运行', detail: '疑点详情', dq: '数据质量表' },
  rule: {
    R1: '未申报经商办企业', R2: '亲属企业与本单位交易', R3: '未申报房产', R4: '未报备出境', R5: '化整为零',
    R6: '临界金额', R7: '单一来源集中', R8: '串通投标迹象', R9: '新设企业中标', R10: '干部违规经商兼职',
  },
  status: { open: '待处理', assigned: '已指派', dismissed: '已排除', clue: '已转线索' },
  state: { uploading: '待上传', queued: '排队中', running: '比对中', done: '已完成', failed: '失败' },
  phase: { uploading: '上传文件', queued: '排队', prepare: '准备数据', engine: '比对引擎运行', store: '保存疑点', done: '完成', failed: '失败' },
  present: { yes: '仍存在', no: '已消失' },
  col: {
    rule: '规则', severity: '风险等级', person: '干部', department: '部门', summary: '疑点摘要', status: '状态',
    firstSeen: '首次发现', lastSeen: '最近发现', present: '最近一次比对', assignee: '承办人', clue: '线索',
    actions: '操作', run: '批次', asOf: '基准日', source: '数据来源', runState: '状态', progress: '进度',
    findings: '疑点数', fresh: '新增', gone: '消失', dq: '数据质量问题', file: '文件', line: '行号', column: '列',
    problem: '问题', value: '原值', time: '时间',
  },
  filter: { rule: '规则', severity: '风险等级', department: '部门', status: '状态', present: '是否仍存在', all: '全部' },
  source: { upload: '上传文件', directory: '服务器目录' },
  cadresFrom: { database: '本系统组织机构（领导干部）', upload: '上传的干部名册 cadres.csv' },
  field: {
    source: '数据来源', directory: '服务器目录', cadresFrom: '干部名册来源', asOf: '比对基准日', files: '数据文件',
    reason: '排除理由', assignee: '承办人', category: '违纪类别', personName: '被反映人姓名',
  },
  hint: {
    files: '可一次选择多个文件，文件名须为比对数据规范中的十二个文件名之一（如 enterprises.csv）；文件分片上传，大文件也不会一次占用服务器内存。',
    declaration: '干部名册取自本系统组织机构时，家庭成员、申报企业、申报房产、因私出国（境）报备和兼职审批也取自本系统：领导干部最近一次报送的个人有关事项报告和已批准的审批记录（同名上传文件不使用，批次中会注明）；选择上传的干部名册时，这五个文件也取自上传文件。',
    unknown: '以下文件不是比对数据文件，已忽略：{names}',
    noFiles: '请选择要上传的数据文件',
  },
  action: {
    newRun: '新建比对', upload: '上传并开始比对', search: '查询', reset: '重置', view: '查看', assign: '指派',
    dismiss: '排除', toClue: '转为问题线索', confirm: '确定', cancel: '取消', export: '导出数据质量表', dq: '数据质量',
    openClue: '打开线索', toItem: '转为核查事项',
  },
  msg: {
    uploading: '正在上传 {name}（{done}/{total}）', started: '已开始比对，完成后疑点列表会自动更新',
    assigned: '已指派', dismissed: '已排除该疑点', clued: '已转为问题线索 {number}', itemMade: '已转为核查事项（第 {id} 号）', failed: '比对失败：{reason}',
  },
  category: { political: '违反政治纪律', organisational: '违反组织纪律', integrity: '违反廉洁纪律', mass: '违反群众纪律', work: '违反工作纪律', life: '违反生活纪律' },
  verification: {
    label: '个人有关事项核查', member: '{year} 年度核查名单（{how}）', sampled: '随机抽查', candidate: '凡提必核',
    item: '核查事项 第 {id} 号', none: '该干部不在当前核查轮次名单中',
    sources: '申报数据来源', database: '本系统个人有关事项报告和审批记录', upload: '上传文件',
  },
  detail: { key: '比对键', evidence: '证据（来源文件及行号）', reason: '排除理由', summary: '摘要', none: '无' },
  empty: { findings: '暂无疑点：导入比对数据并运行后，疑点会出现在这里', runs: '暂无比对批次', dq: '本批次数据没有质量问题' },
}

export const en: Labels = {
  menu: { list: 'Findings', runs: 'Registry import' },
  title: { list: 'Cross-check findings', runs: 'Registry import and runs', detail: 'Finding', dq: 'Data quality' },
  rule: {
    R1: 'Undeclared business', R2: 'Supplier conflict', R3: 'Undeclared property', R4: 'Undeclared trip', R5: 'Split purchase',
    R6: 'Near threshold', R7: 'Single-source concentration', R8: 'Collusive bidders', R9: 'New company award', R10: 'Cadre in business',
  },
  status: { open: 'Open', assigned: 'Assigned', dismissed: 'Dismissed', clue: 'Made a clue' },
  state: { uploading: 'Awaiting files', queued: 'Queued', running: 'Running', done: 'Done', failed: 'Failed' },
  phase: { uploading: 'Uploading', queued: 'Queued', prepare: 'Preparing', engine: 'Engine running', store: 'Storing findings', done: 'Done', failed: 'Failed' },
  present: { yes: 'Present', no: 'Gone' },
  col: {
    rule: 'Rule', severity: 'Severity', person: 'Cadre', department: 'Department', summary: 'Summary', status: 'Status',
    firstSeen: 'First seen', lastSeen: 'Last seen', present: 'Latest run', assignee: 'Handler', clue: 'Clue',
    actions: 'Actions', run: 'Run', asOf: 'As of', source: 'Source', runState: 'State', progress: 'Progress',
    findings: 'Findings', fresh: 'New', gone: 'Gone', dq: 'Data-quality rows', file: 'File', line: 'Line', column: 'Column',
    problem: 'Problem', value: 'Value', time: 'Time',
  },
  filter: { rule: 'Rule', severity: 'Severity', department: 'Department', status: 'Status', present: 'Present', all: 'All' },
  source: { upload: 'Uploaded files', directory: 'Server folder' },
  cadresFrom: { database: 'The organisation (leading cadres)', upload: 'The uploaded cadres.csv' },
  field: {
    source: 'Source', directory: 'Server folder', cadresFrom: 'Cadres from', asOf: 'As-of date', files: 'Files',
    reason: 'Reason', assignee: 'Handler', category: 'Discipline category', personName: 'Person reported on',
  },
  hint: {
    files: 'Choose several files at once; each must bear one of the twelve registry file names (e.g. enterprises.csv). Files are sent in pieces, so a large file never sits whole in server memory.',
    declaration: 'With the cadres from the organisation, relatives, declared businesses, properties, trips and side-job approvals also come from the system: each leading cadre\'s latest submitted personal-matters report and the approved applications (uploaded files of those names are not used, and the run says so); with an uploaded cadres.csv, these five files come from the upload too.',
    unknown: 'Not registry files, ignored: {names}',
    noFiles: 'Choose the files to upload',
  },
  action: {
    newRun: 'New run', upload: 'Upload and run', search: 'Search', reset: 'Reset', view: 'View', assign: 'Assign',
    dismiss: 'Dismiss', toClue: 'Make a clue', confirm: 'OK', cancel: 'Cancel', export: 'Export data quality', dq: 'Data quality',
    openClue: 'Open clue', toItem: 'Make a verification item',
  },
  msg: {
    uploading: 'Uploading {name} ({done}/{total})', started: 'The run has started; the findings update when it ends',
    assigned: 'Assigned', dismissed: 'Finding dismissed', clued: 'Made clue {number}', itemMade: 'Made verification item no. {id}', failed: 'The run failed: {reason}',
  },
  category: { political: 'Political discipline', organisational: 'Organisational discipline', integrity: 'Integrity discipline', mass: 'Mass discipline', work: 'Work discipline', life: 'Life discipline' },
  verification: {
    label: 'Verification', member: '{year} verification list ({how})', sampled: 'random sample', candidate: 'promotion candidate',
    item: 'Verification item no. {id}', none: 'The cadre is not in the open verification round',
    sources: 'Declaration side from', database: 'The system\'s reports and approvals', upload: 'Uploaded files',
  },
  detail: { key: 'Key', evidence: 'Evidence (file and line)', reason: 'Reason dismissed', summary: 'Summary', none: 'None' },
  empty: { findings: 'No findings yet: import registry data and run it', runs: 'No runs yet', dq: 'No data-quality problems in this run' },
}
