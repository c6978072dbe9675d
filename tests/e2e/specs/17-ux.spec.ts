// Pages as a clerk expects them (../shared/ux.md; issue 15 items 4–7):
//  - the dictionaries (internal code tables) are the system administrator's: a staff
//    account has no such menu and gets the 403 page at /dictionaries;
//  - the audit log names object types in Chinese, never by their codes;
//  - the side menu is walked by keyboard (Tab reaches it, ↑/↓ move, Enter opens) and the
//    collapse button is labelled in Chinese;
//  - the report register says 待举报人回复 only for what waits for the reporter;
//  - a branch-scoped account is told its data scope on departments and positions.
// Reads only; changes nothing.
import { test, expect, login, shoot, settled } from './fixtures'

test('dictionaries: the system administrator only; staff get the 403 page', async ({ page }) => {
  await login(page, 'zhigong')
  await expect(page.locator('[data-test="menu-dictionaries"]')).toHaveCount(0)
  await page.goto('/dictionaries')
  await expect(page.locator('[data-test="page-403"]')).toBeVisible()
  await expect(page.locator('[data-test="page-dictionaries"]')).toHaveCount(0)

  await page.context().clearCookies()
  await login(page, 'sysadmin')
  await expect(page.locator('[data-test="menu-dictionaries"]')).toHaveCount(1)
  await page.goto('/dictionaries')
  await expect(page.locator('[data-test="page-dictionaries"]')).toBeVisible()
})

test('the audit log names object types in Chinese', async ({ page }) => {
  await login(page, 'auditor')
  await page.goto('/audit')
  await expect(page.locator('[data-test="page-audit"]')).toBeVisible()
  await settled(page)
  const cells = page.locator('[data-test="audit-table"] [data-code]')
  await expect(cells.first()).toBeVisible()
  const n = await cells.count()
  for (let i = 0; i < n; i++) {
    const code = (await cells.nth(i).getAttribute('data-code')) ?? ''
    const text = (await cells.nth(i).innerText()).trim()
    if (!code) continue
    expect(text, `object type ${code}`).not.toBe(code)
    expect(text, `object type ${code}`).toMatch(/[\u4e00-\u9fff]/)
  }
  // The filter offers the same names.
  await page.locator('[data-test="audit-object-type"]').click()
  await expect(page.locator('.el-select-dropdown:visible .el-select-dropdown__item', { hasText: '人员' }).first()).toBeVisible()
  await page.keyboard.press('Escape')
  await shoot(page, 'audit-object-types')
})

test('the side menu is walked by keyboard; the collapse button is labelled in Chinese', async ({ page }) => {
  await login(page, 'renshi')
  await settled(page)
  const collapse = page.locator('[data-test="menu-collapse"]')
  await expect(collapse).toHaveAttribute('aria-label', '收起菜单')
  // Tab from the top of the page reaches the menu.
  await page.locator('body').focus()
  const inMenu = () => page.evaluate(() => !!document.activeElement?.closest('[data-test="side-menu"]'))
  let reached = false
  for (let i = 0; i < 10 && !reached; i++) {
    await page.keyboard.press('Tab')
    reached = await inMenu()
  }
  expect(reached, 'Tab reaches the side menu').toBe(true)
  // Tab again moves to the next item, still in the menu.
  await page.keyboard.press('Tab')
  expect(await inMenu()).toBe(true)
  // ↓ walks to 人员; Enter opens it.
  const focused = () => page.evaluate(() => document.activeElement?.getAttribute('data-test') ?? '')
  for (let i = 0; i < 15 && (await focused()) !== 'menu-people'; i++) await page.keyboard.press('ArrowDown')
  expect(await focused()).toBe('menu-people')
  await expect(page.locator('[data-test="menu-people"]')).toHaveAttribute('tabindex', '0')
  await shoot(page, 'menu-keyboard-focus')
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/\/org\/people$/)
  await expect(page.locator('[data-test="page-people"]')).toBeVisible()
  // ↑ back to 岗位 and Enter.
  await page.locator('[data-test="menu-people"]').focus()
  await page.keyboard.press('ArrowUp')
  expect(await focused()).toBe('menu-positions')
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/\/org\/positions$/)
  // The collapse button by keyboard, and its label follows.
  await collapse.focus()
  await page.keyboard.press('Enter')
  await expect(collapse).toHaveAttribute('aria-label', '展开菜单')
  await page.keyboard.press('Enter')
  await expect(collapse).toHaveAttribute('aria-label', '收起菜单')
})

test('the report register says 待举报人回复 only where the reporter must answer', async ({ page }) => {
  await login(page, 'jijian')
  await page.goto('/reports')
  await expect(page.locator('[data-test="page-reports"]')).toBeVisible()
  await settled(page)
  await expect(page.locator('[data-test="page-reports"] th', { hasText: '举报人答复' })).toHaveCount(1)
  await expect(page.locator('[data-test="page-reports"]')).not.toContainText('有新回复')
  const tags = page.locator('[data-test="report-awaiting-reporter"]')
  const env = await (await page.request.get('/api/v1/reports?page_size=200')).json()
  const awaiting = (env.data as { awaiting_reply: boolean }[]).filter((r) => r.awaiting_reply).length
  expect(awaiting, 'the demo has a question waiting for its reporter').toBeGreaterThan(0)
  await expect(tags).toHaveCount(Math.min(awaiting, 20))
  await expect(tags.first()).toHaveText('待举报人回复')
  await shoot(page, 'reports-awaiting-reporter')
})

test('a branch-scoped account is told its data scope on departments and positions', async ({ page }) => {
  await login(page, 'zhibu')
  for (const [url, marker] of [
    ['/org/departments', 'page-departments'],
    ['/org/positions', 'page-positions'],
  ]) {
    await page.goto(url)
    await expect(page.locator(`[data-test="${marker}"]`)).toBeVisible()
    await settled(page)
    const note = page.locator('[data-test="scope-note"]')
    await expect(note).toBeVisible()
    await expect(note).toHaveAttribute('data-scope', 'branch')
    await expect(note).toContainText('您的数据范围为本支部')
    const empty = page.locator(`[data-test="${marker}"] .el-table__empty-text`)
    if (await empty.count()) await expect(empty).toContainText('您的数据范围为本支部')
    await shoot(page, `scope-${marker}-zhibu`)
  }
  // A unit-wide account sees no such note.
  await page.context().clearCookies()
  await login(page, 'renshi')
  await page.goto('/org/departments')
  await expect(page.locator('[data-test="page-departments"]')).toBeVisible()
  await settled(page)
  await expect(page.locator('[data-test="scope-note"]')).toHaveCount(0)
})
