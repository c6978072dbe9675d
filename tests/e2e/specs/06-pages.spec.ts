// Every main page opens without browser errors; screenshots at 1366×768 and 1920×1080
// go to tests/e2e/screenshots/ for review.
import { test, expect, login, shoot, settled } from './fixtures'

const pages: { user: string; url: string; marker: string; name: string }[] = [
  { user: 'renshi', url: '/org/departments', marker: 'page-departments', name: 'departments' },
  { user: 'renshi', url: '/org/branches', marker: 'page-branches', name: 'branches' },
  { user: 'renshi', url: '/org/positions', marker: 'page-positions', name: 'positions' },
  { user: 'renshi', url: '/org/people', marker: 'page-people', name: 'people' },
  { user: 'renshi', url: '/org/import', marker: 'page-import', name: 'import' },
  { user: 'sysadmin', url: '/dictionaries', marker: 'page-dictionaries', name: 'dictionaries' },
  { user: 'sysadmin', url: '/admin/accounts', marker: 'page-accounts', name: 'accounts' },
  { user: 'secadmin', url: '/admin/roles', marker: 'page-roles', name: 'roles' },
  { user: 'auditor', url: '/audit', marker: 'page-audit', name: 'audit-log' },
]

for (const p of pages) {
  test(`${p.name} page opens for ${p.user}`, async ({ page }) => {
    await login(page, p.user)
    await page.goto(p.url)
    await expect(page.locator(`[data-test="${p.marker}"]`)).toBeVisible()
    await settled(page)
    await shoot(page, p.name)
  })
}

test('login page', async ({ page }) => {
  await page.goto('/login')
  await expect(page.locator('#login-username')).toBeVisible()
  await shoot(page, 'login')
})

test('person detail with position history and a promotion', async ({ page }) => {
  await login(page, 'renshi')
  await page.goto('/org/people')
  await settled(page)
  await page.locator('[data-test="people-table"] tbody tr').first().locator('a').click()
  await expect(page.locator('[data-test="page-person"]')).toBeVisible()
  await settled(page)
  const events = page.locator('[data-test="position-history"] .el-timeline-item')
  const before = await events.count()
  await page.locator('[data-test="change-position"]').click()
  // A promotion needs a higher rank: choose the highest one.
  await page.locator('[data-test="position-event-rank"]').click()
  await page.locator('.el-select-dropdown:visible .el-select-dropdown__item').last().click()
  await page.locator('[data-test="position-event-save"]').click()
  await expect(events).toHaveCount(before + 1)
  await settled(page)
  await shoot(page, 'person')
})

test('people list pages through the server: next page, page size, total', async ({ page }) => {
  await login(page, 'renshi')
  await page.goto('/org/people')
  await settled(page)
  const rows = page.locator('[data-test="people-table"] tbody tr')
  const pager = page.locator('[data-test="list-pager"]')
  await expect(rows).toHaveCount(20)
  await expect(pager.locator('.el-pagination__total')).toContainText(/\d{3}/) // the demo bureau: hundreds of people
  const firstOnPage1 = await rows.first().innerText()
  await pager.locator('.btn-next').click()
  await expect(pager.locator('.el-pager li.is-active')).toHaveText('2')
  await expect(rows.first()).not.toHaveText(firstOnPage1)
  await pager.locator('.el-pagination__sizes .el-select').click()
  await page.locator('.el-select-dropdown:visible .el-select-dropdown__item', { hasText: '50' }).click()
  await expect(rows).toHaveCount(50)
  await expect(pager.locator('.el-pager li.is-active')).toHaveText('1') // a new size starts at page 1
})

test('a refusal from the server is shown in the form, which keeps what was typed', async ({ page }) => {
  await login(page, 'sysadmin')
  await page.goto('/admin/accounts')
  await settled(page)
  await page.locator('[data-test="account-add"]').click()
  await page.locator('input[data-test="account-username"]').fill('renshi') // taken by the demo bureau
  await page.locator('input[data-test="account-display-name"]').fill('重复的账号')
  await page.locator('[data-test="account-save"]').click()
  const error = page.locator('[data-test="account-form-error"]')
  await expect(error).toBeVisible()
  await expect(error).toContainText('renshi')
  await expect(page.locator('input[data-test="account-username"]')).toHaveValue('renshi')
  await expect(page.locator('input[data-test="account-display-name"]')).toHaveValue('重复的账号')
  await expect(page.locator('[data-test="account-save"]')).toBeEnabled() // saving is over
})
