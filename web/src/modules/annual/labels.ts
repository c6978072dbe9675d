// Labels of the statistics and annual report pages (t('annual.…')), the same keys in
// both languages.
import type { Labels } from '../types'

export const zhCN: Labels = {
  menu: { group: '统计与年度报告', figures: '年度统计', reports: '年度工作报告', report: '年度工作报告编辑', dashboard: '工作看板', template: '报告模板' },
  dash: {
    role: '看板', heading: '{title}（{year}年）', month: '{m}月', year: '{y}年', outside: '日期不在本年或未填', total: '合计',
    byMonth: '{year}年按月', byYear: '{from}—{to}年按年', period: '时间', print: '打印',
  },
  figures: {
    year: '年度', department: '部门范围（不选为全局）', figure: '指标', current: '本年', previous: '上年',
    change: '增减', unit: '单位', definition: '口径（统计什么、从哪些记录、按哪个日期）', records: '明细',
    noData: '暂无数据', scope: '统计范围：{scope}', empty: '没有您可查看的统计数字',
    recordsTitle: '{label}（{year}年）明细', ref: '编号', title: '事项', dept: '部门', date: '日期', status: '状态',
    noRows: '没有记录', recordsTotal: '共 {n} 条',
  },
  reports: {
    year: '报告年度', create: '按模板新建草稿', created: '已新建{year}年度草稿', empty: '暂无年度工作报告',
    title: '标题', number: '编号', docNumber: '发文字号', status: '状态', updated: '最后修改', open: '打开',
    draft: '草稿', final: '定稿（已归档）',
  },
  report: {
    title: '标题', unit: '发文机关署名', issueDate: '成文日期', body: '正文模板',
    bodyHint: '一、（一）1.（1）开头的行为各级标题；双花括号括起的指标代码（如 clues.received）处填入统计数字，duty.next_year_points 处填入下一年度工作要点。',
    insert: '插入统计字段', save: '保存草稿', saved: '草稿已保存', finalize: '定稿并编号',
    finalizeConfirm: '定稿后将编号归档，数字冻结，不能再修改。确定定稿？', finalized: '已定稿：{number}',
    preview: '预览（数字取自记录）', docx: '下载 DOCX（公文格式）', pdf: '下载 PDF（公文格式）', xlsx: '下载 XLSX（统计数字）',
    readonly: '定稿已编号归档，不能修改', missing: '年度工作报告不存在或您无权查看', back: '返回列表',
    header: '版头与版记（本报告）', organMark: '发文机关标志', numberPrefix: '发文字号机关代字', copyTo: '抄送机关（可空）',
    printer: '印发机关', draftMark: '草稿', numberHint: '定稿时编号：{pattern}',
  },
  template: {
    intro: '全局一份报告模板，由纪委编辑；按模板新建的报告复制其标题、正文、版头与版记，之后对某份报告的修改只改该报告，不改模板。',
    builtin: '尚未保存：当前为系统内置模板', saved: '模板已保存', save: '保存模板', title: '标题（可用双花括号括起的 year、next_year）',
    readonly: '只有纪委书记可以修改模板',
  },
}

export const en: Labels = {
  menu: { group: 'Statistics and annual report', figures: 'Figures of the year', reports: 'Annual reports', report: 'Edit annual report', dashboard: 'Dashboard', template: 'Report template' },
  dash: {
    role: 'Dashboard', heading: '{title} ({year})', month: '{y}-{m}', year: '{y}', outside: 'Dated outside the year or undated', total: 'Total',
    byMonth: '{year} by month', byYear: '{from}–{to} by year', period: 'Period', print: 'Print',
  },
  figures: {
    year: 'Year', department: 'Department (none = whole bureau)', figure: 'Figure', current: 'This year', previous: 'Last year',
    change: 'Change', unit: 'Unit', definition: 'Definition (what, from which records, which dates)', records: 'Records',
    noData: 'No data', scope: 'Scope: {scope}', empty: 'No figures you may see',
    recordsTitle: '{label} ({year}): records', ref: 'Number', title: 'Item', dept: 'Department', date: 'Date', status: 'State',
    noRows: 'No records', recordsTotal: '{n} records',
  },
  reports: {
    year: 'Year', create: 'New draft from the template', created: 'Draft of {year} created', empty: 'No annual reports yet',
    title: 'Title', number: 'Number', docNumber: 'Document number', status: 'State', updated: 'Last changed', open: 'Open',
    draft: 'Draft', final: 'Final (archived)',
  },
  report: {
    title: 'Title', unit: 'Issuing unit', issueDate: 'Date', body: 'Body template',
    bodyHint: 'Lines starting 一、 （一） 1. （1） are headings; a figure code in double braces (e.g. clues.received) is filled with the figure, duty.next_year_points with next year\'s work points.',
    insert: 'Insert a figure field', save: 'Save draft', saved: 'Draft saved', finalize: 'Finalise and number',
    finalizeConfirm: 'A final version is numbered and archived with its figures frozen; it cannot be changed. Finalise?', finalized: 'Final: {number}',
    preview: 'Preview (figures from the records)', docx: 'Download DOCX (official layout)', pdf: 'Download PDF (official layout)', xlsx: 'Download XLSX (figures)',
    readonly: 'A final version is numbered and archived; it cannot be changed', missing: 'No such annual report, or you may not see it', back: 'Back to the list',
    header: 'Header and closing block (this report)', organMark: 'Issuing-organ mark', numberPrefix: 'Organ code of the number', copyTo: 'Copies to (optional)',
    printer: 'Printed by', draftMark: 'Draft', numberHint: 'Numbered when finalised: {pattern}',
  },
  template: {
    intro: 'One template for the bureau, edited by the discipline committee; a new report copies its title, body, header and closing block, and later edits of a report change that report only.',
    builtin: 'Not saved yet: the built-in template', saved: 'Template saved', save: 'Save template', title: 'Title (may use year and next_year in double braces)',
    readonly: 'Only the discipline secretary may change the template',
  },
}
