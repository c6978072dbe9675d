// One problem clue from registration through 谈话函询 to an outcome of the first
// form, entirely through the browser (issue 4):
//   jijian registers it (a person of 规划处 picked from the organisation) with jjszr as
//   department head, submits it to collective review and proposes 谈话函询; jjszr and
//   jiwei approve; jijian sends the inquiry, records the reply and submits the outcome
//   (问题属实, 第一种形态 谈话提醒); jjszr and jiwei approve; the clue is 已办结 and its
//   timeline lists every step with names and opinions.
// Then the need-to-know rule: chuzhang (head of 规划处, the reported person's own
// department) and zhigong see no clue menu, get the 403 page on the clue URLs, and the
// API answers 403 to them.
import { test, expect, login, logout, shoot, settled, apiSession, pickOption, type ApiSession } from './fixtures'
import type { Page } from '@playwright/test'
import * as fs from 'node:fs'
import { readLedger } from './xlsx'

test.describe.configure({ mode: 'serial' })

const stamp = String(Date.now()).slice(-6)
const matter = `反映其在项目验收中收受礼金（e2e ${stamp}）`
const letter = `纪委：\n反映规划处某同志在项目验收中收受礼金，请予核查。\n（e2e ${stamp}）\n`
let clueId = 0
let clueNumber = ''
const deptHead = 'jjszr' // 纪检监察室主任: signs as 部门负责人
let reported = { id: 0, name: '' }
const names: Record<string, string> = {}

async function displayName(s: ApiSession): Promise<string> {
  return s.me.display_name || s.me.username
}

// Opens the clue page, runs one offered action through its dialog and waits for the
// state it leads to.
async function act(page: Page, action: string, opinion: string, expectState: string, fill?: () => Promise<void>) {
  await page.goto(`/supervision/clues/${clueId}`)
  await settled(page)
  const button = page.locator(`[data-test="clue-action-${action}"]`)
  await expect(button).toHaveCount(1)
  await button.click()
  const dialog = page.locator('.el-dialog:visible')
  await expect(dialog).toBeVisible()
  if (fill) await fill()
  const op = dialog.locator('textarea[data-test="action-opinion"]')
  await op.fill(opinion)
  await dialog.locator('[data-test="action-submit"]').click()
  await expect(page.locator('[data-test="clue-action-error"]')).toHaveCount(0)
  await expect(page.locator('.el-dialog:visible')).toHaveCount(0)
  await expect(page.locator('[data-test="clue-state"]')).toHaveText(expectState)
}

test.beforeAll(async () => {
  for (const u of ['jijian', 'jjszr', 'jiwei']) {
    const s = await apiSession(u)
    names[u] = await displayName(s)
    await s.close()
  }
  // A person of 规划处 who is not chuzhang.
  const chu = await apiSession('chuzhang')
  const chuPerson = chu.me.person_id
  const tree = (await chu.get('/org/departments')).body.data
  const flat: any[] = []
  const walk = (l: any[]) => l.forEach((d) => (flat.push(d), d.children && walk(d.children)))
  walk(tree)
  const ghc = flat.find((d) => d.name === '规划处')
  expect(ghc, 'department 规划处 in the demo bureau').toBeTruthy()
  const people = (await chu.get(`/org/people?department_id=${ghc.id}&page_size=50`)).body.data as any[]
  const p = people.find((x) => x.id !== chuPerson && x.department_id === ghc.id) ?? people.find((x) => x.id !== chuPerson)
  expect(p, 'a person in 规划处').toBeTruthy()
  reported = { id: p.id, name: p.name }
  await chu.close()
})

test('jijian registers a clue about a person of 规划处 with a department head', async ({ page }) => {
  await login(page, 'jijian')
  await expect(page.locator('[data-test="menu-clues"]')).toHaveCount(1)
  await page.locator('[data-test="menu-clues"]').click()
  await expect(page.locator('[data-test="page-clues"]')).toBeVisible()
  await settled(page)
  await shoot(page, 'clues-list')
  await page.locator('[data-test="clue-register"]').click()
  await expect(page.locator('[data-test="page-clue-new"]')).toBeVisible()
  await pickOption(page, 'clue-source', '信访举报')
  await pickOption(page, 'clue-category', '违反廉洁纪律')
  await page.locator('textarea[data-test="clue-matter"]').fill(matter)
  // The person, picked from the organisation by name.
  const pick = page.locator('[data-test="clue-person-pick"]').first()
  await pick.click()
  await page.keyboard.type(reported.name)
  await page.locator('.el-select-dropdown:visible .el-select-dropdown__item', { hasText: reported.name }).first().click()
  await expect(page.locator('[data-test="clue-person-0"]')).toContainText('规划处')
  await pickOption(page, 'clue-dept-head', names[deptHead])
  // The petition letter, uploaded as the clue's source document once it exists.
  await page.locator('[data-test="clue-files"]').setInputFiles({ name: '举报信.txt', mimeType: 'text/plain', buffer: Buffer.from(letter, 'utf8') })
  await shoot(page, 'clue-new')
  await page.locator('[data-test="clue-save"]').click()
  await expect(page.locator('[data-test="page-clue"]')).toBeVisible()
  await expect(page).toHaveURL(/\/supervision\/clues\/\d+$/)
  clueId = Number(/(\d+)$/.exec(page.url())![1])
  await expect(page.locator('[data-test="clue-state"]')).toHaveText('已登记')
  clueNumber = (await page.locator('[data-test="clue-number"]').innerText()).trim()
  expect(clueNumber).toMatch(/线索第\d+号/)
  await expect(page.locator('[data-test="clue-person"]')).toContainText(reported.name)
  await expect(page.locator('[data-test="clue-assignments"]')).toContainText(names[deptHead])
  const attachments = page.locator('[data-test="clue-attachments"]')
  await expect(attachments).toContainText('举报信.txt')
  await expect(attachments).toContainText('来源材料')
  const downloading = page.waitForEvent('download')
  await attachments.locator('a', { hasText: '举报信.txt' }).click()
  const download = await downloading
  const file = test.info().outputPath('letter.txt')
  await download.saveAs(file)
  expect(fs.readFileSync(file, 'utf8')).toBe(letter)
  // Only the legal actions are offered: a handler of a registered clue submits it to review.
  await expect(page.locator('[data-test="clue-action-approve"]')).toHaveCount(0)
  await expect(page.locator('[data-test="clue-action-start_review"]')).toHaveCount(1)
})

test('jijian submits it to collective review and proposes 谈话函询', async ({ page }) => {
  await login(page, 'jijian')
  await act(page, 'start_review', '经集体排查，提出处置意见', '集体排查')
  await act(page, 'propose_disposition', '建议予以谈话函询', '处置意见审批中', async () => {
    await page.locator('[data-test="action-disposition"] label', { hasText: '谈话函询' }).click()
  })
  await expect(page.locator('[data-test="clue-awaiting"]')).toContainText('部门负责人')
  // The handler has nothing left to sign now.
  await expect(page.locator('[data-test="clue-action-approve"]')).toHaveCount(0)
  await settled(page)
  await shoot(page, 'clue-detail-pending')
})

test('the department head and the discipline secretary approve the disposition', async ({ page }) => {
  await login(page, deptHead)
  await act(page, 'approve', '同意谈话函询', '处置意见审批中')
  await expect(page.locator('[data-test="clue-awaiting"]')).toContainText('纪委书记')
  // The department head has signed: nothing more for them to do.
  await expect(page.locator('[data-test="clue-action-approve"]')).toHaveCount(0)
  await logout(page)
  await login(page, 'jiwei')
  await act(page, 'approve', '同意', '处置中')
})

test('jijian sends the inquiry, records the reply and submits a first-form outcome', async ({ page }) => {
  await login(page, 'jijian')
  await act(page, 'send_inquiry', '已发出函询通知书', '处置中')
  await act(page, 'record_reply', '本人已书面回复，说明了相关情况', '处置中')
  await act(page, 'submit_outcome', '建议予以谈话提醒', '处理结果审批中', async () => {
    await page.locator('[data-test="action-conclusion"] label', { hasText: '问题属实' }).click()
    await page.locator('textarea[data-test="action-summary"]').fill('经函询核实，反映问题基本属实，情节轻微。')
    const row = page.locator('[data-test="measure-0"]')
    await expect(row).toBeVisible()
    await row.locator('[data-test="measure-form"]').click()
    await page.locator('.el-select-dropdown:visible .el-select-dropdown__item', { hasText: '第一种形态' }).first().click()
    await row.locator('[data-test="measure-measure"]').click()
    await page.locator('.el-select-dropdown:visible .el-select-dropdown__item', { hasText: '谈话提醒' }).first().click()
    await row.locator('input[data-test="measure-document"]').fill(`纪谈〔${new Date().getFullYear()}〕${stamp}号`)
    await shoot(page, 'clue-outcome-dialog')
  })
})

test('the outcome is approved and the clue closes with its whole history', async ({ page }) => {
  await login(page, deptHead)
  await act(page, 'approve', '同意处理意见', '处理结果审批中')
  await logout(page)
  await login(page, 'jiwei')
  await act(page, 'approve', '同意，予以办结', '已办结')
  await expect(page.locator('[data-test="clue-no-actions"]')).toBeVisible()
  const outcome = page.locator('[data-test="clue-outcome"]')
  await expect(outcome).toContainText('问题属实')
  await expect(outcome).toContainText('谈话提醒')
  await expect(outcome).toContainText(reported.name)
  const steps = page.locator('[data-test="clue-step"]')
  await expect(steps).toHaveCount(10)
  const expected: [string, string, string][] = [
    ['登记', names.jijian, ''],
    ['提交集体排查', names.jijian, '经集体排查，提出处置意见'],
    ['提出处置意见', names.jijian, '建议予以谈话函询'],
    ['审批同意', names[deptHead], '同意谈话函询'],
    ['审批同意', names.jiwei, '同意'],
    ['发出函询', names.jijian, '已发出函询通知书'],
    ['登记函询回复', names.jijian, '本人已书面回复，说明了相关情况'],
    ['提出处理意见', names.jijian, '建议予以谈话提醒'],
    ['审批同意', names[deptHead], '同意处理意见'],
    ['审批同意', names.jiwei, '同意，予以办结'],
  ]
  for (let i = 0; i < expected.length; i++) {
    const [action, who, opinion] = expected[i]
    await expect(steps.nth(i)).toContainText(action)
    await expect(steps.nth(i)).toContainText(who)
    if (opinion) await expect(steps.nth(i)).toContainText(opinion)
  }
  await settled(page)
  await shoot(page, 'clue-detail-closed')
  // The closed clue is in the register, found by its number.
  await page.goto('/supervision/clues')
  await page.locator('input[data-test="clue-search"]').fill(clueNumber)
  await page.locator('input[data-test="clue-search"]').press('Enter')
  await expect(page.locator('[data-test="clue-table"] tbody tr')).toHaveCount(1)
  await expect(page.locator('[data-test="clue-table"]')).toContainText('已办结')
  // The register exports what it shows (same filters), with Chinese headers.
  await settled(page)
  const downloading = page.waitForEvent('download')
  await page.locator('[data-test="export-link"]').click()
  const xlsx = test.info().outputPath('clues.xlsx')
  await (await downloading).saveAs(xlsx)
  const rows = await readLedger(xlsx, '问题线索台账')
  expect(rows[0].join(' ')).toMatch(/编号/)
  expect(rows.length).toBe(2)
  expect(rows[1].join(' ')).toContain(clueNumber)
})

for (const user of ['chuzhang', 'zhigong']) {
  test(`${user} cannot see the clue: no menu, 403 page, API refuses`, async ({ page }) => {
    expect(clueId).toBeGreaterThan(0)
    await login(page, user)
    for (const m of ['clues', 'clue-deadlines', 'supervision-stats']) await expect(page.locator(`[data-test="menu-${m}"]`)).toHaveCount(0)
    const clueCalls: string[] = []
    page.on('request', (r) => {
      const u = new URL(r.url())
      if (u.pathname.startsWith('/api/v1/clues')) clueCalls.push(u.pathname)
    })
    for (const url of ['/supervision/clues', `/supervision/clues/${clueId}`, '/supervision/deadlines']) {
      await page.goto(url)
      await expect(page.locator('[data-test="page-403"]')).toBeVisible()
      await expect(page.locator('[data-test="page-clue"], [data-test="page-clues"]')).toHaveCount(0)
    }
    await expect(page.locator('body')).not.toContainText(matter)
    expect(clueCalls).toEqual([])
    if (user === 'chuzhang') await shoot(page, 'clue-forbidden')
    const s = await apiSession(user)
    const list = await s.get('/clues')
    expect([403, 404]).toContain(list.status)
    const one = await s.get(`/clues/${clueId}`)
    expect([403, 404]).toContain(one.status)
    expect(JSON.stringify(one.body)).not.toContain(clueNumber)
    const dash = await s.get('/dashboard')
    expect(dash.body.data.clue_reminders).toBeUndefined()
    await s.close()
  })
}
