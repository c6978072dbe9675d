// The home page as a workbench (工作台, ../shared/ux.md; issue 15 item 1). Set-up through
// the API as 14-messages does: jijian registers a clue received today with jjszr as its
// department head, submits it to review and proposes 谈话函询, so a signature is awaited
// from jjszr.
//  - jjszr (纪检监察室主任) sees the signature under 待我审批 on his home page; after he
//    signs it (the approval, through the API) and reloads, it has left, and the count
//    with it.
//  - For the roles that have tasks, every workbench count equals the rows of the list it
//    opens (/?todo=<group>), the counts line equals GET /messages?kind=…, and the
//    dashboard's 应谈未谈 item equals the rows of the pending-talks page.
//  - A screenshot of every demo role's home page (workbench-home-<role>-1366x768.png, …).
// Signs one clue (created here); marks no message read.
import { test, expect, login, shoot, settled, apiSession, serverCivilToday } from './fixtures'
import type { Page } from '@playwright/test'

test.describe.configure({ mode: 'serial' })

const ROLES = ['sysadmin', 'secadmin', 'auditor', 'dangwei', 'jiwei', 'jijian', 'jjszr', 'banzi', 'zhibu', 'zhibujw', 'chuzhang', 'renshi', 'zhigong']
const GROUPS = ['approvals', 'deadlines', 'triage', 'talks', 'other']
const stamp = String(Date.now()).slice(-6)
const clue = { id: 0, number: '' }

test.beforeAll(async () => {
  const head = await apiSession('jjszr')
  const headId = head.me.id as number
  await head.close()
  const s = await apiSession('jijian')
  const r = await s.post('/clues', {
    source: 'self_discovered',
    category: 'work',
    matter: `e2e 工作台：待我审批（${stamp}）`,
    received_on: await serverCivilToday(),
    persons: [{ name: '工作台测试对象', position: '科员' }],
    assignments: [{ account_id: headId, part: 'dept_head' }],
  })
  expect(r.status, JSON.stringify(r.body)).toBe(200)
  Object.assign(clue, { id: r.body.data.id, number: r.body.data.number })
  for (const body of [
    { action: 'start_review', as: 'handler', opinion: '提交集体排查' },
    { action: 'propose_disposition', as: 'handler', opinion: '建议予以谈话函询', disposition: 'talk_or_inquiry' },
  ]) {
    const a = await s.post(`/clues/${clue.id}/actions`, body)
    expect(a.status, JSON.stringify(a.body)).toBe(200)
  }
  await s.close()
})

const tile = (page: Page, g: string) => page.locator(`[data-test="wb-count-${g}"]`)
const items = (page: Page) => page.locator('[data-test="home-todo"] [data-test="home-todo-item"]')

async function tileCount(page: Page, g: string): Promise<number> {
  return Number(await tile(page, g).getAttribute('data-count'))
}

/** Opens every group shown on the home page and checks its count equals its rows. */
async function expectCountsEqualLists(page: Page): Promise<string[]> {
  await page.goto('/')
  await expect(page.locator('[data-test="page-home"]')).toBeVisible()
  await settled(page)
  const shown: string[] = []
  for (const g of GROUPS) if (await tile(page, g).count()) shown.push(g)
  for (const g of shown) {
    const n = await tileCount(page, g)
    await tile(page, g).click()
    await expect(page).toHaveURL(new RegExp(`[?&]todo=${g}`))
    await expect(page.locator('[data-test="wb-list-head"]')).toContainText(`共 ${n} 项`)
    await expect(items(page), `rows of ${g}`).toHaveCount(n)
    if (n === 0) await expect(page.locator('[data-test="home-todo-empty"]')).toBeVisible()
    await page.locator('[data-test="wb-list-close"]').click()
    await expect(page).not.toHaveURL(/todo=/)
  }
  // The counts line equals the message centre's lists of that kind.
  for (const kind of ['todo', 'due_soon', 'overdue']) {
    const text = await page.locator(`[data-test="home-todo-count-${kind}"]`).innerText()
    const n = Number(/(\d+)\s*$/.exec(text)![1])
    const env = await (await page.request.get(`/api/v1/messages?status=open&kind=${kind}&page_size=1`)).json()
    expect(env.meta.total, `${kind} count`).toBe(n)
  }
  // The dashboard's pending talks equal the pending-talks page.
  const talks = page.locator('[data-test="pending-talks.pending"]')
  if (await talks.count()) {
    const n = Number(await talks.locator('.el-badge__content').innerText().catch(() => '0'))
    await talks.locator('a').click()
    await expect(page.locator('[data-test="page-talks-pending"]')).toBeVisible()
    await settled(page)
    await expect(page.locator('[data-test="pending-table"] .el-table__body-wrapper tbody tr')).toHaveCount(n)
  }
  return shown
}

test('jjszr: the signature waiting for him is on his home page and leaves once he signs', async ({ page }) => {
  await login(page, 'jjszr')
  await settled(page)
  const before = await tileCount(page, 'approvals')
  expect(before).toBeGreaterThan(0)
  await tile(page, 'approvals').click()
  const item = items(page).filter({ hasText: clue.number })
  await expect(item).toHaveCount(1)
  await expect(item).toHaveAttribute('data-source', 'clues.signature')
  await expect(items(page)).toHaveCount(before)
  await shoot(page, 'workbench-approvals-jjszr')

  // He opens it from the workbench and signs it (the approval itself through the API).
  await item.locator('[data-test="message-title"]').click()
  await expect(page).toHaveURL(new RegExp(`/supervision/clues/${clue.id}$`))
  await expect(page.locator('[data-test="clue-action-approve"]')).toHaveCount(1)
  const s = await apiSession('jjszr')
  const a = await s.post(`/clues/${clue.id}/actions`, { action: 'approve', as: 'dept_head', opinion: '同意谈话函询' })
  expect(a.status, JSON.stringify(a.body)).toBe(200)
  await s.close()

  await page.goto('/?todo=approvals')
  await settled(page)
  await expect(page.locator('[data-test="wb-list-head"]')).toBeVisible()
  await expect(tile(page, 'approvals')).toHaveAttribute('data-count', String(before - 1))
  await expect(items(page)).toHaveCount(before - 1)
  await expect(items(page).filter({ hasText: clue.number })).toHaveCount(0)
})

for (const role of ['jjszr', 'jijian', 'jiwei', 'zhibu', 'dangwei']) {
  test(`${role}: every count on the home page equals the list it opens`, async ({ page }) => {
    await login(page, role)
    const shown = await expectCountsEqualLists(page)
    if (['jjszr', 'jijian', 'jiwei'].includes(role)) expect(shown).toContain('approvals')
  })
}

// One test per role (each within the test timeout): thirteen sign-ins in one test took
// 72–90 s on a loaded machine.
for (const role of ROLES) {
  test(`screenshot of ${role}’s home page`, async ({ page }) => {
    await login(page, role)
    await settled(page)
    // A role without any task sees no red zero anywhere on its home page.
    await expect(page.locator('[data-test="page-home"] .el-badge__content:visible', { hasText: /^0$/ })).toHaveCount(0)
    await shoot(page, `workbench-home-${role}`)
  })
}
