// Labels of co-construction (t('coop.…')), the same keys in both languages.
import type { Labels } from '../types'

export const zhCN: Labels = {
  menu: { group: '廉政共建', partners: '共建单位', partner: '共建单位详情', notices: '廉政信息通报' },
  bureau: {
    title: '本单位签名公钥', hint: '将此公钥（或其指纹）交给合作单位登记；本单位签发的通报文件用它校验。',
    fingerprint: '公钥指纹（SHA-256）', sm2: 'SM2 国密公钥（向登记 SM2 公钥的合作单位签发通报时使用），指纹', copy: '复制公钥', copied: '已复制',
  },
  partner: {
    name: '合作单位', contact: '联系人', phone: '联系电话', agreementNo: '协议编号', signedOn: '签订日期',
    term: '协议期限', start: '起', end: '止', summary: '协议主要内容', status: '共建状态', key: '公钥',
    noKey: '尚未登记公钥', add: '登记合作单位', edit: '修改', saved: '已保存', empty: '暂无合作单位',
    visits: '回访次数', average: '回访平均分', trainings: '联合培训', noticesOut: '发出通报', noticesIn: '收到通报',
    lastVisit: '最近回访', keysReplaced: '已更换 {n} 次', archive: '归档', archiveReason: '归档原因', archived: '已归档', archivedTag: '已归档',
  },
  key: {
    register: '登记公钥', replace: '更换公钥', input: '公钥（Ed25519：base64、十六进制或 PEM；SM2 国密：PEM）', reason: '更换原因',
    replaceHint: '更换公钥将记入审计日志；更换后用旧密钥签名的文件不再通过校验。', done: '公钥已登记，指纹 {fp}',
  },
  notice: {
    title: '廉政信息双向通报', send: '签发通报', receive: '接收通报文件', no: '编号', subject: '标题', body: '通报内容',
    direction: '方向', out: '发出', in: '收到', issuedOn: '通报日期', signer: '签发单位', fingerprint: '签名指纹',
    download: '下载签名文件', empty: '暂无通报', sent: '已签发 {no}', received: '签名校验通过，已接收 {no}',
    file: '通报文件', choose: '选择文件', fileHint: '合作单位签名的通报文件（.qfcoop.json）；签名校验不通过的文件将被拒收，不会保存。',
    refused: '文件被拒收', detail: '通报详情', verifiedBy: '签名已用合作单位登记的公钥校验',
    partner: '合作单位', all: '全部单位', allDirections: '全部方向', total: '共 {n} 份',
  },
  training: {
    title: '联合培训与研讨交流', add: '登记联合培训 / 研讨交流', kind: '活动类别', kinds: { training: '廉政教育联合培训', seminar: '纪检业务研讨交流' }, heldOn: '举办日期', topic: '培训主题', place: '地点', ours: '我方参训人员',
    theirs: '对方参训人员', namesHint: '每行一人，或用顿号分隔', empty: '暂无联合培训', saved: '已登记联合培训',
  },
  visit: {
    title: '回访与反馈', add: '登记回访', visitedOn: '回访日期', visitors: '回访人员', interviewees: '座谈 / 访谈对象',
    scores: '反馈表评分（1 很不满意 — 5 很满意）', comments: '意见建议', empty: '暂无回访', saved: '已登记回访',
    unscored: '请为“{item}”评分', average: '平均分', results: '回访结果汇总',
  },
  form: { submit: '提交', cancel: '取消', required: '请填写{what}' },
}

export const en: Labels = {
  menu: { group: 'Co-construction', partners: 'Partner units', partner: 'Partner unit', notices: 'Integrity notices' },
  bureau: {
    title: "The bureau's signing key", hint: 'Give this public key (or its fingerprint) to partner units; notices the bureau signs verify with it.',
    fingerprint: 'Key fingerprint (SHA-256)', sm2: 'SM2 key (signs notices to partners with an SM2 key), fingerprint', copy: 'Copy the key', copied: 'Copied',
  },
  partner: {
    name: 'Partner unit', contact: 'Contact', phone: 'Phone', agreementNo: 'Agreement no.', signedOn: 'Signed on',
    term: 'Term', start: 'From', end: 'To', summary: 'Agreement summary', status: 'Status', key: 'Public key',
    noKey: 'No key registered', add: 'Add a partner unit', edit: 'Edit', saved: 'Saved', empty: 'No partner units',
    visits: 'Return visits', average: 'Average score', trainings: 'Joint trainings', noticesOut: 'Notices sent', noticesIn: 'Notices received',
    lastVisit: 'Last visit', keysReplaced: 'Replaced {n} times', archive: 'Archive', archiveReason: 'Reason for archiving', archived: 'Archived', archivedTag: 'Archived',
  },
  key: {
    register: 'Register the key', replace: 'Replace the key', input: 'Public key (Ed25519: base64, hex or PEM; SM2: PEM)', reason: 'Reason for replacing',
    replaceHint: 'Replacing a key is audited; files signed with the old key no longer verify.', done: 'Key registered, fingerprint {fp}',
  },
  notice: {
    title: 'Two-way integrity notices', send: 'Issue a notice', receive: 'Receive a notice file', no: 'Number', subject: 'Title', body: 'Text',
    direction: 'Direction', out: 'Sent', in: 'Received', issuedOn: 'Date', signer: 'Signer', fingerprint: 'Signer fingerprint',
    download: 'Download the signed file', empty: 'No notices', sent: '{no} issued', received: 'Signature verified, {no} received',
    file: 'Notice file', choose: 'Choose a file', fileHint: "A partner's signed notice file (.qfcoop.json); a file whose signature does not verify is refused and not stored.",
    refused: 'File refused', detail: 'Notice', verifiedBy: "Signature checked with the partner's registered key",
    partner: 'Partner unit', all: 'All partners', allDirections: 'Both directions', total: '{n} in all',
  },
  training: {
    title: 'Joint trainings and seminars', add: 'Record a training / seminar', kind: 'Kind', kinds: { training: 'Joint integrity training', seminar: 'Discipline-inspection seminar' }, heldOn: 'Date', topic: 'Topic', place: 'Place', ours: 'Our participants',
    theirs: "Partner's participants", namesHint: 'One name a line, or separated by 、', empty: 'No joint trainings', saved: 'Joint training recorded',
  },
  visit: {
    title: 'Return visits and feedback', add: 'Record a return visit', visitedOn: 'Date', visitors: 'Our visitors', interviewees: 'People heard',
    scores: 'Feedback scores (1 very dissatisfied — 5 very satisfied)', comments: 'Comments', empty: 'No return visits', saved: 'Return visit recorded',
    unscored: 'Please score "{item}"', average: 'Average', results: 'Results of the return visits',
  },
  form: { submit: 'Submit', cancel: 'Cancel', required: 'Please fill in: {what}' },
}
