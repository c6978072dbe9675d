// Two-person control in the browser (issue 14, "Critical"): the system administrator's
// reset of a discipline member's password shows NO password — it is sent for approval;
// the discipline secretary finds it in his messages, approves it on 账号变更审批 and is
// the only one shown the one-time password, to hand over in person; the member signs
// in with it and finds the notice in the message centre. The member is an account of
// this spec's own (created by the sysadmin, its discipline role approved by jiwei), so
// no demo account other specs sign in with changes its password. Runs in order.
import { request } from '@playwright/test'
import { test, expect, login, logout, apiSession, settled, PASSWORD } from './fixtures'

test.describe.configure({ mode: 'serial' })

let USER = 'spjjgb' // 审批测试纪检干部 (a retry of the serial group uses a fresh account)
const NAME = '审批测试干部'
const OWN_PW = 'Shenpi#Member2026'
const NEXT_PW = 'Shenpi#Member2027'
const S = { id: 0 }
test.beforeAll(async ({}, info) => {
  if (info.retry) USER = `spjjgb${info.retry}`
})

test('a discipline role for a new account waits for the secretary, who receives its password', async () => {
  const sys = await apiSession('sysadmin')
  const created = await sys.post('/admin/accounts', { username: USER, display_name: NAME })
  expect(created.status, JSON.stringify(created.body)).toBe(200)
  S.id = created.body.data.id
  await sys.close()

  // The security administrator grants the discipline role (a PUT: through a session of its own).
  const sec = await request.newContext({ baseURL: process.env.QF_BASE_URL || 'http://127.0.0.1:8080' })
  const signed = await sec.post('/api/v1/auth/login', { data: { username: 'secadmin', password: PASSWORD } })
  expect(signed.status()).toBe(200)
  const csrf = (await signed.json()).data.csrf_token as string
  const put = await sec.put(`/api/v1/admin/accounts/${S.id}/roles`, {
    data: { grants: [{ role: 'discipline_member', scope: 'unit' }] },
    headers: { 'X-CSRF-Token': csrf },
  })
  const grant = await put.json()
  expect(put.status(), JSON.stringify(grant)).toBe(200)
  expect(grant.data.pending).toBe(true)
  expect(grant.data.grants).toEqual([])
  const approval = grant.data.approval.id as number
  await sec.dispose()

  const jiwei = await apiSession('jiwei')
  const ok = await jiwei.post(`/admin/approvals/${approval}/decision`, { approve: true, opinion: '已核实本人' })
  expect(ok.status, JSON.stringify(ok.body)).toBe(200)
  const handed = ok.body.data.one_time_password as string
  expect(handed.length).toBeGreaterThanOrEqual(10)
  await jiwei.close()

  // The member takes over the account with what the secretary handed over.
  const member = await apiSession(USER, handed)
  expect(member.me.must_change_password).toBe(true)
  const changed = await member.post('/auth/password', { old_password: handed, new_password: OWN_PW })
  expect(changed.status, JSON.stringify(changed.body)).toBe(200)
  await member.close()
})

test('the system administrator resets the member’s password: no password is shown, it waits for approval', async ({ page }) => {
  await login(page, 'sysadmin')
  await page.goto('/admin/accounts')
  await page.getByPlaceholder('用户名或姓名').fill(USER)
  await page.getByRole('button', { name: '查询' }).click()
  await page.locator(`[data-test="password-reset-${USER}"]`).first().click()
  await page.locator('.el-message-box__btns .el-button--primary').click()
  const pending = page.locator('[data-test="reset-pending"]')
  await expect(pending).toBeVisible()
  await expect(pending).toContainText('纪委书记')
  await expect(page.locator('[data-test="one-time-password"]')).toHaveCount(0)
  await page.locator('[data-test="reset-pending-close"]').click()
  // The request is listed for the administrator, without any way to decide it.
  await page.locator('[data-test="approvals-link"]').click()
  await expect(page.locator('[data-test="page-approvals"]')).toBeVisible()
  await settled(page)
  await expect(page.locator(`[data-test="approval-status-${USER}"]`).first()).toHaveText('待审批')
  await expect(page.locator(`[data-test="approve-${USER}-reset_password"]`)).toHaveCount(0)
  await logout(page)

  // Nothing changed yet: the member still signs in with the own password.
  const member = await apiSession(USER, OWN_PW)
  await member.close()
})

test('the secretary approves from his messages and alone sees the one-time password', async ({ page }) => {
  await login(page, 'jiwei')
  await page.goto('/messages')
  const todo = page.locator('[data-test="message-row"][data-source="identity.approvals"]', { hasText: USER })
  await expect(todo.first()).toBeVisible()
  await todo.first().locator('[data-test="message-title"]').click()
  await expect(page.locator('[data-test="page-approvals"]')).toBeVisible()
  await settled(page)
  await page.locator(`[data-test="approve-${USER}-reset_password"]`).click()
  await page.locator('textarea[data-test="approval-opinion"], [data-test="approval-opinion"] textarea').fill('本人来电，已核实')
  await page.locator('[data-test="approval-confirm"]').click()
  const otp = page.locator('[data-test="approval-otp"]')
  await expect(otp).toBeVisible()
  const handed = ((await otp.textContent()) || '').trim()
  expect(handed.length).toBeGreaterThanOrEqual(10)
  await expect(page.locator('[data-test="approval-otp-dialog"]')).toContainText('当面')
  await page.locator('[data-test="approval-otp-close"]').click()
  await expect(page.locator(`[data-test="approve-${USER}-reset_password"]`)).toHaveCount(0)
  await logout(page)

  // The old password no longer works; the handed-over one does, once, and must be changed.
  const member = await apiSession(USER, handed)
  expect(member.me.must_change_password).toBe(true)
  const changed = await member.post('/auth/password', { old_password: handed, new_password: NEXT_PW })
  expect(changed.status, JSON.stringify(changed.body)).toBe(200)
  await member.close()

  // The member is told in the message centre.
  await login(page, USER, NEXT_PW)
  await page.goto('/messages')
  const notice = page.locator('[data-test="message-row"][data-source="identity.notice"][data-kind="notice"]')
  await expect(notice.filter({ hasText: '当面交给您' }).first()).toBeVisible()
  await expect(notice.filter({ hasText: '申请对您的账号重置密码' }).first()).toBeVisible()
})
