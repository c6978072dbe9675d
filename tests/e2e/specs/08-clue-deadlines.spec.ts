// Deadlines follow the server's clock (test mode): a clue registered today is not
// overdue; with the clock moved 45 days on, its one-month disposition deadline has
// passed and it is in the overdue list (and counted on the dashboard); with the clock
// back, it leaves the list.
import { test, expect, login, shoot, settled, apiSession, setClock } from './fixtures'

test.describe.configure({ mode: 'serial' })

const DAY = 24 * 3600 * 1000
let number = ''

test.afterAll(async () => {
  await setClock(0) // never leave the shared server in the future
})

test('an overdue clue appears in the overdue list when the clock moves, and leaves when it moves back', async ({ page }) => {
  await setClock(0)
  const s = await apiSession('jijian')
  const today = new Date(Date.now() + 8 * 3600 * 1000).toISOString().slice(0, 10) // Beijing day
  const r = await s.post('/clues', {
    source: 'self_discovered',
    category: 'work',
    matter: `e2e 期限测试 ${Date.now()}`,
    received_on: today,
    persons: [{ name: '期限测试对象', position: '科员' }],
    assignments: [],
  })
  expect(r.status, JSON.stringify(r.body)).toBe(200)
  number = r.body.data.number
  await s.close()

  await login(page, 'jijian')
  await page.goto('/supervision/deadlines')
  await settled(page)
  await expect(page.locator('[data-test="deadline-table-overdue"]')).not.toContainText(number)

  await setClock(45 * DAY)
  await page.context().clearCookies()
  await login(page, 'jijian') // the old session has been idle for 45 days
  await expect(page.locator('[data-test="reminder-overdue"]')).toBeVisible()
  await settled(page)
  await shoot(page, 'home-clue-reminders')
  await page.locator('[data-test="reminder-overdue"]').click()
  await expect(page.locator('[data-test="page-deadlines"]')).toBeVisible()
  await settled(page)
  const overdue = page.locator('[data-test="deadline-table-overdue"]')
  await expect(overdue).toContainText(number)
  await expect(overdue.locator('tr', { hasText: number })).toContainText('已逾期')
  await expect(overdue.locator('tr', { hasText: number })).toContainText('提出处置意见')
  await shoot(page, 'deadlines-overdue')

  await setClock(0)
  await page.context().clearCookies()
  await login(page, 'jijian')
  await page.goto('/supervision/deadlines?status=overdue')
  await settled(page)
  await expect(page.locator('[data-test="deadline-table-overdue"]')).not.toContainText(number)
  await page.locator('.el-tabs__item', { hasText: '即将到期' }).click()
  await settled(page)
  await expect(page.locator('[data-test="deadline-table-due_soon"]')).toBeVisible()
  await shoot(page, 'deadlines-due-soon')
})
