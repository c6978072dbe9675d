// Personal-matters reports (领导干部个人有关事项报告) in the browser:
//  - chuzhang (head of 规划处, a leading cadre of the demo bureau, with the accepted reports
//    of the two years before): starts the open year's yearly report, which starts from
//    last year's; a mistyped passport number and a wrong ID check digit are named under
//    their fields as typed; corrects them, changes the salary, submits; the comparison
//    with last year shows the salary changed.
//  - renshi (organisation department) finds it in 个人事项报告查阅 and returns it with a
//    reason; chuzhang sees the reason on the report and it is editable again.
//  - zhigong (not a leading cadre) is told no report is due; the administrators have no
//    menu and get 404 for the report.
// Creates chuzhang's report of the open year; no other spec looks at declarations.
import { test, expect, login, logout, shoot, settled, apiSession } from './fixtures'

test.describe.configure({ mode: 'serial' })

const state = { id: 0, year: 0, name: '' }
const REASON = 'e2e：房产面积与不动产登记不符，请核实后重新报送'

test('chuzhang fills in and submits the yearly report; mistakes are named as typed', async ({ page }) => {
  await login(page, 'chuzhang')
  await page.locator('[data-test="menu-declarations-mine"]').click()
  await expect(page.locator('[data-test="declarations-due"]')).toBeVisible()
  await settled(page)
  await page.locator('[data-test="declarations-start-annual"]').click()
  await expect(page).toHaveURL(/\/declarations\/\d+$/)
  state.id = Number(page.url().split('/').pop())
  await settled(page)
  await expect(page.locator('[data-test="declaration-state-draft"]')).toBeVisible()

  // Started from last year's report: the passport is there already.
  const passport = page.locator('[data-test="field-passports-0-passport_no"]')
  await expect(passport).toHaveValue(/^E\d{8}$/)
  const good = await passport.inputValue()
  await passport.fill('E1234')
  const passportItem = page.locator('[data-test="item-passports"]')
  await expect(passportItem.locator('.el-form-item__error')).toContainText('护照号码格式不正确')
  await passport.fill(good)
  await expect(passportItem.locator('.el-form-item__error')).toHaveCount(0)

  const spouseId = page.locator('[data-test="field-marriage-0-spouse_id"]')
  const id = await spouseId.inputValue()
  const wrongCheck = id.slice(0, 17) + (id[17] === '1' ? '2' : '1')
  await spouseId.fill(wrongCheck)
  await expect(page.locator('[data-test="item-marriage"] .el-form-item__error')).toContainText('校验码不正确')
  await shoot(page, 'declaration-typing-error')
  await spouseId.fill(id)
  await expect(page.locator('[data-test="item-marriage"] .el-form-item__error')).toHaveCount(0)

  await page.locator('[data-test="field-salary-0-annual_salary"]').fill('199999')
  await page.locator('[data-test="declaration-save"]').click()
  await expect(page.locator('.el-message--success')).toBeVisible()
  await page.locator('[data-test="declaration-submit"]').click()
  await page.locator('.el-message-box__btns .el-button--primary').click()
  await expect(page.locator('[data-test="declaration-state-submitted"]')).toBeVisible()
  await expect(page.locator('[data-test="declaration-submit"]')).toHaveCount(0)

  // The comparison with last year names the salary.
  await page.locator('.el-tabs__item', { hasText: '与上一年度比对' }).click()
  await expect(page.locator('[data-test="compare-salary"]')).toContainText('全年工资')
  await settled(page)
  await shoot(page, 'declaration-compare')
  await logout(page)
})

test('the organisation department returns it with a reason; chuzhang sees the reason', async ({ page }) => {
  expect(state.id).toBeGreaterThan(0)
  await login(page, 'renshi')
  await page.locator('[data-test="menu-declarations-review"]').click()
  await settled(page)
  await page.locator(`[data-test="declaration-open-${state.id}"]`).click()
  await expect(page).toHaveURL(new RegExp(`/declarations/${state.id}$`))
  await settled(page)
  await expect(page.locator('[data-test="declaration-state-submitted"]')).toBeVisible()
  await page.locator('[data-test="declaration-return"]').click()
  await expect(page.locator('[data-test="return-confirm"]')).toBeDisabled()
  await page.locator('[data-test="return-reason"]').fill(REASON)
  await page.locator('[data-test="return-confirm"]').click()
  await expect(page.locator('[data-test="declaration-state-returned"]')).toBeVisible()
  await page.locator('.el-tabs__item', { hasText: '办理记录' }).click()
  await expect(page.locator('[data-test="declaration-history"]')).toContainText(REASON)
  await logout(page)

  await login(page, 'chuzhang')
  await page.goto(`/declarations/${state.id}`)
  await settled(page)
  await expect(page.locator('[data-test="declaration-returned-banner"]')).toContainText(REASON)
  await expect(page.locator('[data-test="declaration-submit"]')).toBeVisible()
  await shoot(page, 'declaration-returned')
})

test('a member of staff has no report due; the administrators get nothing', async ({ page }) => {
  await login(page, 'zhigong')
  await page.goto('/declarations')
  await expect(page.locator('[data-test="declarations-not-cadre"]')).toBeVisible()
  await expect(page.locator('[data-test="menu-declarations-review"]')).toHaveCount(0)
  await logout(page)
  for (const admin of ['sysadmin', 'secadmin', 'auditor']) {
    const s = await apiSession(admin)
    expect(s.me.permissions ?? [], admin).not.toContain('declaration.read')
    const r = await s.get(`/declarations/${state.id}`)
    expect(r.status, admin).toBe(404)
    expect((await s.get('/declarations/mine')).status, admin).toBe(404)
    await s.close()
  }
})
