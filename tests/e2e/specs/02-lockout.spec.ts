// After the configured number of failed sign-ins from one browser the name waits there
// (the server names until when, even the right password waits) — but the account is not
// locked and nothing tells whether the name exists. Only the system administrator's lock
// locks an account, and the locked page shows only to who knows the password.
import * as path from 'node:path'
import * as fs from 'node:fs'
import { test, expect, SCREENSHOT_DIR, apiSession, login } from './fixtures'

const FAILURES = Number(process.env.QF_LOCKOUT_FAILURES || 5)
const USER = 'zhibujw' // made to wait here and unlocked at the end (16-workbench signs in as every role)
const TIME = /\d{4}-\d{2}-\d{2} \d{2}:\d{2}/

async function tryPassword(page: import('@playwright/test').Page, user: string, password: string) {
  await page.locator('#login-username').fill(user)
  await page.locator('#login-password').fill(password)
  await page.locator('[data-test="login-submit"]').click()
}

test('repeated wrong passwords make the name wait here, without telling whether it exists', async ({ page }) => {
  await page.goto('/login')
  const error = page.locator('[data-test="login-error"]')
  for (let i = 1; i < FAILURES; i++) {
    await tryPassword(page, USER, 'wrong-password-' + i)
    await expect(error).toBeVisible()
    await expect(error).not.toContainText(TIME)
    await expect(page).toHaveURL(/\/login/)
  }
  await tryPassword(page, USER, 'wrong-password-last')
  await expect(error).toContainText(TIME)
  const waitText = (await error.textContent()) ?? ''

  // Even the right password waits, with the same message.
  await page.goto('/login')
  await tryPassword(page, USER, 'Qingfeng@2026')
  await expect(error).toContainText(TIME)
  await expect(page).toHaveURL(/\/login/)
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true })
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'login-wait-1366x768.png') })

  // A name that is no account gets the same answers, to the letter but the time.
  await page.goto('/login')
  for (let i = 1; i <= FAILURES; i++) await tryPassword(page, 'no-such-user-e2e', 'wrong-password-' + i)
  await expect(error).toContainText(TIME)
  expect(((await error.textContent()) ?? '').replace(TIME, 'T')).toBe(waitText.replace(TIME, 'T'))

  // The system administrator ends the wait: the right password works again at once.
  const sys = await apiSession('sysadmin')
  const found = await sys.get(`/admin/accounts?q=${USER}&locked=true`)
  const account = (found.body.data as { id: number; username: string }[]).find((a) => a.username === USER)
  expect(account, JSON.stringify(found.body)).toBeTruthy()
  const unlocked = await sys.post(`/admin/accounts/${account!.id}/unlock`)
  expect(unlocked.status, JSON.stringify(unlocked.body)).toBe(200)
  await login(page, USER)

  // The administrator's lock: a wrong password still reads as a wrong password; the
  // right one shows the locked page. Unlocked again for the other specs.
  const locked = await sys.post(`/admin/accounts/${account!.id}/lock`)
  expect(locked.status, JSON.stringify(locked.body)).toBe(200)
  await page.context().clearCookies()
  await page.goto('/login')
  await tryPassword(page, USER, 'wrong-password-x')
  await expect(error).toBeVisible()
  await expect(page.locator('[data-test="locked-page"]')).toHaveCount(0)
  await tryPassword(page, USER, 'Qingfeng@2026')
  await expect(page.locator('[data-test="locked-page"]')).toBeVisible()
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'locked-1366x768.png') })
  const again = await sys.post(`/admin/accounts/${account!.id}/unlock`)
  expect(again.status, JSON.stringify(again.body)).toBe(200)
  await sys.close()
  await login(page, USER)
})
