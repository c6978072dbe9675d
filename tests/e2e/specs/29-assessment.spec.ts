// Year-end assessment (年度考核) and the committee's meetings in the browser, on the demo
// bureau (two demo departments of this year are left unscored):
//  - jijian (discipline committee member) scores an unscored department 100 on every
//    item; the page ranks it first (加权总分 100.00) and the server agrees.
//  - banzi (committee member overseeing 规划处 and 测绘地理信息处) sees only those rows.
//  - dangwei (Party secretary) turns the hearing's second decision into a task of
//    办公室; the decision links to the task and the task names the meeting.
// Changes one department's scores and adds one task; 18-duty counts tasks through the
// API and the page alike, so it is unaffected.
import { test, expect, login, shoot, settled, apiSession, pickOption } from './fixtures'

test.describe.configure({ mode: 'serial' })

const OVERSEEN = ['规划处', '测绘地理信息处']

test('jijian: scores a department and sees it ranked', async ({ page }) => {
  const s = await apiSession('jijian')
  const before = await s.get('/duty/assessment')
  expect(before.status).toBe(200)
  const a = before.body.data
  expect(a.items.length).toBeGreaterThan(1)
  expect(a.may_score).toBe(true)
  const unscored = (a.rows as any[]).find((r) => r.scored === 0)
  expect(unscored, 'a department the demo left unscored').toBeTruthy()
  const ranked = (a.rows as any[]).filter((r) => r.rank !== null)
  expect(ranked.length).toBeGreaterThan(1)
  await s.close()

  await login(page, 'jijian')
  await page.goto('/duty/assessment')
  await expect(page.locator('[data-test="page-duty-assessment"]')).toBeVisible()
  await settled(page)
  await expect(page.locator('[data-test="assess-row"]')).toHaveCount(a.rows.length)
  await expect(page.locator(`[data-test="assess-row"][data-department="${unscored.department_name}"]`)).toHaveAttribute('data-rank', '')
  await page.locator(`[data-test="assess-score-${unscored.department_name}"]`).click()
  const dialog = page.locator('[data-test="assess-score-dialog"]')
  await expect(dialog).toBeVisible()
  for (let k = 0; k < a.items.length; k++) {
    const input = page.locator(`[data-test="assess-score-input-${k}"] input`)
    await input.fill('100')
    await input.press('Tab')
  }
  await page.locator('[data-test="assess-comment-0"] input, input[data-test="assess-comment-0"]').fill('e2e 责任落实到位')
  await expect(page.locator('[data-test="assess-score-preview"]')).toContainText('100.00')
  await page.locator('[data-test="assess-score-save"]').click()
  await expect(page.locator('.el-message--success')).toBeVisible()
  const row = page.locator(`[data-test="assess-row"][data-department="${unscored.department_name}"]`)
  await expect(row).toHaveAttribute('data-rank', '1')
  await expect(row).toHaveAttribute('data-total', '100.00')
  // The table is in rank order: its first row is ranked first.
  await expect(page.locator('[data-test="assess-row"]').first()).toHaveAttribute('data-rank', '1')
  await shoot(page, 'duty-assessment-scored')

  const after = await apiSession('dangwei')
  const now = (await after.get('/duty/assessment')).body.data
  const mine = (now.rows as any[]).find((r) => r.department_id === unscored.department_id)
  expect(mine.rank).toBe(1)
  expect(mine.total_text).toBe('100.00')
  expect(mine.scored).toBe(a.items.length)
  expect(mine.scores[String(a.items[0].id)].comment).toBe('e2e 责任落实到位')
  await after.close()

  // The chain: work points with the items assessing them.
  await page.getByRole('tab', { name: '四同落实' }).click()
  await expect(page.locator('[data-test="assess-chain-item"]').first()).toBeVisible()
})

test('banzi: sees only the overseen departments in the ranking', async ({ page }) => {
  await login(page, 'banzi')
  await page.goto('/duty/assessment')
  await settled(page)
  const rows = page.locator('[data-test="assess-row"]')
  await expect(rows.first()).toBeVisible()
  const shown = await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-department')))
  expect(shown.length).toBeGreaterThan(0)
  for (const d of shown) expect(OVERSEEN).toContain(d)
  await expect(page.locator('[data-test^="assess-score-"]')).toHaveCount(0)
  await shoot(page, 'duty-assessment-banzi')
})

test('dangwei: a meeting decision becomes a task in one step', async ({ page }) => {
  const s = await apiSession('dangwei')
  const meetings = (await s.get('/duty/meetings')).body.data as any[]
  const hearing = meetings.find((m) => m.kind === 'report_hearing')
  expect(hearing, 'the demo hearing of the discipline committee report').toBeTruthy()
  const detail = (await s.get(`/duty/meetings/${hearing.id}`)).body.data
  expect(detail.decisions[0].task_id).not.toBeNull()  // the demo made the first one a task
  const open = (detail.decisions as any[]).find((d) => d.task_id === null)
  expect(open).toBeTruthy()
  const points = (await s.get('/duty/work-points')).body.data as any[]
  expect(points.length).toBeGreaterThan(0)
  const deadline = `${new Date().getFullYear() + 1}-03-31`
  await s.close()

  await login(page, 'dangwei')
  await page.goto('/duty/meetings')
  await settled(page)
  await page.locator('[data-test="meeting-row"]', { hasText: hearing.title }).click()
  await expect(page).toHaveURL(new RegExp(`/duty/meetings/${hearing.id}$`))
  await expect(page.locator('[data-test="meeting-detail"]')).toContainText(hearing.title)
  await expect(page.locator(`[data-test="meeting-decision-task-1"] a`)).toBeVisible()
  await page.locator(`[data-test="meeting-to-task-${open.sort_order}"]`).click()
  await expect(page.locator('[data-test="meeting-task-dialog"]')).toBeVisible()
  await pickOption(page, 'meeting-task-point', points[0].title)
  await page.locator('[data-test="meeting-task-department"] .el-select').click()
  await page.locator('.el-select-dropdown:visible .el-select-dropdown__item', { hasText: /^办公室$/ }).first().click()
  const date = page.locator('[data-test="meeting-task-deadline"] input, input[data-test="meeting-task-deadline"]').first()
  await date.fill(deadline)
  await date.press('Enter')
  await page.locator('[data-test="meeting-task-save"]').click()
  await expect(page.locator('.el-message--success')).toBeVisible()
  const cell = page.locator(`[data-test="meeting-decision-task-${open.sort_order}"]`)
  await expect(cell.locator('a')).toHaveText(open.content.slice(0, 200))
  await expect(cell).toContainText('办公室')
  await shoot(page, 'duty-meeting-decision-task')

  const taskId = Number(await cell.getAttribute('data-task'))
  expect(taskId).toBeGreaterThan(0)
  await cell.locator('a').click()
  await expect(page).toHaveURL(new RegExp(`/duty/tasks/${taskId}$`))
  await expect(page.locator('[data-test="duty-task-source"]')).toHaveAttribute('data-meeting', String(hearing.id))
  const check = await apiSession('dangwei')
  const task = (await check.get(`/duty/tasks/${taskId}`)).body.data
  expect(task.department_name).toBe('办公室')
  expect(task.deadline_date).toBe(deadline)
  expect(task.source.decision_id).toBe(open.id)
  await check.close()
})
