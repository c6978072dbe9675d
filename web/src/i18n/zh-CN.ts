// Chinese (default) labels. Keep keys identical to en.ts (a unit test checks it).
// vue-i18n syntax: {name} interpolates; avoid literal | @ { } in texts.
export default {
  app: { name: '清风', full: '清风廉政监督平台', subtitle: '党委 · 纪委 廉政监督' },
  common: {
    search: '查询', reset: '重置', add: '新增', edit: '编辑', save: '保存', cancel: '取消', confirm: '确定',
    delete: '删除', close: '关闭', export: '导出 Excel', actions: '操作', yes: '是', no: '否', all: '全部',
    loading: '加载中…', noData: '暂无数据', saved: '已保存', done: '操作成功', back: '返回', detail: '详情',
    refresh: '刷新', required: '此项必填', name: '名称', code: '编码', reason: '原因', total: '共 {n} 条',
    status: '状态', note: '备注', from: '开始日期', to: '结束日期', view: '查看',
  },
  lang: { label: '语言', zh: '中文', en: 'English' },
  login: {
    title: '登录', username: '用户名', password: '密码', totp: '动态验证码', submit: '登录',
    totpHint: '该账号已启用双因素认证，请输入身份验证器应用中的 6 位验证码。',
    lockedTitle: '账号已锁定', lockedText: '由于多次登录失败，账号已被锁定。',
    lockedUntil: '解锁时间：{time}', lockedContact: '如需提前解锁，请联系系统管理员。',
    rateLimited: '登录尝试过于频繁，请稍后再试。', backToLogin: '返回登录',
    usernameRequired: '请输入用户名', passwordRequired: '请输入密码', totpRequired: '请输入验证码',
    sessionExpired: '会话已超时，请重新登录。', signedOut: '您已安全退出。',
  },
  password: {
    title: '修改密码', forcedHint: '首次登录或密码已被重置，请先设置新密码后继续使用。',
    old: '当前密码', new: '新密码', confirm: '确认新密码', mismatch: '两次输入的新密码不一致',
    changed: '密码已修改',
  },
  totp: {
    title: '双因素认证', enabled: '已启用', disabled: '未启用', setup: '启用双因素认证',
    secret: '密钥', uri: '配置链接', code: '验证码', enable: '确认启用', disable: '停用',
    setupHint: '在身份验证器应用中添加以下密钥，然后输入生成的 6 位验证码。',
  },
  idle: {
    title: '即将超时', text: '由于长时间未操作，会话将在 {s} 秒后结束。', stay: '保持登录', logout: '退出登录',
  },
  header: { logout: '退出登录', security: '账号安全', confirmLogout: '确定要退出登录吗？' },
  menu: {
    home: '首页', org: '组织机构', departments: '部门', branches: '党支部', positions: '岗位', people: '人员',
    import: '批量导入', system: '系统管理', accounts: '账号管理', roles: '角色授权', audit: '审计日志',
    dictionaries: '数据字典', security: '账号安全',
  },
  dashboard: {
    welcome: '您好，{name}', cards: '概览', pending: '待办事项', noPending: '暂无待办事项',
    peopleByDept: '各部门人数', people: '人数',
  },
  dept: {
    title: '部门', name: '部门名称', code: '部门编码', parent: '上级部门', sort: '排序', peopleCount: '人数',
    archive: '撤销', archiveTitle: '撤销部门', archiveHint: '撤销后部门将不再出现在选择列表中，历史记录保留。',
    root: '（无，顶级部门）', archived: '已撤销', createChild: '新增下级',
  },
  branch: { title: '党支部', name: '支部名称', code: '支部编码', secretary: '支部书记' },
  position: { title: '岗位', name: '岗位名称', department: '所属部门', key: '关键岗位' },
  person: {
    title: '人员', name: '姓名', employeeNo: '工号', gender: '性别', department: '部门', branch: '党支部',
    position: '岗位', rank: '职级', leadingCadre: '领导干部', partyStatus: '政治面貌', joinedDate: '入职日期',
    status: '状态', idNumber: '身份证号', phone: '联系电话', searchHint: '姓名或工号', history: '任职经历', changePosition: '岗位变动',
    kind: '变动类型', effectiveDate: '生效日期', noHistory: '暂无任职记录', basic: '基本信息',
  },
  import: {
    title: '批量导入', kind: '导入类型', people: '人员', departments: '部门', file: '选择文件',
    fileHint: '支持 XLSX 或 CSV（UTF-8 / GBK），第一行为表头。', template: '下载模板', preview: '预览校验',
    commit: '确认导入', totalRows: '共 {n} 行', valid: '校验通过，可以导入。',
    invalid: '有 {n} 处错误，请修改文件后重新预览；在全部通过前不会保存任何数据。',
    row: '行号', field: '字段', message: '错误说明', imported: '已导入 {n} 条记录', errors: '错误明细',
    rows: '数据预览（前 200 行）', chooseFirst: '请先选择文件',
  },
  account: {
    title: '账号管理', username: '用户名', displayName: '显示名称', person: '关联人员', status: '状态',
    lockedUntil: '锁定至', lock: '锁定', unlock: '解锁', resetPassword: '重置密码', roles: '角色',
    oneTimePassword: '一次性密码', oneTimeHint: '请将此一次性密码安全地告知用户，用户首次登录时须修改密码。此密码只显示一次。',
    searchHint: '用户名或姓名', lockedOnly: '仅显示已锁定', personId: '人员编号', created: '账号已创建',
    confirmReset: '确定重置该账号的密码吗？', totp: '双因素',
  },
  role: {
    title: '角色授权', grants: '授权', role: '角色', scope: '数据范围', scopeRef: '范围对象', addGrant: '添加授权',
    rules: '三员分立：不能给自己授权；一个账号不能同时担任两个管理员角色；管理员角色不能与业务角色同时授予。',
    permissions: '权限', editFor: '为 {name} 授权', catalogue: '角色与权限',
  },
  audit: {
    title: '审计日志', time: '时间', actor: '操作人', action: '操作', objectType: '对象类型', objectId: '对象编号',
    summary: '摘要', result: '结果', success: '成功', failure: '失败', address: '来源地址',
    chainOk: '审计链校验通过：已校验 {n} 条记录，未发现篡改。', chainBad: '审计链校验失败：第 {seq} 条记录异常。',
    verify: '重新校验', chain: '审计链状态',
  },
  dict: { title: '数据字典', name: '字典', code: '代码', zh: '中文名称', en: '英文名称', sort: '排序', filter: '筛选字典' },
  error: {
    forbidden: '无权访问', forbiddenText: '您没有访问此页面的权限。如需开通，请联系安全管理员。',
    notFound: '页面不存在', notFoundText: '您访问的页面不存在或已被移除。', home: '返回首页',
  },
}
