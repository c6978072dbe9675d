// TOTP second factor in the browser: enrol on 账号安全, sign out, sign in again with a
// code — the secret is stored sealed (never the base32 text in the database file) with
// the server key file that `qingfeng init` created next to the data; and the system
// administrator resets the second factor of a user who lost the authenticator. Codes
// are computed here from the server's own clock (GET /api/v1/test/clock), since other
// specs move it.
import { createHmac } from 'node:crypto'
import { execFileSync } from 'node:child_process'
import * as fs from 'node:fs'
import * as path from 'node:path'
import { test, expect, login, logout, apiSession, PASSWORD } from './fixtures'

// Not a leading cadre: resetting a leading cadre's factor waits for a discipline holder
// (15-approvals covers that); 02-lockout locks and unlocks this account before.
const USER = 'zhibujw'

function base32Decode(s: string): Buffer {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
  let bits = 0
  let value = 0
  const out: number[] = []
  for (const ch of s.replace(/=+$/, '')) {
    const v = alphabet.indexOf(ch)
    if (v < 0) throw new Error(`not base32: ${ch}`)
    value = (value << 5) | v
    bits += 5
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 0xff)
      bits -= 8
    }
  }
  return Buffer.from(out)
}

// RFC 6238 (HMAC-SHA-1, 30 s, 6 digits) for time step `step`.
function totpAt(secret: string, step: number): string {
  const counter = Buffer.alloc(8)
  counter.writeBigUInt64BE(BigInt(step))
  const mac = createHmac('sha1', base32Decode(secret)).update(counter).digest()
  const offset = mac[mac.length - 1] & 0x0f
  const n = (mac.readUInt32BE(offset) & 0x7fffffff) % 1_000_000
  return n.toString().padStart(6, '0')
}

test('TOTP: enrol, then sign in with a code; the database holds the secret sealed', async ({ page }) => {
  const serverStep = async (): Promise<number> => {
    const r = await page.request.get('/api/v1/test/clock')
    expect(r.status()).toBe(200)
    return Math.floor((await r.json()).data.now_ms / 30000)
  }

  await login(page, USER)
  await page.goto('/account/security')
  await page.getByRole('button', { name: '启用双因素认证' }).click()
  const secret = (await page.locator('.mono').first().innerText()).trim()
  expect(secret).toMatch(/^[A-Z2-7]{32}$/)
  const enrolStep = await serverStep()
  await page.locator('input[maxlength="6"]').fill(totpAt(secret, enrolStep))
  await page.getByRole('button', { name: '确认启用' }).click()
  await expect(page.locator('.el-tag', { hasText: '已启用' })).toBeVisible()

  // The SQLite file of this run never holds the base32 secret; the key file is private.
  const work = process.env.QF_E2E_WORK
  if (work) {
    const raw = execFileSync('sqlite3', [path.join(work, 'qingfeng.db'), `SELECT totp_secret FROM accounts WHERE username = '${USER}'`]).toString().trim()
    expect(raw.startsWith('v1:')).toBe(true)
    expect(raw).not.toContain(secret)
    const keyFile = path.join(work, 'data', 'qingfeng.key')
    expect(fs.statSync(keyFile).mode & 0o777).toBe(0o600)
  }

  await logout(page)
  await page.locator('#login-username').fill(USER)
  await page.locator('#login-password').fill(PASSWORD)
  await page.locator('#login-password').press('Enter')
  await expect(page.locator('#login-totp')).toBeVisible()
  // A code later than the one used to enrol (replay refused), inside the ±1 window.
  await page.locator('#login-totp').fill(totpAt(secret, enrolStep + 1))
  await page.locator('[data-test="login-submit"]').click()
  await expect(page.locator('[data-test="page-home"]')).toBeVisible()

  // Leave the demo account as it was (disabling needs the password).
  await page.goto('/account/security')
  await page.locator('input[type="password"]').fill(PASSWORD)
  await page.getByRole('button', { name: '停用' }).click()
  await expect(page.locator('.el-tag', { hasText: '未启用' })).toBeVisible()
})

test('TOTP: the system administrator resets a lost second factor on the accounts page', async ({ page }) => {
  // The user enrols (through the API: the browser flow is the test above).
  const user = await apiSession(USER)
  const setup = await user.post('/auth/totp/setup')
  expect(setup.status, JSON.stringify(setup.body)).toBe(200)
  const secret = setup.body.data.secret as string
  const step = Math.floor((await user.get('/test/clock')).body.data.now_ms / 30000)
  const enabled = await user.post('/auth/totp/enable', { code: totpAt(secret, step) })
  expect(enabled.status, JSON.stringify(enabled.body)).toBe(200)
  await user.close()

  await login(page, 'sysadmin')
  await page.goto('/admin/accounts')
  await page.getByPlaceholder('用户名或姓名').fill(USER)
  await page.getByRole('button', { name: '查询' }).click()
  await expect(page.locator(`[data-test="totp-on-${USER}"]`).first()).toBeVisible()
  await page.locator(`[data-test="totp-reset-${USER}"]`).first().click()
  await expect(page.locator('.el-message-box')).toContainText('重新绑定')
  await page.locator('.el-message-box__btns .el-button--primary').click()
  await expect(page.locator('.el-message', { hasText: '已重置动态口令' })).toBeVisible()
  await expect(page.locator(`[data-test="totp-on-${USER}"]`)).toHaveCount(0)
  await expect(page.locator(`[data-test="totp-reset-${USER}"]`)).toHaveCount(0)
  // No reset button on the administrator's own row.
  await page.getByPlaceholder('用户名或姓名').fill('sysadmin')
  await page.getByRole('button', { name: '查询' }).click()
  await expect(page.locator('[data-test="totp-reset-sysadmin"]')).toHaveCount(0)

  // The user signs in with the password alone (apiSession expects 200) and may enrol again.
  const again = await apiSession(USER)
  expect((await again.get('/auth/me')).body.data.totp_enabled).toBe(false)
  await again.close()
})
