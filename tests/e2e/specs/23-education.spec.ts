// Education and study: a staff member (zhigong) sees 待学习 on the home page, opens the
// demo year's latest warning-education notice from 我的学习, reads it and confirms
// (已学习确认); the discipline secretary (jiwei) then sees the confirmed count of
// zhigong's department one higher on the notice's completion table than before. The three
// administrators cannot open the notice. Confirms one notice for zhigong.
import { test, expect, login, logout, shoot, settled, apiSession } from './fixtures'

test.describe.configure({ mode: 'serial' })

let DEPT = ''
const notice = { id: 0, number: '', title: '' }
let before = { assigned: 0, confirmed: 0 }

async function departmentRow(id: number): Promise<{ assigned: number; confirmed: number }> {
  const jiwei = await apiSession('jiwei')
  const r = await jiwei.get(`/education/items/${id}/completion`)
  await jiwei.close()
  expect(r.status, JSON.stringify(r.body)).toBe(200)
  const row = (r.body.data as any[]).find((d) => d.department_name === DEPT)
  expect(row, `completion row of ${DEPT}`).toBeTruthy()
  return { assigned: row.assigned, confirmed: row.confirmed }
}

test.beforeAll(async () => {
  const s = await apiSession('zhigong')
  const r = await s.get('/education/items?status=pending&kind=notice&page_size=50')
  const personId = s.me.person_id as number
  await s.close()
  expect(r.status, JSON.stringify(r.body)).toBe(200)
  const pending = r.body.data as any[]
  expect(pending.length, 'the demo leaves the latest notice to study').toBeGreaterThan(0)
  Object.assign(notice, { id: pending[0].id, number: pending[0].number, title: pending[0].title })
  // zhigong's department (at assignment), from the committee's list of assignees.
  const jiwei = await apiSession('jiwei')
  const people = await jiwei.get(`/education/items/${notice.id}/assignees`)
  await jiwei.close()
  const me = (people.body.data as any[]).find((a) => a.person_id === personId)
  expect(me, 'zhigong among the assignees').toBeTruthy()
  DEPT = me.department_name
  before = await departmentRow(notice.id)
})

test('zhigong reads the latest notice and confirms it', async ({ page }) => {
  await login(page, 'zhigong')
  const line = page.locator('[data-test="pending-education.pending"]')
  await expect(line).toBeVisible()
  await expect(line).toContainText('待学习')
  await line.locator('a').click()
  await expect(page.locator('[data-test="page-education-my"]')).toBeVisible()
  await settled(page)
  const row = page.locator('[data-test="my-table"] tbody tr', { hasText: notice.number })
  await expect(row).toHaveCount(1)
  await expect(row).toContainText('待学习')
  await shoot(page, 'education-my')
  await row.locator('[data-test="my-item-link"]').click()
  await expect(page.locator('[data-test="page-education-item"]')).toBeVisible()
  await expect(page.locator('[data-test="item-heading"]')).toContainText(notice.title)
  await expect(page.locator('[data-test="item-body-text"]')).not.toBeEmpty()
  // Staff see the notice, not other people's progress.
  await expect(page.locator('[data-test="completion-table"]')).toHaveCount(0)
  await page.locator('[data-test="item-confirm"]').click()
  await expect(page.locator('[data-test="item-my-state"]')).toContainText('确认学习')
  await expect(page.locator('[data-test="item-confirm"]')).toHaveCount(0)
  await settled(page)
  await shoot(page, 'education-item-confirmed')
  // It left the pending list.
  await page.goto('/education/my?status=pending')
  await settled(page)
  await expect(page.locator('[data-test="my-table"] tbody tr', { hasText: notice.number })).toHaveCount(0)
  await logout(page)
})

test('the department completion count moved by one for the discipline secretary', async ({ page }) => {
  const after = await departmentRow(notice.id)
  expect(after.assigned).toBe(before.assigned)
  expect(after.confirmed).toBe(before.confirmed + 1)
  await login(page, 'jiwei')
  await page.goto(`/education/items/${notice.id}`)
  await expect(page.locator('[data-test="page-education-item"]')).toBeVisible()
  await settled(page)
  const row = page.locator('[data-test="completion-table"] tbody tr', { hasText: DEPT })
  await expect(row).toHaveCount(1)
  await expect(row.locator('td').nth(3)).toHaveText(String(before.confirmed + 1))
  await expect(page.locator('[data-test="completion-total"]')).toContainText('合计')
  await shoot(page, 'education-completion')
  await page.goto('/education/sessions')
  await expect(page.locator('[data-test="page-education-sessions"]')).toBeVisible()
  await settled(page)
  await expect(page.locator('[data-test="study-summary"]')).toContainText('领学交流')
  await shoot(page, 'education-sessions')
  await logout(page)
})

test('the administrators cannot open the notice', async () => {
  for (const admin of ['sysadmin', 'secadmin', 'auditor']) {
    const s = await apiSession(admin)
    const r = await s.get(`/education/items/${notice.id}`)
    await s.close()
    expect(r.status, admin).toBe(403)
  }
})
