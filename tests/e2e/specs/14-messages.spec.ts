// The message centre (站内消息/待办) in the browser. Set-up through the API: jijian
// registers one clue received 60 days ago (its disposition deadline has passed: an
// overdue message for jijian, the handler) and one received today that he submits to
// review and proposes 谈话函询 (a signature awaited from jjszr, its department head).
//  - jijian: the header bell shows `unread` of GET /messages/summary; 我的待办 on the
//    home page lists the late first, the overdue clue among them; the bell opens the unread messages; opening one
//    lands on its clue and the bell counts one less; 全部标为已读 empties the bell while
//    the tasks stay in the 待办 list.
//  - zhigong (staff) has no clue message at all; sysadmin has the bell and the page too.
//  - jjszr finds the signature under 待我审批 on his home page and opens the clue from it.
// Marks jijian's messages read; no other spec looks at messages.
import { test, expect, login, shoot, settled, apiSession, pickOption, serverCivilToday, type ApiSession } from './fixtures'
import type { Page } from '@playwright/test'

test.describe.configure({ mode: 'serial' })

const stamp = String(Date.now()).slice(-6)
const overdue = { id: 0, number: '' }
const signature = { id: 0, number: '' }

function daysBefore(day: string, n: number): string {
  const d = new Date(day + 'T00:00:00Z')
  d.setUTCDate(d.getUTCDate() - n)
  return d.toISOString().slice(0, 10)
}

async function register(s: ApiSession, receivedOn: string, matter: string, deptHead: number) {
  const r = await s.post('/clues', {
    source: 'self_discovered',
    category: 'work',
    matter,
    received_on: receivedOn,
    persons: [{ name: '消息测试对象', position: '科员' }],
    assignments: [{ account_id: deptHead, part: 'dept_head' }],
  })
  expect(r.status, JSON.stringify(r.body)).toBe(200)
  return { id: r.body.data.id as number, number: r.body.data.number as string }
}

test.beforeAll(async () => {
  const head = await apiSession('jjszr')
  const headId = head.me.id as number
  await head.close()
  const s = await apiSession('jijian')
  const today = await serverCivilToday()
  Object.assign(overdue, await register(s, daysBefore(today, 60), `e2e 站内消息：期限已过（${stamp}）`, headId))
  Object.assign(signature, await register(s, today, `e2e 站内消息：待审批（${stamp}）`, headId))
  for (const body of [
    { action: 'start_review', as: 'handler', opinion: '提交集体排查' },
    { action: 'propose_disposition', as: 'handler', opinion: '建议予以谈话函询', disposition: 'talk_or_inquiry' },
  ]) {
    const r = await s.post(`/clues/${signature.id}/actions`, body)
    expect(r.status, JSON.stringify(r.body)).toBe(200)
  }
  await s.close()
})

const bell = (page: Page) => page.locator('[data-test="header-messages"]')

async function summary(page: Page) {
  const r = await page.request.get('/api/v1/messages/summary')
  expect(r.status(), 'GET /messages/summary').toBe(200)
  return (await r.json()).data as { unread: number; open: number; todo: number; due_soon: number; overdue: number }
}

/** The bell's badge shows n, or nothing at all when n is 0. */
async function expectBadge(page: Page, n: number) {
  const badge = bell(page).locator('.el-badge__content')
  if (n === 0) await expect(badge).toBeHidden()
  else await expect(badge).toHaveText(n > 99 ? '99+' : String(n))
}

test('jijian: the bell counts the unread messages, opening one and marking all read clear it', async ({ page }) => {
  await login(page, 'jijian')
  await settled(page)
  const s = await summary(page)
  expect(s.unread).toBeGreaterThan(0)
  await expectBadge(page, s.unread)

  // 我的待办: the overdue clue, and the counts of the summary.
  const card = page.locator('[data-test="home-todo"]')
  const item = card.locator('[data-test="home-todo-item"][data-kind="overdue"][data-source^="clues."]', { hasText: overdue.number })
  await expect(item).toBeVisible()
  await expect(item).toContainText('已逾期')
  await expect(card.locator('[data-test="home-todo-count-overdue"]')).toHaveText(`已逾期 ${s.overdue}`)
  await expect(card.locator('[data-test="home-todo-count-todo"]')).toHaveText(`待办 ${s.todo}`)
  await expect(card.locator('[data-test="home-todo-count-due_soon"]')).toHaveText(`即将到期 ${s.due_soon}`)
  // At most eight, the late ones first.
  expect(await card.locator('[data-test="home-todo-item"]').count()).toBeLessThanOrEqual(8)
  await expect(card.locator('[data-test="home-todo-item"]').first()).toHaveAttribute('data-kind', 'overdue')
  await shoot(page, 'home-messages-jijian')

  // The bell opens the unread messages: as many rows as it counts (one page of 20).
  await bell(page).click()
  await expect(page.locator('[data-test="page-messages"]')).toBeVisible()
  await expect(page).toHaveURL(/\/messages\?status=unread/)
  await settled(page)
  const rows = page.locator('[data-test="message-row"]')
  await expect(rows.first()).toBeVisible()
  await expect(page.locator('[data-test="message-row"][data-state="unread"]')).toHaveCount(Math.min(s.unread, 20))
  await expect(page.locator('.el-tabs__item.is-active')).toHaveText(`未读（${s.unread}）`)
  await shoot(page, 'messages-unread')

  // Opening the overdue clue's message lands on the clue; the bell counts one less.
  const row = page.locator('[data-test="message-row"][data-state="unread"]', { hasText: overdue.number })
  await row.first().locator('[data-test="message-title"]').click()
  await expect(page).toHaveURL(new RegExp(`/supervision/clues/${overdue.id}$`))
  await expect(page.locator('[data-test="page-clue"]')).toBeVisible()
  await expectBadge(page, s.unread - 1)
  expect((await summary(page)).unread).toBe(s.unread - 1)

  // The kind filter narrows the 待办 list.
  await page.goto('/messages')
  await settled(page)
  await pickOption(page, 'messages-filter-kind', '已逾期')
  await settled(page)
  await expect(page).toHaveURL(/kind=overdue/)
  await expect(rows.first()).toBeVisible()
  await expect(page.locator('[data-test="message-row"]:not([data-kind="overdue"])')).toHaveCount(0)
  await expect(rows.filter({ hasText: overdue.number }).first()).toHaveAttribute('data-state', 'read')

  // 全部标为已读, confirmed: the bell empties, the tasks stay open (read).
  await page.locator('[data-test="messages-read-all"]').click()
  await page.locator('.el-message-box__btns .el-button--primary').click()
  await expectBadge(page, 0)
  expect((await summary(page)).unread).toBe(0)
  await settled(page)
  await expect(rows.filter({ hasText: overdue.number }).first()).toBeVisible()
  await expect(page.locator('[data-test="message-row"][data-state="unread"]')).toHaveCount(0)
  await expect(page.locator('[data-test="messages-read-all"]')).toBeDisabled()
  await shoot(page, 'messages-all-read')
})

test('zhigong (staff) has no clue message; sysadmin has the bell and the page too', async ({ page }) => {
  await login(page, 'zhigong')
  const r = await page.request.get('/api/v1/messages?status=all&page_size=200')
  expect(r.status()).toBe(200)
  const env = await r.json()
  expect(env.meta.total).toBeLessThanOrEqual(200)
  expect(env.data.filter((m: { source: string }) => String(m.source).startsWith('clues.'))).toEqual([])
  await expect(page.locator('[data-test="home-todo"]')).toBeVisible()
  await expect(page.locator('[data-test="home-todo-item"][data-source^="clues."]')).toHaveCount(0)
  await expectBadge(page, (await summary(page)).unread)
  await page.goto('/messages?status=all')
  await expect(page.locator('[data-test="page-messages"]')).toBeVisible()
  await settled(page)
  await expect(page.locator('[data-test="message-row"][data-source^="clues."]')).toHaveCount(0)

  await page.context().clearCookies()
  await login(page, 'sysadmin')
  await expect(page.locator('[data-test="home-todo"]')).toBeVisible()
  await expectBadge(page, (await summary(page)).unread)
  await bell(page).click()
  await expect(page.locator('[data-test="page-messages"]')).toBeVisible()
})

test('jjszr finds the signature awaited from him on his home page and opens the clue', async ({ page }) => {
  await login(page, 'jjszr')
  // The home list shows the most urgent eight; the 待我审批 tile lists every signature.
  await page.locator('[data-test="wb-count-approvals"]').click()
  await expect(page.locator('[data-test="wb-list-head"]')).toBeVisible()
  const item = page.locator('[data-test="home-todo-item"][data-kind="todo"][data-source="clues.signature"]', { hasText: signature.number })
  await expect(item).toBeVisible()
  await expect(item).toContainText('待办')
  await item.locator('[data-test="message-title"]').click()
  await expect(page).toHaveURL(new RegExp(`/supervision/clues/${signature.id}$`))
  await expect(page.locator('[data-test="clue-action-approve"]')).toHaveCount(1)
})
