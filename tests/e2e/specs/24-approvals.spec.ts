// Approvals (因私出国(境)、证照集中保管) in the browser:
//  - chuzhang (head of 规划处, a leading cadre) applies for a private trip; the form names
//    what is missing; the chain shown has no department-head step (he is the only one).
//  - renshi (organisation department) finds it under 只看待我审批 and approves; dangwei
//    (Party secretary) approves last: the trip is approved.
//  - renshi, as custodian, sees the demo's overdue passport flagged under 只看逾期未还, then
//    lends chuzhang's passport for the approved trip: it shows as lent with its due date.
//  - the administrators get 404 for the application and the documents.
// Creates chuzhang's trip and lends his passport; no other spec looks at approvals.
import { test, expect, login, logout, shoot, settled, apiSession, pickOption, setClock, serverCivilToday } from './fixtures'

test.describe.configure({ mode: 'serial' })

const state = { id: 0, person: '' }

function inputOf(page: import('@playwright/test').Page, testId: string) {
  return page.locator(`[data-test="${testId}"]`).locator('xpath=descendant-or-self::input').first()
}

test('chuzhang applies for a private trip abroad', async ({ page }) => {
  await setClock(0)
  const today = await serverCivilToday()
  const plus = (days: number) => new Date(Date.parse(today) + days * 86400000).toISOString().slice(0, 10)
  await login(page, 'chuzhang')
  await page.locator('[data-test="menu-approvals-mine"]').click()
  await settled(page)
  await expect(page.locator('[data-test="approvals-chain"]')).toContainText('组织人事部门')
  await page.locator('[data-test="approvals-new-trip"]').click()
  await expect(page.locator('[data-test="approval-form"]')).toBeVisible()
  // Nothing typed: the first missing field is named.
  await page.locator('[data-test="approval-submit"]').click()
  await expect(page.locator('.el-message--error')).toContainText('前往国家')
  const form = page.locator('[data-test="approval-form"]')
  for (const [label, value] of [['出发日期', plus(20)], ['返回日期', plus(27)]]) {
    const input = form.getByRole('combobox', { name: label })
    await input.fill(value)
    await input.press('Enter')
  }
  await inputOf(page, 'approval-field-destinations').fill('新加坡')
  await page.locator('[data-test="approval-field-reason"]').locator('xpath=descendant-or-self::textarea').first().fill('e2e：家庭旅游')
  await inputOf(page, 'approval-field-companions').fill('配偶')
  await shoot(page, 'approval-trip-form')
  await page.locator('[data-test="approval-submit"]').click()
  await expect(page).toHaveURL(/\/approvals\/\d+$/)
  state.id = Number(page.url().split('/').pop())
  await settled(page)
  await expect(page.locator('[data-test="approval-state-pending"]')).toBeVisible()
  await expect(page.locator('[data-test="approval-value-destinations"]')).toHaveText('新加坡')
  await expect(page.locator('[data-test="approval-chain"]')).toContainText('组织人事部门')
  await expect(page.locator('[data-test="approval-chain"]')).toContainText('党委书记')
  await expect(page.locator('[data-test="approval-chain"]')).not.toContainText('部门负责人')
  await expect(page.locator('[data-test="approval-decide"]')).toHaveCount(0)
  await logout(page)
})

test('the organisation department and the Party secretary approve it', async ({ page }) => {
  expect(state.id).toBeGreaterThan(0)
  await login(page, 'renshi')
  await page.locator('[data-test="menu-approvals-review"]').click()
  await settled(page)
  await page.locator('[data-test="approvals-filter-todo"]').click()
  await settled(page)
  await page.locator(`[data-test="approval-open-${state.id}"]`).click()
  await expect(page).toHaveURL(new RegExp(`/approvals/${state.id}$`))
  await settled(page)
  state.person = (await page.locator('.el-descriptions__content').first().innerText()).trim()
  await page.locator('[data-test="approval-approve"]').click()
  await expect(page.locator('.el-message--success')).toBeVisible()
  await expect(page.locator('[data-test="approval-decide"]')).toHaveCount(0)
  await logout(page)

  await login(page, 'dangwei')
  await page.goto(`/approvals/${state.id}`)
  await settled(page)
  await page.locator('[data-test="approval-note"]').locator('xpath=descendant-or-self::input').first().fill('同意，注意安全')
  await page.locator('[data-test="approval-approve"]').click()
  await expect(page.locator('[data-test="approval-state-approved"]')).toBeVisible()
  await expect(page.locator('[data-test="approval-history"]')).toContainText('同意，注意安全')
  await shoot(page, 'approval-approved')
  await logout(page)
})

test('the custodian sees the overdue passport and lends chuzhang his for the trip', async ({ page }) => {
  expect(state.person).not.toBe('')
  await login(page, 'renshi')
  await page.locator('[data-test="menu-approvals-documents"]').click()
  await settled(page)
  await page.locator('[data-test="documents-filter-overdue"]').click()
  await settled(page)
  await expect(page.locator('[data-test^="document-overdue-"]')).toHaveCount(1)
  await shoot(page, 'approval-documents-overdue')
  await page.locator('[data-test="documents-filter-overdue"]').click()
  await inputOf(page, 'documents-filter-name').fill(state.person)
  await page.locator('[data-test="documents-search"]').click()
  await settled(page)
  const row = page.locator('[data-test="documents-table"] .el-table__row', { hasText: '护照' }).first()
  await row.locator('[data-test^="document-lend-"]').click()
  await pickOption(page, 'lend-trip', /~/)
  await page.locator('[data-test="lend-confirm"]').click()
  await expect(page.locator('.el-message--success')).toBeVisible()
  await settled(page)
  const lent = page.locator('[data-test="documents-table"] .el-table__row', { hasText: '护照' }).first()
  await expect(lent).toContainText('已借出')
  await expect(lent.locator('[data-test^="document-back-"]')).toBeVisible()
  await logout(page)
})

test('the administrators reach no application and no document', async () => {
  for (const admin of ['sysadmin', 'secadmin', 'auditor']) {
    const s = await apiSession(admin)
    expect(s.me.permissions ?? [], admin).not.toContain('approval.read')
    expect((await s.get(`/approvals/${state.id}`)).status, admin).toBe(404)
    expect((await s.get('/approvals/mine')).status, admin).toBe(404)
    expect((await s.get('/approvals/documents')).status, admin).toBe(404)
    await s.close()
  }
})
