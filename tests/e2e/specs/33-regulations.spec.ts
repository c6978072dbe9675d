// The regulation library (制度库): the discipline secretary (jiwei) adds a regulation for
// everyone to read, is stopped when the text is missing, then issues a new version — the
// first stays readable as 已被修订; a staff member (zhigong) finds it among the
// regulations waiting for them, searches it by its 文号 and acknowledges it; the
// secretary sees the acknowledgement per department and downloads it as XLSX in the
// ledger layout; an administrator has no menu entry and gets 403.
import { test, expect, login, logout, shoot, settled, apiSession, pickOption, serverCivilToday } from './fixtures'
import { readSheet } from './xlsx'

test.describe.configure({ mode: 'serial' })

const suffix = String(Date.now()).slice(-6)
const title = `差旅费管理办法 e2e${suffix}`
const docNumber = `自然资发〔2026〕${suffix}号`
let regulationId = 0

async function fillDate(page: import('@playwright/test').Page, testId: string, value: string) {
  const input = page.locator(`[data-test="${testId}"] input, input[data-test="${testId}"]`).first()
  await input.fill(value)
  await input.press('Enter')
}

test('the discipline committee adds a regulation and issues a new version', async ({ page }) => {
  const today = await serverCivilToday()
  await login(page, 'jiwei')
  await page.locator('[data-test="menu-regulations"]').click()
  await expect(page.locator('[data-test="page-regulations"]')).toBeVisible()
  await settled(page)
  await page.locator('[data-test="regulation-add"]').click()
  await expect(page.locator('[data-test="regulation-dialog"]')).toBeVisible()
  await pickOption(page, 'regulation-category', '财务支出')
  await page.locator('[data-test="regulation-title"]').fill(title)
  await page.locator('[data-test="regulation-doc-number"]').fill(docNumber)
  await page.locator('[data-test="regulation-issuing-body"]').fill('局办公室')
  await fillDate(page, 'regulation-effective-on', today)
  await page.locator('[data-test="regulation-audience-mode"] label', { hasText: '全体干部职工' }).click()
  // Without the text the form says which field is missing and keeps what was typed.
  await page.locator('[data-test="regulation-save"]').click()
  await expect(page.locator('[data-test="regulation-form-error"]')).toContainText('制度全文')
  await page.locator('[data-test="regulation-full-text"]').fill('第一条 出差住宿费在规定标准内据实报销。\n第二条 不得借出差之机游山玩水。')
  await page.locator('[data-test="regulation-save"]').click()
  await expect(page.locator('[data-test="page-regulation"]')).toBeVisible()
  await settled(page)
  await expect(page.locator('[data-test="regulation-heading"]')).toHaveText(`《${title}》（${docNumber}）`)
  await expect(page.locator('[data-test="regulation-status"]')).toHaveText('现行有效')
  regulationId = Number(page.url().match(/regulations\/(\d+)/)![1])

  // A new version the same day: the first becomes 已被修订 and stays readable.
  await page.locator('[data-test="regulation-revise"]').click()
  await expect(page.locator('[data-test="regulation-dialog"]')).toBeVisible()
  await page.locator('[data-test="regulation-doc-number"]').fill(`自然资发〔2026〕${suffix}-1号`)
  await fillDate(page, 'regulation-effective-on', today)
  await page.locator('[data-test="regulation-full-text"]').fill('第一条 出差住宿费在规定标准内据实报销，超标准部分一律自理。')
  await page.locator('[data-test="regulation-change-note"]').fill('明确超标准部分自理')
  await page.locator('[data-test="regulation-save"]').click()
  await expect(page.locator('.el-message--success', { hasText: '已发布第2版' })).toBeVisible()
  await settled(page)
  const history = page.locator('[data-test="regulation-history"] tbody tr')
  await expect(history).toHaveCount(2)
  await expect(history.nth(0)).toContainText('现行有效')
  await expect(history.nth(1)).toContainText('已被修订')
  await expect(page.locator('[data-test="regulation-text"]')).toContainText('超标准部分一律自理')
  await page.locator('[data-test="regulation-version-1"]').click()
  await expect(page.locator('[data-test="regulation-version-text"]')).toContainText('不得借出差之机游山玩水')
  await shoot(page, 'regulation-versions')
  await page.keyboard.press('Escape')
  await logout(page)
})

test('a staff member finds the regulation by its number and acknowledges it', async ({ page }) => {
  await login(page, 'zhigong')
  await expect(page.locator('[data-test="menu-regulations"]')).toBeVisible()
  await page.locator('[data-test="menu-regulations"]').click()
  await expect(page.locator('[data-test="page-regulations"]')).toBeVisible()
  await page.locator('[data-test="regulations-ack"] label', { hasText: '待我阅知' }).click()
  await page.locator('[data-test="regulations-q"]').fill(`〔2026〕${suffix}-1`)
  await page.locator('[data-test="regulations-search"]').click()
  await settled(page)
  const rows = page.locator('[data-test="regulations-table"] tbody tr')
  await expect(rows).toHaveCount(1)
  await expect(rows.first()).toContainText(title)
  // A literal % matches no number here (a wildcard would match them all).
  await page.locator('[data-test="regulations-q"]').fill(`${suffix}%`)
  await page.locator('[data-test="regulations-search"]').click()
  await settled(page)
  await expect(page.locator('[data-test="regulations-table"] tbody tr')).toHaveCount(0)
  await page.locator('[data-test="regulations-q"]').fill(`〔2026〕${suffix}-1`)
  await page.locator('[data-test="regulations-search"]').click()
  await settled(page)
  await rows.first().locator('[data-test="regulations-link"]').click()
  await expect(page.locator('[data-test="page-regulation"]')).toBeVisible()
  await settled(page)
  // Staff see no acknowledgement table and no committee actions.
  await expect(page.locator('[data-test="regulation-completion"]')).toHaveCount(0)
  await expect(page.locator('[data-test="regulation-revise"]')).toHaveCount(0)
  await page.locator('[data-test="regulation-acknowledge"]').click()
  await expect(page.locator('[data-test="regulation-my-state"]')).toContainText('已于')
  await shoot(page, 'regulation-acknowledged')
  await logout(page)
})

test('the committee sees the acknowledgement per department and exports it', async ({ page }) => {
  await login(page, 'jiwei')
  await page.goto(`/regulations/${regulationId}`)
  await expect(page.locator('[data-test="page-regulation"]')).toBeVisible()
  await settled(page)
  await expect(page.locator('[data-test="regulation-completion"] tbody tr').first()).toBeVisible()
  const total = await page.locator('[data-test="regulation-completion-total"]').innerText()
  expect(total).toMatch(/已确认 1 人/)
  const downloading = page.waitForEvent('download')
  await page.locator('[data-test="export-link"]').click()
  const file = test.info().outputPath('regulation-ack.xlsx')
  await (await downloading).saveAs(file)
  const sheet = await readSheet(file)
  expect(sheet[0][0]).toContain('制度阅知确认情况统计表')
  expect(sheet[1][0]).toContain(title)
  expect(sheet[2]).toEqual(['序号', '部门', '应阅知人数', '已确认人数', '未确认人数', '完成率'])
  expect(sheet[sheet.length - 1][0]).toMatch(/已确认 1 人/)
  await logout(page)
})

test('an administrator has no regulation library', async ({ page }) => {
  await login(page, 'sysadmin')
  await expect(page.locator('[data-test="menu-regulations"]')).toHaveCount(0)
  const admin = await apiSession('sysadmin')
  expect((await admin.get('/regulations')).status).toBe(403)
  expect((await admin.get(`/regulations/${regulationId}`)).status).toBe(403)
  await admin.close()
})
