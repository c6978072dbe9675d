// The regulation library linked both ways (issue 18): the demo's reform notice
// (以案促改, 财务处 and 办公室) led to the second version of 会议费管理办法 — the notice
// shows the revised rule and the regulation page shows the notice; the discipline
// secretary links the notice to one more revised rule through the dialog. An
// interpretation (制度解读) of the revised rules links to the regulation and back (the demo's own
// interpretation of version 1 is listed too); a staff
// member sees the interpretation on the regulation page but not the reform notice (no
// inspection permission: it is listed to no one who could not open it); an
// administrator gets 403.
import { test, expect, login, logout, shoot, settled, apiSession, pickOption } from './fixtures'

test.describe.configure({ mode: 'serial' })

const REFORM_TITLE = '关于以公务接待超标准问题为鉴深化以案促改的通知'
const suffix = String(Date.now()).slice(-6)
const interpTitle = `《会议费管理办法》修订解读 e2e${suffix}`
let reformId = 0
let reformNumber = ''
let meetingsId = 0
let interpId = 0

test.beforeAll(async () => {
  const jiwei = await apiSession('jiwei')
  const reforms = (await jiwei.get('/inspections/case-reforms?page_size=100')).body.data
  const demo = reforms.find((f: any) => f.title === REFORM_TITLE)
  expect(demo, 'the demo has its reform notice').toBeTruthy()
  reformId = demo.id
  reformNumber = demo.number
  const regs = (await jiwei.get('/regulations?q=' + encodeURIComponent('会议费管理办法'))).body.data
  meetingsId = regs[0].id
  const published = await jiwei.post('/education/items', {
    kind: 'interpretation', title: interpTitle, body: '第四条禁止会议期间接受管理服务对象宴请。',
    audience: { everyone: true }, regulation_id: meetingsId, regulation_version_no: 2,
  })
  expect(published.status, JSON.stringify(published.body)).toBe(200)
  interpId = published.body.data.id
  await jiwei.close()
})

test('the reform notice and the revised rule show each other; one more rule is linked', async ({ page }) => {
  await login(page, 'jiwei')
  await page.goto(`/inspections/case-reforms/${reformId}`)
  await expect(page.locator('[data-test="page-case-reform"]')).toBeVisible()
  await settled(page)
  const rules = page.locator('[data-test="reform-rule-changes"] tbody tr')
  await expect(rules).toHaveCount(1)
  await expect(rules.first()).toContainText('会议费管理办法')
  await expect(rules.first()).toContainText('第2版')
  // Link the notice to the reception rules' latest version through the dialog.
  await page.locator('[data-test="reform-link-rule"]').click()
  await expect(page.locator('[data-test="reform-rule-dialog"]')).toBeVisible()
  await pickOption(page, 'rule-regulation', '公务接待管理办法')
  await expect(page.locator('[data-test="rule-version"]')).toContainText('第2版')
  await page.locator('[data-test="rule-note"]').fill('公函、审批单和接待清单三者齐全方可报销')
  await page.locator('[data-test="rule-save"]').click()
  await expect(rules).toHaveCount(2)
  await shoot(page, 'reform-rule-changes')
  // Follow the revised meeting rules: the regulation page names the notice.
  await page.locator('[data-test="reform-rule-link"]', { hasText: '会议费管理办法' }).click()
  await expect(page.locator('[data-test="page-regulation"]')).toBeVisible()
  await settled(page)
  const reform = page.locator('[data-test="regulation-case-reform"]')
  await expect(reform).toHaveCount(1)
  await expect(reform).toContainText(reformNumber)
  await expect(reform).toContainText('据此修订为第2版')
  await expect(page.locator('[data-test="regulation-interpretation"]').filter({ hasText: interpTitle })).toHaveCount(1)
  // The education demo's interpretation of version 1 is listed too.
  await expect(page.locator('[data-test="regulation-interpretation"]').filter({ hasText: '本局《会议费管理办法》制度解读' })).toContainText('第1版')
  await logout(page)
})

test('staff follow the interpretation to the regulation and do not see the reform notice', async ({ page }) => {
  await login(page, 'zhigong')
  await page.goto(`/education/items/${interpId}`)
  await expect(page.locator('[data-test="page-education-item"]')).toBeVisible()
  await settled(page)
  const link = page.locator('[data-test="item-regulation-link"]')
  await expect(link).toContainText('会议费管理办法')
  await link.click()
  await expect(page.locator('[data-test="page-regulation"]')).toBeVisible()
  await settled(page)
  await expect(page.locator('[data-test="regulation-interpretation"]').filter({ hasText: interpTitle })).toHaveCount(1)
  await expect(page.locator('[data-test="regulation-case-reform"]')).toHaveCount(0)
  await shoot(page, 'regulation-interpretation-link')
  await logout(page)
  const staff = await apiSession('zhigong')
  expect((await staff.get(`/inspections/case-reforms/${reformId}`)).status).toBe(403)
  await staff.close()
  const auditor = await apiSession('auditor')
  expect((await auditor.get(`/regulations/${meetingsId}`)).status).toBe(403)
  expect((await auditor.post(`/inspections/case-reforms/${reformId}/rule-changes`, { regulation_id: meetingsId })).status).toBe(403)
  await auditor.close()
})

// Co-construction (same issue): every notice across partners on one page, and a partner
// archived with a reason from its page.
test('the committee lists every co-construction notice and archives a partner', async ({ page }) => {
  await login(page, 'jiwei')
  await page.goto('/coop/notices')
  await expect(page.locator('[data-test="page-coop-notices"]')).toBeVisible()
  await settled(page)
  const rows = page.locator('[data-test="all-notices"] tbody tr')
  await expect(rows.filter({ hasText: '发出' }).first()).toBeVisible()
  await expect(rows.filter({ hasText: '收到' }).first()).toBeVisible()
  await pickOption(page, 'notices-direction', '收到')
  await expect(rows.filter({ hasText: '发出' })).toHaveCount(0)
  await expect(rows.filter({ hasText: '收到' }).first()).toBeVisible()
  await shoot(page, 'coop-all-notices')
  const jiwei = await apiSession('jiwei')
  const partners = (await jiwei.get('/coop/partners')).body.data
  const keyless = partners.find((p: any) => p.name === '市建设工程质量安全监督站')
  await jiwei.close()
  expect(keyless, 'the demo has a partner without a key').toBeTruthy()
  await page.goto(`/coop/partners/${keyless.id}`)
  await expect(page.locator('[data-test="page-coop-partner"]')).toBeVisible()
  await settled(page)
  await page.locator('[data-test="partner-archive"]').click()
  await page.locator('.el-message-box input').fill('共建协议期满，不再续签')
  await page.locator('.el-message-box .el-button--primary').click()
  await expect(page.locator('[data-test="partner-archived"]')).toContainText('共建协议期满')
  await expect(page.locator('[data-test="partner-archive"]')).toHaveCount(0)
  await logout(page)
})
