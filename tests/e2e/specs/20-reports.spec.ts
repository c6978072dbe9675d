// Petitions and reports (信访举报), end to end in the browser (issue 5 "Tests"):
// the discipline secretary sets up the report keys and a handler enrols; an anonymous
// reporter submits on the PUBLIC listener with an attachment (a refused file first:
// the message appears and every field and file stays) and receives the query code;
// the secretary assigns the handler, who asks a question; the reporter answers with
// the code and password and sees the stage change after triage into a clue; a
// handler without approval cannot see a named reporter's identity until the
// secretary approves a reveal; statistics export; wrong code/password lookups are
// rate-limited while the typed fields stay. Runs in order (one server, shared state).
// Needs QF_PUBLIC_URL (tests/e2e/run.sh sets it when serve has --public-port-file).
import { request, type Page } from '@playwright/test'
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { test, expect, login, logout, shoot, settled, PASSWORD } from './fixtures'
import { readLedger } from './xlsx'

const PUBLIC = process.env.QF_PUBLIC_URL || ''
const BASE = process.env.QF_BASE_URL || 'http://127.0.0.1:8080'
const REPORTER_PASSWORD = 'Qiaoshan#2026'

test.describe.configure({ mode: 'serial' })
test.skip(!PUBLIC, 'the public report listener is not running (QF_PUBLIC_URL unset)')

// State handed from one step to the next.
const S = { code: '', reportId: 0, namedId: 0, handlerName: '', question: '', reply: '' }

/** An API session of its own (cookies + CSRF) to look things up as `username`. */
async function staffApi(username: string) {
  const ctx = await request.newContext({ baseURL: BASE })
  const r = await ctx.post('/api/v1/auth/login', { data: { username, password: PASSWORD } })
  expect(r.status(), `API login of ${username}`).toBe(200)
  const csrf = (await r.json()).data.csrf_token as string
  return {
    get: async (p: string) => {
      const x = await ctx.get('/api/v1' + p)
      return { status: x.status(), body: await x.json().catch(() => null) }
    },
    post: async (p: string, data: unknown = {}) => {
      const x = await ctx.post('/api/v1' + p, { data, headers: { 'X-CSRF-Token': csrf } })
      return { status: x.status(), body: await x.json().catch(() => null) }
    },
    close: () => ctx.dispose(),
  }
}

/** A real JPEG drawn by the browser (the server checks types by content). */
async function jpegFile(page: Page): Promise<string> {
  const b64 = await page.evaluate(() => {
    const c = document.createElement('canvas')
    c.width = 64
    c.height = 48
    const g = c.getContext('2d')!
    g.fillStyle = '#b71c1c'
    g.fillRect(0, 0, 64, 48)
    g.fillStyle = '#ffffff'
    g.fillRect(8, 8, 30, 20)
    return c.toDataURL('image/jpeg', 0.9).split(',')[1]
  })
  const file = path.join(os.tmpdir(), `qf-e2e-photo-${process.pid}.jpg`)
  fs.writeFileSync(file, Buffer.from(b64, 'base64'))
  return file
}

/** Unlocks the reader key through the page's key gate when it asks. */
async function unlockIfAsked(page: Page) {
  const gate = page.locator('[data-test="key-gate"]')
  const content = page.locator('[data-test="report-number"], [data-test="report-missing"], [data-test="reveal-table"], [data-test="new-save"]')
  await expect(gate.or(content).first()).toBeVisible()
  if (await gate.isVisible()) {
    await page.locator('[data-test="key-password"]').fill(PASSWORD)
    await page.locator('[data-test="key-unlock"]').click()
    await expect(gate).toHaveCount(0)
  }
}

async function openReport(page: Page, id: number) {
  await page.goto('/reports/' + id)
  await unlockIfAsked(page)
  await expect(page.locator('[data-test="report-number"]')).toBeVisible()
  await settled(page)
}

async function choose(page: Page, testId: string, text: string | RegExp) {
  await page.locator(`[data-test="${testId}"]`).first().click()
  await page.locator('.el-select-dropdown:visible .el-select-dropdown__item', { hasText: text }).first().click()
}

test('the discipline secretary sets up the report keys and the handler enrols', async ({ page }) => {
  const jijian = await staffApi('jijian')
  S.handlerName = (await jijian.get('/auth/me')).body.data.display_name
  await jijian.close()

  await login(page, 'jiwei')
  for (const m of ['reports', 'report-new', 'report-reveals', 'report-stats', 'report-keys']) await expect(page.locator(`[data-test="menu-${m}"]`), m).toHaveCount(1)
  await page.goto('/reports/keys')
  await expect(page.locator('[data-test="key-state"]')).toBeVisible()
  await page.locator('[data-test="keys-password"]').fill(PASSWORD)
  if (await page.locator('[data-test="keys-init"]').count()) {
    await page.locator('[data-test="keys-init"]').click()
    const code = page.locator('[data-test="recovery-code"]')
    await expect(code).toBeVisible()
    expect(((await code.textContent()) || '').replace(/[^0-9A-Za-z]/g, '').length).toBeGreaterThanOrEqual(32)
    await expect(page.locator('[data-test="recovery-done"]')).toBeDisabled()
    await page.locator('[data-test="recovery-stored"]').click()
    await page.locator('[data-test="recovery-done"]').click()
    await expect(code).toHaveCount(0)
  } else if (await page.locator('[data-test="keys-unlock"]').count()) {
    await page.locator('[data-test="keys-unlock"]').click()
  }
  await expect(page.locator('[data-test="key-state"]')).toHaveText(/已解锁/)
  await shoot(page, 'reports-keys-jiwei')
  await logout(page)

  await login(page, 'jijian')
  await expect(page.locator('[data-test="menu-reports"]')).toHaveCount(1)
  await expect(page.locator('[data-test="menu-report-reveals"]')).toHaveCount(0)
  await page.goto('/reports/keys')
  await expect(page.locator('[data-test="key-state"]')).toBeVisible()
  await page.locator('[data-test="keys-password"]').fill(PASSWORD)
  if (await page.locator('[data-test="keys-enrol"]').count()) await page.locator('[data-test="keys-enrol"]').click()
  else if (await page.locator('[data-test="keys-unlock"]').count()) await page.locator('[data-test="keys-unlock"]').click()
  await expect(page.locator('[data-test="key-state"]')).toHaveText(/已解锁/)
})

test('an anonymous reporter submits with an attachment on the public page and receives the query code', async ({ page, context }) => {
  // The public listener serves the page and the public API only — no staff route.
  const probe = await request.newContext({ baseURL: PUBLIC })
  expect((await probe.get('/api/v1/auth/me')).status()).toBe(404)
  await probe.dispose()

  await page.goto(PUBLIC + '/')
  await expect(page.locator('[data-test="pr-form"]')).toBeVisible()
  // The limits and the lost-code warning are on the page before anything is sent.
  await expect(page.locator('[data-test="pr-file-limits"]')).toContainText('JPG')
  await expect(page.locator('[data-test="pr-file-limits"]')).toContainText('MB')
  await expect(page.locator('[data-test="pr-warning"]')).toContainText('无法找回')

  await page.locator('[data-test="pr-anonymous"]').click()
  await page.locator('[data-test="pr-reported-name"]').fill('王五')
  await page.locator('[data-test="pr-reported-unit"]').fill('基建处')
  await page.locator('[data-test="pr-reported-position"]').fill('科长')
  const matter = '反映王五在办公楼维修项目验收中收受施工方购物卡两张。'
  await page.locator('[data-test="pr-matter"]').fill(matter)
  await page.locator('[data-test="pr-when"]').fill('2026年10月中旬')
  await page.locator('[data-test="pr-where"]').fill('某酒店')
  await page.locator('[data-test="pr-evidence"]').fill('见附件照片')
  await page.locator('[data-test="pr-password"]').fill(REPORTER_PASSWORD)
  await page.locator('[data-test="pr-password2"]').fill(REPORTER_PASSWORD)
  await page.locator('[data-test="pr-ack"]').click()

  // A file whose name says JPEG but whose content is not an accepted type: refused by
  // the server; the message names it and nothing typed or chosen is lost.
  const garbage = Buffer.from(Array.from({ length: 600 }, (_, i) => (i * 73 + 0x80) & 0xff))
  await page.locator('[data-test="pr-file-input"]').setInputFiles({ name: 'fake.jpg', mimeType: 'image/jpeg', buffer: garbage })
  await expect(page.locator('[data-test="pr-files"]')).toContainText('fake.jpg')
  await page.locator('[data-test="pr-submit"]').click()
  await expect(page.locator('[data-test="pr-error"]')).toBeVisible({ timeout: 60_000 })
  await expect(page.locator('[data-test="pr-reported-name"]')).toHaveValue('王五')
  await expect(page.locator('[data-test="pr-matter"]')).toHaveValue(matter)
  await expect(page.locator('[data-test="pr-password"]')).toHaveValue(REPORTER_PASSWORD)
  await expect(page.locator('[data-test="pr-files"]')).toContainText('fake.jpg')
  await shoot(page, 'public-report-refused')

  // Replace it with a real photo and send again.
  await page.locator('[data-test="pr-files"] li', { hasText: 'fake.jpg' }).getByRole('button').click()
  await page.locator('[data-test="pr-file-input"]').setInputFiles(await jpegFile(page))
  await page.locator('[data-test="pr-submit"]').click()
  const code = page.locator('[data-test="pr-query-code"]')
  await expect(code).toBeVisible({ timeout: 60_000 })
  S.code = (await code.getAttribute('data-code')) || ''
  expect(S.code).toMatch(/^[0-9A-Z]{16,}$/)
  await expect(page.locator('[data-test="pr-done"]')).toContainText('无法找回')
  await shoot(page, 'public-report-code')
  await expect(page.locator('[data-test="pr-finish"]')).toBeDisabled()
  await page.locator('[data-test="pr-confirm-written"]').click()
  await page.locator('[data-test="pr-finish"]').click()
  await expect(page.locator('[data-test="pr-form"]')).toBeVisible()
  // No cookie was set by the public listener.
  expect(await context.cookies(PUBLIC)).toEqual([])
})

test('the secretary assigns the handler, who asks the reporter a question', async ({ page }) => {
  const jiwei = await staffApi('jiwei')
  const list = await jiwei.get('/reports?page_size=100')
  expect(list.status).toBe(200)
  S.reportId = Math.max(...list.body.data.filter((r: any) => r.channel === 'online').map((r: any) => r.id))
  await jiwei.close()

  await login(page, 'jiwei')
  await page.goto('/reports')
  await expect(page.locator('[data-test="report-table"]')).toBeVisible()
  await settled(page)
  await shoot(page, 'reports-register')
  await openReport(page, S.reportId)
  await expect(page.locator('[data-test="report-reported-name"]')).toHaveText('王五')
  await expect(page.locator('[data-test="report-attachments"]')).toContainText('.jpg')
  await page.locator('[data-test="report-assign"]').click()
  await choose(page, 'assignee-select', S.handlerName)
  await page.locator('.el-dialog__title:visible').click() // closes the multi-select's dropdown
  await page.locator('[data-test="assignee-save"]').click()
  await expect(page.locator('[data-test="report-assignees"]')).toContainText(S.handlerName)
  await expect(page.locator('[data-test="report-status"]')).toHaveAttribute('data-status', 'under_review')
  await logout(page)

  await login(page, 'jijian')
  await openReport(page, S.reportId)
  await expect(page.locator('[data-test="report-matter"]')).toContainText('购物卡')
  S.question = '请补充购物卡的面额和收受的具体日期。'
  await page.locator('[data-test="report-question"]').fill(S.question)
  await page.locator('[data-test="report-ask"]').click()
  await expect(page.locator('[data-test="report-messages"]')).toContainText(S.question)
  await shoot(page, 'report-detail-handler')
})

test('the reporter answers with the code and password, and sees the stage change after triage', async ({ page }) => {
  await page.goto(PUBLIC + '/')
  await page.locator('.el-tabs__item', { hasText: '查询进度' }).click()
  // Typed as people do: lower case, in groups.
  const typed = S.code.toLowerCase().replace(/(.{4})(?=.)/g, '$1-')
  await page.locator('[data-test="pr-lookup-code"]').fill(typed)
  await page.locator('[data-test="pr-lookup-password"]').fill(REPORTER_PASSWORD)
  await page.locator('[data-test="pr-lookup-submit"]').click()
  await expect(page.locator('[data-test="pr-stage"]')).toHaveAttribute('data-stage', 'under_review')
  await expect(page.locator('[data-test="pr-messages"]')).toContainText(S.question)
  await expect(page.locator('[data-test="pr-progress"]')).not.toContainText(S.handlerName)
  S.reply = '两张各一千元，10月16日晚在酒店大堂。'
  await page.locator('[data-test="pr-reply-text"]').fill(S.reply)
  await page.locator('[data-test="pr-reply-send"]').click()
  await expect(page.locator('[data-test="pr-reply-sent"]')).toBeVisible()
  await expect(page.locator('[data-test="pr-messages"]')).toContainText(S.reply)
  await shoot(page, 'public-report-progress')

  // The secretary reads the answer and turns the report into a problem clue.
  const staff = await page.context().browser()!.newContext({ baseURL: BASE })
  const sp = await staff.newPage()
  await login(sp, 'jiwei')
  await openReport(sp, S.reportId)
  await expect(sp.locator('[data-test="report-messages"]')).toContainText(S.reply)
  await sp.locator('[data-test="report-triage"]').click()
  await sp.locator('[data-test="triage-category"]').first().click()
  await sp.locator('.el-select-dropdown:visible .el-select-dropdown__item').first().click()
  await choose(sp, 'triage-handler', S.handlerName)
  await sp.locator('[data-test="triage-save"]').click()
  await expect(sp.locator('[data-test="report-status"]')).toHaveAttribute('data-status', 'in_handling')
  await expect(sp.locator('[data-test="report-clues"]')).toContainText('线索')
  await staff.close()

  await page.locator('[data-test="pr-lookup-submit"]').click()
  await expect(page.locator('[data-test="pr-stage"]')).toHaveAttribute('data-stage', 'in_handling')
})

test('a handler without approval cannot see the identity of a named reporter', async ({ page }) => {
  // The secretary registers a letter with the writer's name, and assigns the handler.
  await login(page, 'jiwei')
  await page.goto('/reports/new')
  await unlockIfAsked(page)
  await page.locator('[data-test="new-identity-name"]').fill('赵六')
  await page.locator('[data-test="new-identity-phone"]').fill('13900001111')
  await page.locator('[data-test="new-reported-name"]').fill('王五')
  await page.locator('[data-test="new-reported-unit"]').fill('基建处')
  await page.locator('[data-test="new-matter"]').fill('来信反映王五违规接受宴请。')
  // The writer wants to follow it online: a query password gives a code, shown once.
  await page.locator('[data-test="new-password"]').fill('Laixin#2026')
  await page.locator('[data-test="new-save"]').click()
  await expect(page.locator('[data-test="new-query-code"]')).toHaveText(/^[0-9A-Z-]{16,}$/)
  await page.locator('[data-test="new-code-done"]').click()
  await expect(page.locator('[data-test="report-number"]')).toBeVisible()
  S.namedId = Number(/\/reports\/(\d+)/.exec(page.url())?.[1])
  expect(S.namedId).toBeGreaterThan(0)
  await page.locator('[data-test="report-assign"]').click()
  await choose(page, 'assignee-select', S.handlerName)
  await page.locator('.el-dialog__title:visible').click() // closes the multi-select's dropdown
  await page.locator('[data-test="assignee-save"]').click()
  await expect(page.locator('[data-test="report-assignees"]')).toContainText(S.handlerName)
  // Both reports are about 王五 at 基建处: they are linked.
  await expect(page.locator('[data-test="report-linked"]')).toBeVisible()
  await logout(page)

  await login(page, 'jijian')
  await openReport(page, S.namedId)
  await expect(page.locator('[data-test="identity-sealed"]')).toBeVisible()
  await expect(page.locator('[data-test="identity-shown"]')).toHaveCount(0)
  await expect(page.locator('body')).not.toContainText('赵六')
  await expect(page.locator('body')).not.toContainText('13900001111')
  const sealed = await page.request.get(`/api/v1/reports/${S.namedId}/identity`)
  expect(sealed.status()).toBe(403)
  expect((await sealed.json()).error.code).toBe('report.identity_sealed')
  await page.locator('[data-test="reveal-reason"]').fill('核实时需要向举报人当面了解宴请的具体经过。')
  await page.locator('[data-test="reveal-request"]').click()
  await expect(page.locator('[data-test="reveal-requests"]')).toContainText('待审批')
  await shoot(page, 'report-identity-sealed')
  await logout(page)

  await login(page, 'jiwei')
  await page.goto('/reports/reveals')
  await unlockIfAsked(page)
  await expect(page.locator('[data-test="reveal-table"]')).toContainText('当面了解')
  await page.locator('[data-test="reveal-approve"]').first().click()
  await page.locator('[data-test="reveal-opinion"]').fill('同意，仅限核实使用。')
  await page.locator('[data-test="reveal-decide"]').click()
  await expect(page.locator('[data-test="reveal-table"]')).not.toContainText('当面了解')
  await logout(page)

  await login(page, 'jijian')
  await openReport(page, S.namedId)
  await page.locator('[data-test="identity-show"]').click()
  await expect(page.locator('[data-test="identity-shown"]')).toContainText('赵六')
})

test('statistics by channel, named/anonymous and outcome, exported to Excel', async ({ page }) => {
  await login(page, 'jiwei')
  await page.goto('/reports/stats')
  await expect(page.locator('[data-test="report-stats-total"]')).toBeVisible()
  await expect(page.locator('[data-test="report-stats-channel"]')).toContainText('网上举报')
  await settled(page)
  await shoot(page, 'reports-stats')
  const downloading = page.waitForEvent('download')
  await page.locator('[data-test="report-stats-export"]').click()
  const download = await downloading
  const file = path.join(os.tmpdir(), `qf-e2e-report-stats-${process.pid}.xlsx`)
  await download.saveAs(file)
  const rows = await readLedger(file, '信访统计')
  expect(rows[0]).toEqual(['项目', '件数'])
  expect(rows.some((r) => r[0] === '网上举报' && Number(r[1]) >= 1)).toBe(true)
  const total = rows[rows.length - 1]
  expect(total[0]).toBe('合计')
  expect(Number(total[1])).toBe(rows.slice(1, -1).reduce((a, r) => a + Number(r[1]), 0))
})

test('wrong code or password attempts are rate-limited; the typed fields stay', async ({ page }) => {
  await page.goto(PUBLIC + '/')
  // Something typed on the report form must survive too.
  await page.locator('[data-test="pr-reported-name"]').fill('李某')
  await page.locator('.el-tabs__item', { hasText: '查询进度' }).click()
  await page.locator('[data-test="pr-lookup-code"]').fill(S.code)
  await page.locator('[data-test="pr-lookup-password"]').fill('wrong-password-1')
  let limited = false
  for (let i = 0; i < 10 && !limited; i++) {
    const answered = page.waitForResponse((r) => r.url().endsWith('/api/v1/public/reports/lookup'))
    await page.locator('[data-test="pr-lookup-submit"]').click()
    const r = await answered
    expect([401, 429]).toContain(r.status())
    await expect(page.locator('[data-test="pr-lookup-error"]')).toBeVisible()
    limited = r.status() === 429
  }
  expect(limited, 'repeated wrong passwords end in a rate limit').toBe(true)
  await expect(page.locator('[data-test="pr-lookup-error"]')).not.toHaveText('')
  await expect(page.locator('[data-test="pr-lookup-code"]')).toHaveValue(S.code)
  await expect(page.locator('[data-test="pr-lookup-password"]')).toHaveValue('wrong-password-1')
  await shoot(page, 'public-report-limited')
  // Even the right password is refused while the code is locked.
  await page.locator('[data-test="pr-lookup-password"]').fill(REPORTER_PASSWORD)
  await page.locator('[data-test="pr-lookup-submit"]').click()
  await expect(page.locator('[data-test="pr-progress"]')).toHaveCount(0)
  await page.locator('.el-tabs__item', { hasText: '我要举报' }).click()
  await expect(page.locator('[data-test="pr-reported-name"]')).toHaveValue('李某')
})
