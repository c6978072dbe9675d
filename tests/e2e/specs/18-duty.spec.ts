// Two responsibilities (两个责任) in the browser, on the demo bureau's tasks:
//  - chuzhang (规划处 head) sees only 规划处's tasks (and its sections'), the overdue one
//    marked 已逾期, and reports progress on one of them: the state, the progress and
//    the report history change on the page and on the server.
//  - banzi (committee member overseeing 规划处 and 测绘地理信息处) sees only those
//    departments' tasks; a task of another department opened by its address answers
//    like an absent one; he has no progress form.
//  - renshi (HR) finds banzi's overseen departments on the 分管部门 page.
// Changes one demo task's progress; no other spec looks at duty tasks.
import { test, expect, login, shoot, settled, apiSession } from './fixtures'

test.describe.configure({ mode: 'serial' })

const stamp = String(Date.now()).slice(-6)
const OVERSEEN = ['规划处', '总体规划科', '详细规划科', '测绘地理信息处', '测绘地理信息处']
const HEAD_OF = ['规划处', '总体规划科', '详细规划科']

test('chuzhang: sees his department\'s tasks and reports progress on one', async ({ page }) => {
  const s = await apiSession('chuzhang')
  const list = await s.get('/duty/tasks?page_size=200')
  expect(list.status).toBe(200)
  const tasks = list.body.data as any[]
  expect(tasks.length).toBeGreaterThan(0)
  for (const t of tasks) expect(HEAD_OF).toContain(t.department_name)
  expect(tasks.some((t) => t.state === 'overdue')).toBe(true)
  const target = tasks.find((t) => t.may_report && t.state === 'not_started')
  expect(target, 'a not-started task of 规划处').toBeTruthy()
  await s.close()

  await login(page, 'chuzhang')
  await page.goto('/duty/tasks')
  await expect(page.locator('[data-test="page-duty-tasks"]')).toBeVisible()
  await settled(page)
  const rows = page.locator('[data-test="duty-task-row"]')
  await expect(rows).toHaveCount(tasks.length)
  for (const d of await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-department')))) expect(HEAD_OF).toContain(d)
  await expect(page.locator('[data-test="duty-task-row"][data-state="overdue"]').first()).toBeVisible()
  await shoot(page, 'duty-tasks-chuzhang')

  await page.locator('[data-test="duty-task-row"]', { hasText: target.title }).click()
  await expect(page).toHaveURL(new RegExp(`/duty/tasks/${target.id}$`))
  await expect(page.locator('[data-test="duty-task-state"]')).toHaveAttribute('data-state', 'not_started')
  const content = `e2e 已完成排查方案（${stamp}）`
  await page.locator('textarea[data-test="duty-report-content"], [data-test="duty-report-content"] textarea').fill(content)
  await page.locator('[data-test="duty-report-progress"] input, input[data-test="duty-report-progress"]').fill('35')
  await page.locator('[data-test="duty-report-submit"]').click()
  await expect(page.locator('.el-message--success')).toBeVisible()
  await expect(page.locator('[data-test="duty-task-state"]')).toHaveAttribute('data-state', 'in_progress')
  await expect(page.locator('[data-test="duty-task-progress"]')).toHaveText('35%')
  await expect(page.locator('[data-test="duty-report-table"]')).toContainText(content)
  await shoot(page, 'duty-task-reported')

  const after = await apiSession('chuzhang')
  const detail = await after.get(`/duty/tasks/${target.id}`)
  expect(detail.status).toBe(200)
  expect(detail.body.data.progress).toBe(35)
  expect(detail.body.data.progress_reports[0].content).toBe(content)
  await after.close()
})

test('banzi: sees only the overseen departments\' tasks', async ({ page }) => {
  const all = await apiSession('dangwei')
  const everything = (await all.get('/duty/tasks?page_size=200')).body.data as any[]
  await all.close()
  const outside = everything.find((t) => !OVERSEEN.includes(t.department_name))
  expect(outside, 'a task outside 规划处 and 测绘地理信息处').toBeTruthy()
  const inside = everything.filter((t) => OVERSEEN.includes(t.department_name))
  expect(inside.length).toBeGreaterThan(0)

  await login(page, 'banzi')
  await page.goto('/duty/tasks')
  await settled(page)
  const rows = page.locator('[data-test="duty-task-row"]')
  await expect(rows).toHaveCount(inside.length)
  const shown = await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-department')))
  for (const d of shown) expect(OVERSEEN).toContain(d)
  expect(shown).toContain('测绘地理信息处')
  await expect(rows.filter({ hasText: outside.title })).toHaveCount(0)
  await shoot(page, 'duty-tasks-banzi')

  // Another department's task by its address: like an absent one.
  await page.goto(`/duty/tasks/${outside.id}`)
  await expect(page.locator('[data-test="duty-task-error"]')).toContainText('任务不存在')
  // His own overseen department's task: visible, without the progress form.
  await page.goto(`/duty/tasks/${inside[0].id}`)
  await expect(page.locator('[data-test="duty-task-title"]')).toHaveText(inside[0].title)
  await expect(page.locator('[data-test="duty-report-form"]')).toHaveCount(0)
})

test('renshi: the oversight page lists banzi\'s departments', async ({ page }) => {
  const s = await apiSession('banzi')
  const personId = s.me.person_id as number
  await s.close()
  await login(page, 'renshi')
  await page.goto('/duty/oversight')
  await settled(page)
  const cell = page.locator(`[data-test="duty-oversight-${personId}"]`)
  await expect(cell).toContainText('规划处')
  await expect(cell).toContainText('测绘地理信息处')
  await shoot(page, 'duty-oversight')
})
