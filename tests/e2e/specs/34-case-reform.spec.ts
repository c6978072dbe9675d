// Case-driven reform (以案促改): the discipline secretary (jiwei) issues a reform notice from
// one of the demo's closed clues to 规划处 — stopped first when a department's measure is
// incomplete — and sees the clue's number as its source; the head of 规划处 (chuzhang)
// finds the notice, sees neither the clue's number nor its matter, and gives the
// department's feedback through the ledger (completion with evidence); an administrator
// gets 403.
import { test, expect, login, logout, shoot, settled, apiSession } from './fixtures'

test.describe.configure({ mode: 'serial' })

const suffix = String(Date.now()).slice(-6)
const title = `关于以审批环节典型问题为鉴深化以案促改的通知 e2e${suffix}`
let clueNumber = ''
let reformId = 0

test.beforeAll(async () => {
  const jiwei = await apiSession('jiwei')
  const sources = (await jiwei.get('/inspections/case-reforms/sources')).body.data
  expect(sources.clues.length, 'the demo has closed clues the discipline secretary sees').toBeGreaterThan(0)
  clueNumber = sources.clues[0].number
  await jiwei.close()
})

test('the discipline secretary issues a reform notice from a closed clue', async ({ page }) => {
  const deadline = new Date(Date.now() + (8 * 3600 + 40 * 86400) * 1000).toISOString().slice(0, 10)
  await login(page, 'jiwei')
  await page.locator('[data-test="menu-case-reforms"]').click()
  await expect(page.locator('[data-test="page-case-reforms"]')).toBeVisible()
  await settled(page)
  await page.locator('[data-test="reform-issue"]').click()
  await expect(page.locator('[data-test="reform-dialog"]')).toBeVisible()
  await page.locator('[data-test="reform-clue"]').first().click()
  await page.locator('.el-select-dropdown:visible .el-select-dropdown__item', { hasText: clueNumber }).first().click()
  await page.locator('[data-test="reform-title"]').fill(title)
  await page.locator('[data-test="reform-summary"]').fill('某审批岗位工作人员在建设用地审批中接受申请单位宴请，受到批评教育')
  await page.locator('[data-test="reform-loopholes"]').fill('审批事项一人经办、缺少复核；与申请单位接触缺少报备')
  // No department chosen yet: the form says so and keeps what was typed.
  await page.locator('[data-test="reform-save"]').click()
  await expect(page.locator('[data-test="reform-form-error"]')).toContainText('责任部门')
  await page.locator('.el-select[data-test="reform-department-0"]').click()
  await page.getByRole('option', { name: '规划处', exact: true }).first().click()
  await page.locator('[data-test="reform-problem-0"]').fill('建设用地审批一人经办，缺少复核')
  await page.locator('[data-test="reform-suggestion-0"]').fill('建立审批双人复核和与申请单位接触报备制度')
  const date = page.locator('[data-test="reform-deadline-0"] input').first()
  await date.fill(deadline)
  await date.press('Enter')
  await page.locator('[data-test="reform-save"]').click()
  await expect(page.locator('[data-test="page-case-reform"]')).toBeVisible()
  await settled(page)
  await expect(page.locator('[data-test="reform-heading"]')).toContainText('以案促改第')
  await expect(page.locator('[data-test="reform-source"]')).toContainText(clueNumber)
  await expect(page.locator('[data-test="reform-items"] tbody tr')).toHaveCount(1)
  reformId = Number(page.url().match(/case-reforms\/(\d+)/)![1])
  await shoot(page, 'case-reform-issued')
  await logout(page)
})

test('the department sees the notice without the clue and reports its rectification', async ({ page }) => {
  await login(page, 'chuzhang')
  await page.locator('[data-test="menu-case-reforms"]').click()
  await expect(page.locator('[data-test="page-case-reforms"]')).toBeVisible()
  await settled(page)
  const row = page.locator('[data-test="reforms-table"] tbody tr', { hasText: title })
  await expect(row).toHaveCount(1)
  await row.locator('[data-test="reforms-link"]').click()
  await expect(page.locator('[data-test="page-case-reform"]')).toBeVisible()
  await settled(page)
  await expect(page.locator('[data-test="reform-source"]')).toContainText('仅限承办人员查看')
  const text = await page.locator('[data-test="page-case-reform"]').innerText()
  expect(text).not.toContain(clueNumber)
  await page.locator('[data-test="reform-item-link"]').first().click()
  await expect(page.locator('[data-test="page-rectification-item"]')).toBeVisible()
  await expect(page.locator('[data-test="item-state"]')).toContainText('整改中')
  await page.locator('[data-test="item-action-report"]').click()
  await page.locator('[data-test="item-note"]').fill('已制定审批双人复核制度并实施')
  await page.locator('[data-test="item-evidence-input"]').fill('《建设用地审批双人复核办法》（规划〔2026〕8号）')
  await page.locator('[data-test="item-submit"]').click()
  await expect(page.locator('[data-test="item-state"]')).toContainText('待纪委核查')
  await logout(page)
  // The notice now shows the department's feedback.
  const head = await apiSession('chuzhang')
  const notice = (await head.get(`/inspections/case-reforms/${reformId}`)).body.data
  expect(notice.items[0].state).toBe('reported')
  expect(JSON.stringify(notice)).not.toContain(clueNumber)
  await head.close()
})

test('an administrator reaches no reform notice', async () => {
  for (const user of ['sysadmin', 'auditor']) {
    const admin = await apiSession(user)
    expect((await admin.get('/inspections/case-reforms')).status).toBe(403)
    expect((await admin.get(`/inspections/case-reforms/${reformId}`)).status).toBe(403)
    await admin.close()
  }
})
