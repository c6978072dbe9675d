// Integrity talks: a person transferred today is on the pending list; jijian records a
// collective talk for them from that list and they leave it; the talk is in the list
// and its detail page; the talks export downloads an XLSX.
import * as path from 'node:path'
import { test, expect, login, shoot, settled, apiSession, pickOption } from './fixtures'
import { readLedger } from './xlsx'

test.describe.configure({ mode: 'serial' })

let person = { id: 0, name: '' }
const summary = `新提拔干部集体廉政谈话 e2e ${String(Date.now()).slice(-6)}`
// The search covers names and the place, not the summary (sealed at rest): a unique place.
const location = `第一会议室 e2e ${String(Date.now()).slice(-6)}`

test.beforeAll(async () => {
  // renshi transfers, today, someone of the bureau who is in the position records
  // already (a first entry into the records requires no talk) and is not pending yet.
  const hr = await apiSession('renshi')
  const pending = await apiSession('jijian')
  const already = new Set(((await pending.get('/talks/pending')).body.data as any[]).map((p) => p.person_id))
  const people = (await hr.get('/org/people?page_size=100&status=active')).body.data as any[]
  const tree = (await hr.get('/org/departments')).body.data as any[]
  const depts: any[] = []
  const walk = (l: any[]) => l.forEach((d) => (depts.push(d), d.children && walk(d.children)))
  walk(tree)
  let chosen: any = null
  for (const p of people) {
    if (already.has(p.id) || !p.department_id) continue
    const history = (await hr.get(`/org/people/${p.id}/positions`)).body.data as any[]
    if (history?.length) {
      chosen = p
      break
    }
  }
  expect(chosen, 'an active person with a position history').toBeTruthy()
  const target = depts.find((d) => d.id !== chosen.department_id && !d.archived_at)
  const today = new Date(Date.now() + 8 * 3600 * 1000).toISOString().slice(0, 10)
  const ev = await hr.post(`/org/people/${chosen.id}/position-events`, {
    kind: 'transfer',
    department_id: target.id,
    effective_date: today,
    note: 'e2e 调整岗位',
  })
  expect(ev.status, JSON.stringify(ev.body)).toBeLessThan(300)
  person = { id: chosen.id, name: chosen.name }
  await hr.close()
  await pending.close()
})

test('a transferred person is pending; a collective talk recorded for them takes them off the list', async ({ page }) => {
  await login(page, 'jijian')
  await page.locator('[data-test="menu-talks-pending"]').click()
  await expect(page.locator('[data-test="page-talks-pending"]')).toBeVisible()
  await settled(page)
  const row = page.locator('[data-test="pending-table"] tbody tr', { hasText: person.name })
  await expect(row).toHaveCount(1)
  await shoot(page, 'talks-pending')
  await page.locator(`[data-test="pending-record-${person.id}"]`).click()
  const dialog = page.locator('[data-test="talk-dialog"]')
  await expect(page.locator('.el-dialog:visible')).toBeVisible()
  await expect(page.locator('[data-test="talk-participants"]')).toContainText(person.name)
  await expect(page.locator('.el-dialog:visible [data-test="talk-kind"]')).toContainText('新提拔')
  await page.locator('input[data-test="talk-talker"]').fill('纪委书记')
  await page.locator('input[data-test="talk-location"]').fill(location)
  await page.locator('textarea[data-test="talk-summary"]').fill(summary)
  await shoot(page, 'talk-form')
  await page.locator('[data-test="talk-save"]').click()
  await expect(page.locator('[data-test="talk-form-error"]')).toHaveCount(0)
  await expect(page.locator('.el-dialog:visible')).toHaveCount(0)
  await settled(page)
  await expect(page.locator('[data-test="pending-table"] tbody tr', { hasText: person.name })).toHaveCount(0)
  void dialog
})

test('the talk is listed, opens in its page, and the list exports as XLSX', async ({ page }) => {
  await login(page, 'jijian')
  await page.goto('/supervision/talks')
  await page.locator('input[data-test="talk-search"]').fill(location)
  await page.locator('input[data-test="talk-search"]').press('Enter')
  await settled(page)
  const table = page.locator('[data-test="talk-table"]')
  await expect(table.locator('tbody tr')).toHaveCount(1)
  await expect(table).toContainText(person.name)
  await expect(table).toContainText('新提拔')
  await page.locator('[data-test="talk-search"]').first().fill('')
  await page.locator('input[data-test="talk-search"]').press('Enter')
  await settled(page)
  await shoot(page, 'talks-list')
  const downloading = page.waitForEvent('download')
  await page.locator('[data-test="export-link"]').click()
  const file = path.join(test.info().outputDir, 'talks.xlsx')
  await (await downloading).saveAs(file)
  const rows = await readLedger(file, '廉政谈话台账')
  expect(rows.length).toBeGreaterThan(1)
  expect(rows.flat().join(' ')).toContain(person.name)

  await page.locator('[data-test="talk-table"] tbody tr', { hasText: person.name }).first().locator('a').first().click()
  await expect(page.locator('[data-test="page-talk"]')).toBeVisible()
  await settled(page)
  await expect(page.locator('[data-test="page-talk"]')).toContainText(person.name)
  await shoot(page, 'talk-detail')
  void pickOption
})
