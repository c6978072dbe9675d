// Training with quizzes: a staff member (zhigong) sees 待完成培训 on the home page, opens
// the demo's young cadres' course from 我的培训, reads the materials, takes the quiz —
// the questions come from the server without their answers; the answers are looked up
// through the committee's question bank (jiwei) — passes and sees the certificate with
// its number. The committee then sees the pass in the completion per department. The
// three administrators cannot open the course. Passes one course for zhigong.
import { test, expect, login, logout, shoot, settled, apiSession } from './fixtures'

test.describe.configure({ mode: 'serial' })

const course = { id: 0, title: '' }
const key = new Map<number, string>() // question id → answer letters
let passedBefore = 0

test.beforeAll(async () => {
  const s = await apiSession('zhigong')
  const r = await s.get('/education/training/courses?status=pending&page_size=50')
  await s.close()
  expect(r.status, JSON.stringify(r.body)).toBe(200)
  const pending = r.body.data as any[]
  expect(pending.length, 'the demo leaves a course for zhigong to complete').toBeGreaterThan(0)
  Object.assign(course, { id: pending[0].id, title: pending[0].title })
  const jiwei = await apiSession('jiwei')
  const bank = await jiwei.get(`/education/training/courses/${course.id}/questions`)
  const c = await jiwei.get(`/education/training/courses/${course.id}`)
  await jiwei.close()
  expect(bank.status, JSON.stringify(bank.body)).toBe(200)
  for (const q of bank.body.data as any[]) key.set(q.id, q.answer)
  passedBefore = c.body.data.passed
})

test('zhigong takes the quiz of the assigned course, passes and sees the certificate', async ({ page }) => {
  await login(page, 'zhigong')
  const line = page.locator('[data-test="pending-education.training_pending"]')
  await expect(line).toBeVisible()
  await expect(line).toContainText('待完成培训')
  await line.locator('a').click()
  await expect(page.locator('[data-test="page-training-my"]')).toBeVisible()
  await settled(page)
  const row = page.locator('[data-test="training-my-table"] tbody tr', { hasText: course.title })
  await expect(row).toHaveCount(1)
  await expect(row).toContainText('待完成')
  await shoot(page, 'training-my')
  await row.locator('[data-test="training-course-link"]').click()
  await expect(page.locator('[data-test="page-training-course"]')).toBeVisible()
  await expect(page.locator('[data-test="course-heading"]')).toContainText(course.title)
  await expect(page.locator('[data-test="course-materials"]')).not.toBeEmpty()
  // Staff see the course, not other people's progress nor the bank.
  await expect(page.locator('[data-test="training-completion-table"]')).toHaveCount(0)
  await expect(page.locator('[data-test="question-bank"]')).toHaveCount(0)

  // The server draws the questions; the response carries no answers.
  const started = page.waitForResponse((r) => r.url().includes(`/education/training/courses/${course.id}/attempts`))
  await page.locator('[data-test="quiz-start"]').click()
  const body = await (await started).json()
  expect(JSON.stringify(body)).not.toContain('"answer"')
  expect(JSON.stringify(body)).not.toContain('"explanation"')
  const questions = body.data.questions as any[]
  expect(questions.length).toBeGreaterThan(0)
  await expect(page.locator('[data-test="quiz"] li.question')).toHaveCount(questions.length)
  await shoot(page, 'training-quiz')
  for (const q of questions) {
    const answer = key.get(q.id)
    expect(answer, `question ${q.id} in the bank`).toBeTruthy()
    for (const l of answer!.split('')) await page.locator(`[data-test="option-${q.id}-${l}"]`).click()
  }
  await page.locator('[data-test="quiz-submit"]').click()
  await expect(page.locator('[data-test="quiz-result"]')).toHaveText('测试合格')
  await expect(page.locator('[data-test="quiz-score"]')).toContainText('100')
  // With the result come the answers and explanations.
  await expect(page.locator(`[data-test="verdict-${questions[0].id}"]`)).toContainText('正确答案')
  await settled(page)
  await shoot(page, 'training-result')

  await page.locator('[data-test="quiz-certificate"]').click()
  await expect(page.locator('[data-test="page-training-certificate"]')).toBeVisible()
  await expect(page.locator('[data-test="certificate-number"]')).toContainText(/廉培证〔\d{4}〕第\d{4}号/)
  await expect(page.locator('[data-test="certificate-text"]')).toContainText(course.title)
  await expect(page.locator('[data-test="certificate-text"]')).toContainText('准予结业')
  await settled(page)
  await shoot(page, 'training-certificate')
  // The course left the pending list and the home page.
  await page.goto('/education/training/my?status=pending')
  await settled(page)
  await expect(page.locator('[data-test="training-my-table"] tbody tr', { hasText: course.title })).toHaveCount(0)
  await logout(page)
})

test('the discipline committee sees one more pass in the completion per department', async ({ page }) => {
  const jiwei = await apiSession('jiwei')
  const c = await jiwei.get(`/education/training/courses/${course.id}`)
  await jiwei.close()
  expect(c.body.data.passed).toBe(passedBefore + 1)
  await login(page, 'jiwei')
  await page.goto(`/education/training/courses/${course.id}`)
  await expect(page.locator('[data-test="page-training-course"]')).toBeVisible()
  await settled(page)
  await expect(page.locator('[data-test="training-completion-table"] tbody tr').first()).toBeVisible()
  await expect(page.locator('[data-test="training-completion-total"]')).toContainText(`已合格 ${passedBefore + 1} 人`)
  await expect(page.locator('[data-test="question-table"] tbody tr')).toHaveCount(key.size)
  await shoot(page, 'training-completion')
  await page.goto('/education/training/courses')
  await expect(page.locator('[data-test="page-training-courses"]')).toBeVisible()
  await settled(page)
  await expect(page.locator('[data-test="training-courses-table"] tbody tr')).toHaveCount(2)
  await logout(page)
})

test('the administrators cannot open the course', async () => {
  for (const admin of ['sysadmin', 'secadmin', 'auditor']) {
    const s = await apiSession(admin)
    const r = await s.get(`/education/training/courses/${course.id}`)
    await s.close()
    expect(r.status, admin).toBe(403)
  }
})
