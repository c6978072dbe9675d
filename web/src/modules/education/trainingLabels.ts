// Labels of training with quizzes (t('education.training.…')), the same keys in both languages.
import type { Labels } from '../types'

export const trainingZh: Labels = {
  menu: { my: '我的培训', courses: '廉政培训课程', course: '培训课程', certificate: '结业证书' },
  kind: { new_staff: '新入职人员廉政培训', young_cadre: '年轻干部培训', general: '其他廉政培训' },
  qkind: { single: '单选题', multiple: '多选题', judge: '判断题' },
  course: {
    title: '课程名称', kind: '培训类别', materials: '学习材料', rule: '测试规则',
    ruleText: '每次随机抽取 {n} 题，{mark} 分合格（满分 100），首次不合格可补考 {retakes} 次',
    questionCount: '每次抽题数', passMark: '合格分数', retakes: '允许补考次数', autoNewStaff: '自动分配给新入职人员',
    autoNewStaffHint: '此后新增到组织机构中的人员将自动分配本课程', audience: '培训对象', bank: '题库', bankSize: '题库题数',
    assigned: '应参训', passed: '已合格', create: '建立培训课程', created: '已建立培训课程，培训对象 {n} 人', empty: '暂无培训课程',
    myEmpty: '暂无分配给您的培训', assignNone: '暂不分配（可稍后追加）', everyone: '全体干部职工', departments: '按部门', roles: '按角色',
    required: '请填写{what}', progress: '培训完成情况',
  },
  my: {
    state: '我的状态', pending: '待完成', passed: '已合格', failedOut: '未合格（测试次数已用完）', attempts: '已测试 {n} 次，还可测试 {left} 次',
    best: '最高分', certificate: '查看结业证书', start: '开始测试', resume: '继续测试', all: '全部', noAttempts: '测试次数已用完，请联系培训组织部门',
    bankTooSmall: '题库题数少于抽题数，暂不能测试',
  },
  quiz: {
    title: '第 {n} 次测试', submit: '交卷', confirmSubmit: '还有第 {list} 题未作答，未作答的题计为答错。确定交卷？',
    confirmTitle: '确认交卷', score: '得分', correct: '答对 {n} / {total} 题', passedText: '测试合格', failedText: '测试未合格',
    yourChoice: '您的选择', answer: '正确答案', explanation: '解析', right: '正确', wrong: '错误', none: '未作答', retake: '补考',
  },
  completion: {
    department: '部门', assigned: '应参训人数', passed: '已合格人数', failed: '测试未合格人数', notStarted: '未参加测试人数', rate: '合格率',
    total: '合计：应参训 {assigned} 人，已合格 {passed} 人，测试未合格 {failed} 人，未参加测试 {notStarted} 人，合格率 {rate}',
    people: '培训对象明细', name: '姓名', source: '分配方式', sourceAudience: '指定', sourceNewStaff: '新入职自动分配', attempts: '测试次数',
    best: '最高分', certNo: '证书编号', empty: '您的数据范围内没有培训对象',
  },
  question: {
    add: '增加试题', kind: '题型', stem: '题干', options: '选项（每行一项）', answer: '正确答案', answerHint: '填选项字母，多选如 ACD', judgeAnswer: '正确答案',
    explanation: '解析', added: '已增加 {n} 道试题', template: '下载导入模板', import: '从 XLSX 导入', empty: '题库暂无试题', true: '正确', false: '错误',
  },
  cert: {
    heading: '结业证书', body: '{name} 同志：', text: '参加 {course}，经测试合格，准予结业。', number: '证书编号', score: '测试成绩',
    date: '结业日期', print: '打印', department: '所在部门',
  },
}

export const trainingEn: Labels = {
  menu: { my: 'My training', courses: 'Integrity training', course: 'Training course', certificate: 'Certificate' },
  kind: { new_staff: 'New staff integrity training', young_cadre: 'Young cadres training', general: 'Other integrity training' },
  qkind: { single: 'Single choice', multiple: 'Multiple choice', judge: 'True / false' },
  course: {
    title: 'Course', kind: 'Kind', materials: 'Materials', rule: 'Quiz rule',
    ruleText: '{n} questions drawn at random per attempt, {mark} to pass (out of 100), {retakes} retakes after a first fail',
    questionCount: 'Questions per attempt', passMark: 'Pass mark', retakes: 'Retakes allowed', autoNewStaff: 'Assign to new staff automatically',
    autoNewStaffHint: 'People added to the organisation from now on get this course', audience: 'Trainees', bank: 'Question bank', bankSize: 'Bank size',
    assigned: 'Assigned', passed: 'Passed', create: 'Create a course', created: 'Course created for {n} people', empty: 'No courses',
    myEmpty: 'No training assigned to you', assignNone: 'Nobody yet (add later)', everyone: 'Everyone', departments: 'Departments', roles: 'Roles',
    required: 'Please fill in: {what}', progress: 'Completion',
  },
  my: {
    state: 'My status', pending: 'To complete', passed: 'Passed', failedOut: 'Not passed (no attempts left)', attempts: '{n} attempts, {left} left',
    best: 'Best score', certificate: 'Certificate', start: 'Start the quiz', resume: 'Continue the quiz', all: 'All', noAttempts: 'No attempts left: contact the organisers',
    bankTooSmall: 'The bank is smaller than the draw: no quiz yet',
  },
  quiz: {
    title: 'Attempt {n}', submit: 'Submit', confirmSubmit: 'Questions {list} are unanswered and count as wrong. Submit?',
    confirmTitle: 'Submit', score: 'Score', correct: '{n} of {total} right', passedText: 'Passed', failedText: 'Not passed',
    yourChoice: 'Your choice', answer: 'Answer', explanation: 'Explanation', right: 'Right', wrong: 'Wrong', none: 'Not answered', retake: 'Retake',
  },
  completion: {
    department: 'Department', assigned: 'Assigned', passed: 'Passed', failed: 'Tested, not passed', notStarted: 'Not tested', rate: 'Pass rate',
    total: 'Total: {assigned} assigned, {passed} passed, {failed} not passed, {notStarted} not tested, {rate}',
    people: 'Trainees', name: 'Name', source: 'How assigned', sourceAudience: 'Assigned', sourceNewStaff: 'New staff (automatic)', attempts: 'Attempts',
    best: 'Best score', certNo: 'Certificate', empty: 'No trainees in your data scope',
  },
  question: {
    add: 'Add a question', kind: 'Kind', stem: 'Question', options: 'Options (one a line)', answer: 'Answer', answerHint: 'Option letters, e.g. ACD', judgeAnswer: 'Answer',
    explanation: 'Explanation', added: '{n} questions added', template: 'Import template', import: 'Import from XLSX', empty: 'The bank is empty', true: 'True', false: 'False',
  },
  cert: {
    heading: 'Certificate of completion', body: 'To {name}:', text: 'has completed {course} and passed its quiz.', number: 'Number', score: 'Score',
    date: 'Completed on', print: 'Print', department: 'Department',
  },
}
