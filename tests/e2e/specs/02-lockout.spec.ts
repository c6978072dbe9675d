// After the configured number of failed sign-ins the account locks and the login
// page shows the locked-account page with the server's message (naming the unlock time).
import * as path from 'node:path'
import * as fs from 'node:fs'
import { test, expect, SCREENSHOT_DIR, apiSession, login } from './fixtures'

const FAILURES = Number(process.env.QF_LOCKOUT_FAILURES || 5)
const USER = 'zhibujw' // locked here and unlocked at the end (16-workbench signs in as every role)

test('repeated wrong passwords lock the account', async ({ page }) => {
  await page.goto('/login')
  for (let i = 1; i < FAILURES; i++) {
    await page.locator('#login-username').fill(USER)
    await page.locator('#login-password').fill('wrong-password-' + i)
    await page.locator('[data-test="login-submit"]').click()
    await expect(page.locator('[data-test="login-error"]')).toBeVisible()
    await expect(page).toHaveURL(/\/login/)
  }
  // The failure that reaches the limit (or the next attempt, if the server answers
  // that one still as a bad password) shows the locked page.
  for (let i = 0; i < 2; i++) {
    await page.locator('#login-username').fill(USER)
    await page.locator('#login-password').fill('wrong-password-last')
    await page.locator('[data-test="login-submit"]').click()
    const locked = page.locator('[data-test="locked-page"]')
    const error = page.locator('[data-test="login-error"]')
    await expect(locked.or(error)).toBeVisible()
    if (await locked.isVisible()) break
  }
  await expect(page.locator('[data-test="locked-page"]')).toBeVisible()
  // The server's message names the unlock time.
  await expect(page.locator('[data-test="locked-message"]')).toContainText(/\d{4}-\d{2}-\d{2} \d{2}:\d{2}/)

  // Even the right password is refused while locked.
  await page.goto('/login')
  await page.locator('#login-username').fill(USER)
  await page.locator('#login-password').fill('Qingfeng@2026')
  await page.locator('#login-password').press('Enter')
  await expect(page.locator('[data-test="locked-page"]')).toBeVisible()
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true })
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'locked-1366x768.png') })

  // The system administrator unlocks it (and so leaves the account usable for the
  // specs that sign in as every role): the right password works again at once.
  const sys = await apiSession('sysadmin')
  const found = await sys.get(`/admin/accounts?q=${USER}`)
  const account = (found.body.data as { id: number; username: string }[]).find((a) => a.username === USER)
  expect(account, JSON.stringify(found.body)).toBeTruthy()
  const unlocked = await sys.post(`/admin/accounts/${account!.id}/unlock`)
  expect(unlocked.status, JSON.stringify(unlocked.body)).toBe(200)
  await sys.close()
  await login(page, USER)
})
