// A cross-check finding becomes a verification item (核查事项) in one step (issue 16, "Each
// discrepancy for a sampled cadre becomes a verification item"):
//  - jijian (a discipline member) opens the demo's R1 finding — the undeclared company of
//    the spouse of 韩华军 (100001), whose spouse and declared businesses the demo run took
//    from his own personal-matters report — sees that he is in the drawn sample of the open
//    verification round, and turns the finding into a verification item;
//  - the finding then links to the item; jiwei (the discipline secretary, who reads items)
//    follows the link and the item names the finding and its evidence;
//  - the run shows where its declaration side came from;
//  - sysadmin gets the 404 of an absent finding from the same route.
import { test, expect, login, shoot, settled, pickOption, apiSession } from './fixtures'

test.describe.configure({ mode: 'serial' })

let itemHref = ''

test('a discipline member turns the finding about a sampled cadre into a verification item', async ({ page }) => {
  await login(page, 'jijian')
  await page.goto('/supervision/findings/runs')
  const demoRun = page.locator('[data-test="findings-runs-table"] .el-table__body tr').last()
  await expect(demoRun.locator('[data-test^="run-sources-"]')).toContainText('本系统个人有关事项报告和审批记录')
  await page.goto('/supervision/findings')
  await expect(page.locator('[data-test="page-findings"]')).toBeVisible()
  await pickOption(page, 'findings-filter-rule', /^R1 /)
  await settled(page)
  const row = page.locator('[data-test="findings-table"] .el-table__body tr', { hasText: '100001' }).first()
  await row.locator('[data-test^="finding-view-"]').click()
  await expect(page.locator('[data-test="finding-detail"]')).toBeVisible()
  await expect(page.locator('[data-test="finding-item-member"]')).toContainText('随机抽查')
  await page.locator('[data-test="finding-to-item"]').click()
  const link = page.locator('[data-test="finding-item-link"] a')
  await expect(link).toContainText('核查事项')
  await expect(page.locator('[data-test="finding-to-item"]')).toHaveCount(0)
  await shoot(page, 'finding-to-verification')
  itemHref = (await link.getAttribute('href')) || ''
  expect(itemHref).toMatch(/\/verification\/items\/\d+$/)
})

test('the discipline secretary follows the link: the item names the finding and its evidence', async ({ page }) => {
  await login(page, 'jiwei')
  await page.goto(itemHref)
  await expect(page.locator('body')).toContainText('大数据比对疑点')
  await expect(page.locator('body')).toContainText('enterprise_persons.csv')
  await expect(page.locator('body')).toContainText('韩华军')
  const id = itemHref.split('/').pop()
  const back = await page.request.get(`/api/v1/findings/of-verification-item/${id}`)
  expect(back.status()).toBe(200)
  expect((await back.json()).data.rule).toBe('R1')
})

test('administrators get the answer of an absent finding', async () => {
  const admin = await apiSession('sysadmin')
  const r = await admin.post('/findings/1/verification')
  const absent = await admin.post('/findings/999999/verification')
  expect(r.status).toBe(404)
  expect(JSON.stringify(r.body)).toBe(JSON.stringify(absent.body))
  await admin.close()
})
