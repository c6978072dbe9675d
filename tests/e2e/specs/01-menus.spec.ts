// Each role signs in and sees exactly the menus its permissions allow; the dictionaries
// (internal code tables) are the system administrator's alone (config.manage, issue 15).
import { test, expect, login, logout, shoot, settled } from './fixtures'

const ALL = ['home', 'departments', 'branches', 'positions', 'people', 'import', 'accounts', 'roles', 'audit', 'dictionaries']
const ORG = ['departments', 'branches', 'positions', 'people']

const cases: { user: string; sees: string[] }[] = [
  { user: 'sysadmin', sees: ['home', ...ORG, 'accounts', 'dictionaries'] },
  { user: 'secadmin', sees: ['home', ...ORG, 'roles'] },
  { user: 'auditor', sees: ['home', 'audit'] },
  { user: 'renshi', sees: ['home', ...ORG, 'import'] },
  { user: 'zhigong', sees: ['home', ...ORG] },
  { user: 'jiwei', sees: ['home', ...ORG] },
  { user: 'dangwei', sees: ['home', ...ORG] },
]

for (const c of cases) {
  test(`${c.user} sees the menus of its role`, async ({ page }) => {
    await login(page, c.user)
    await expect(page.locator('[data-test="user-name"]')).not.toBeEmpty()
    for (const m of ALL) {
      await expect(page.locator(`[data-test="menu-${m}"]`), `menu ${m} for ${c.user}`).toHaveCount(c.sees.includes(m) ? 1 : 0)
    }
    await settled(page)
    await shoot(page, `home-${c.user}`)
    await logout(page)
  })
}

test('the language switch changes every label and is remembered', async ({ page }) => {
  await login(page, 'renshi')
  await expect(page.locator('[data-test="menu-people"]')).toContainText('人员')
  await page.locator('[data-test="lang-switch"]').click()
  await page.locator('.el-select-dropdown__item', { hasText: 'English' }).click()
  await expect(page.locator('[data-test="menu-people"]')).toContainText('People')
  await page.reload()
  await expect(page.locator('[data-test="menu-people"]')).toContainText('People')
  await page.evaluate(() => localStorage.setItem('qf.lang', 'zh-CN'))
})
