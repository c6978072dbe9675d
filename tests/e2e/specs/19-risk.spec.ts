// Integrity-risk prevention (廉政风险防控) in the browser, on the demo bureau:
//  - chuzhang (head of 规划处) changes an approved risk point of his department: likelihood
//    5 × impact 4 makes it 一级, and it waits for review again;
//  - jiwei (discipline secretary) returns it with a reason; the reason shows on the page;
//  - the heat map (一级) shows it: the 规划处 × 鉴定评审 cell counts what the server counts;
//  - banzi (committee member overseeing 规划处 and 测绘地理信息处) sees only those in the heat map;
//  - the coverage report shows 信息中心's gap;
//  - zhigong (staff) acknowledges the department's negative list.
import { test, expect, login, logout, shoot, settled, apiSession } from './fixtures'

test.describe.configure({ mode: 'serial' })

const stamp = String(Date.now()).slice(-6)
const point = { id: 0, department_id: 0 }

test.beforeAll(async () => {
  const s = await apiSession('chuzhang')
  const r = await s.get('/risk/points?category=appraisal&page_size=50')
  expect(r.status, JSON.stringify(r.body)).toBe(200)
  // The demo's approved one (returned when a retry runs this again).
  const mine = (r.body.data as any[]).find((p) => p.department_name === '规划处' && p.status !== 'submitted')
  expect(mine, 'a reviewed 鉴定评审 point of 规划处 in the demo').toBeTruthy()
  point.id = mine.id
  point.department_id = mine.department_id
  await s.close()
})

test('a department head updates a risk point and it waits for review', async ({ page }) => {
  await login(page, 'chuzhang')
  await page.goto('/risk/points')
  await expect(page.locator('[data-test="page-risk-points"]')).toBeVisible()
  await settled(page)
  await page.locator(`[data-test="risk-row-${point.id}"]`).click()
  await expect(page.locator('[data-test="page-risk-point"]')).toBeVisible()
  await expect(page.locator('[data-test="risk-detail-status"]')).toHaveAttribute('data-status', /^(approved|returned)$/)
  await page.locator('[data-test="risk-edit"]').click()
  const form = page.locator('.el-dialog:visible')
  await expect(form).toBeVisible()
  await form.locator('[data-test="risk-form-description"]').fill(`规划方案评审中接受设计单位请托（e2e ${stamp}）`)
  await form.locator('[data-test="risk-form-likelihood"] input').fill('5')
  await form.locator('[data-test="risk-form-impact"] input').fill('4')
  await form.locator('[data-test="risk-form-impact"] input').press('Tab')
  await page.locator('[data-test="risk-form-save"]').click()
  await expect(page.locator('[data-test="risk-detail-status"]')).toHaveAttribute('data-status', 'submitted')
  await expect(page.locator('[data-test="risk-detail-level"]')).toHaveText('一级')
  await expect(page.locator('[data-test="risk-detail-description"]')).toContainText(stamp)
  await expect(page.locator('[data-test="risk-history"] [data-action="submit"]').last()).toBeVisible()
  await expect(page.locator('[data-test="risk-approve"]')).toHaveCount(0)
  await settled(page)
  await shoot(page, 'risk-point-submitted')
  await logout(page)
})

test('the discipline committee returns it with a reason', async ({ page }) => {
  await login(page, 'jiwei')
  await page.goto(`/risk/points/${point.id}`)
  await expect(page.locator('[data-test="risk-detail-status"]')).toHaveAttribute('data-status', 'submitted')
  await page.locator('[data-test="risk-return"]').click()
  await page.locator('[data-test="risk-return-input"]').fill(`请细化评审环节的防控措施（${stamp}）`)
  await page.locator('[data-test="risk-return-confirm"]').click()
  await expect(page.locator('[data-test="risk-detail-status"]')).toHaveAttribute('data-status', 'returned')
  await expect(page.locator('[data-test="risk-return-reason"]')).toContainText(stamp)
  await expect(page.locator('[data-test="risk-history"] [data-action="return"]').last()).toContainText(stamp)
  await expect(page.locator('[data-test="risk-return"]')).toHaveCount(0)
  await settled(page)
  await shoot(page, 'risk-point-returned')
  await logout(page)
})

test('the heat map shows it', async ({ page }) => {
  const s = await apiSession('jiwei')
  const heat = await s.get('/risk/heatmap?level=1')
  await s.close()
  expect(heat.status).toBe(200)
  const expected = (heat.body.data.cells as any[])
    .filter((c) => c.department_name === '规划处' && c.category === 'appraisal')
    .reduce((n, c) => n + c.count, 0)
  expect(expected, 'the returned point is 一级 鉴定评审 of 规划处').toBeGreaterThanOrEqual(1)

  await login(page, 'jiwei')
  await page.goto('/risk/heatmap')
  await expect(page.locator('[data-test="page-risk-heatmap"]')).toBeVisible()
  await page.locator('[data-test="heat-level"] label', { hasText: '一级' }).click()
  await expect(page.locator('[data-test="heat-chart"] canvas').first()).toBeVisible()
  const depts = page.locator('[data-test="heat-dept"]')
  await expect(depts.filter({ hasText: /^规划处$/ })).toHaveCount(1)
  const names = await depts.allTextContents()
  const row = names.indexOf('规划处')
  // Columns follow the risk_category dictionary: find 鉴定评审's.
  const headers = await page.locator('[data-test="heat-table"] thead th').allTextContents()
  const col = headers.findIndex((h) => h.trim() === '鉴定评审') - 1
  expect(col).toBeGreaterThanOrEqual(0)
  await expect(page.locator(`[data-test="heat-cell-${row}-${col}"]`)).toHaveText(String(expected))
  await settled(page)
  await shoot(page, 'risk-heatmap')
  await logout(page)
})

test('a committee member sees only the overseen departments', async ({ page }) => {
  await login(page, 'banzi')
  await page.goto('/risk/heatmap')
  await expect(page.locator('[data-test="page-risk-heatmap"]')).toBeVisible()
  await expect(page.locator('[data-test="heat-dept"]').first()).toBeVisible()
  const names = await page.locator('[data-test="heat-dept"]').allTextContents()
  for (const n of names) expect(['规划处', '总体规划科', '详细规划科', '测绘地理信息处']).toContain(n)
  expect(names).toContain('测绘地理信息处')
  await logout(page)
})

test('the coverage report shows the department without a negative list', async ({ page }) => {
  await login(page, 'jiwei')
  await page.goto('/risk/negative-lists')
  await expect(page.locator('[data-test="page-risk-lists"]')).toBeVisible()
  await expect(page.locator('[data-test="coverage-state"]')).toHaveAttribute('data-full', 'false')
  const gap = page.locator('[data-test="coverage-table"] tbody tr', { hasText: '信息中心' })
  await expect(gap.locator('[data-test^="missing-"]')).toBeVisible()
  await settled(page)
  await shoot(page, 'risk-coverage')
  await logout(page)
})

test('staff acknowledge the department negative list', async ({ page }) => {
  await login(page, 'zhigong')
  await page.goto('/risk/mine')
  await expect(page.locator('[data-test="page-risk-mine"]')).toBeVisible()
  await expect(page.locator('[data-test="mine-list-items"] li').first()).toBeVisible()
  await page.locator('[data-test="mine-list-ack"]').click()
  await expect(page.locator('[data-test="mine-list-done"]')).toBeVisible()
  await settled(page)
  await shoot(page, 'risk-mine')
})
