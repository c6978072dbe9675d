// Statistics and the working-day calendar:
//  - jiwei's statistics page draws its charts and the export downloads an XLSX with
//    Chinese headers; dangwei (party secretary) opens statistics but has no clue menu;
//  - the calendar: sysadmin edits a row's holiday name (and puts it back); zhigong
//    reads it without edit buttons.
import * as path from 'node:path'
import { test, expect, login, shoot, settled, SCREENSHOT_DIR, serverCivilToday, setClock } from './fixtures'
import { readLedger } from './xlsx'
import type { Page } from '@playwright/test'

// The statistics are computed over every clue, deadline and talk of two years: on a
// loaded CI machine that can take longer than the default 15 s expectation.
async function statsLoaded(page: Page) {
  await expect(page.locator('[data-test="page-stats"]')).toBeVisible()
  await expect(page.locator('.el-loading-mask')).toHaveCount(0, { timeout: 60_000 })
}

test('the statistics page renders its charts for jiwei and exports XLSX', async ({ page }) => {
  await login(page, 'jiwei')
  await page.locator('[data-test="menu-supervision-stats"]').click()
  await statsLoaded(page)
  for (const c of ['source', 'category', 'form', 'disposition']) {
    await expect(page.locator(`[data-test="chart-${c}"] canvas`)).toHaveCount(1)
  }
  await expect(page.locator('[data-test="stats-table-source"]')).toContainText('信访举报')
  // Each table ends with a 合计 row whose 合计 column sums the rows above it.
  const source = page.locator('[data-test="stats-table-source"]')
  const footer = source.locator('.el-table__footer-wrapper tr').first()
  await expect(footer).toContainText('合计')
  const totals = await source.locator('.el-table__body-wrapper tbody tr').evaluateAll((rows) =>
    rows.map((r) => {
      const cells = r.querySelectorAll('td')
      return Number(cells[cells.length - 3]?.textContent?.trim() ?? 'NaN')
    }),
  )
  const footCells = await footer.locator('td').allTextContents()
  expect(Number(footCells[footCells.length - 3].trim())).toBe(totals.reduce((a, b) => a + b, 0))
  await shoot(page, 'stats')
  // The whole page (charts and every table) in one tall picture for review.
  await page.setViewportSize({ width: 1366, height: 4200 })
  await page.waitForTimeout(400)
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'stats-full-1366.png') })
  await page.setViewportSize({ width: 1366, height: 768 })
  const downloading = page.waitForEvent('download')
  await page.locator('[data-test="export-link"]').click()
  const file = path.join(test.info().outputDir, 'stats.xlsx')
  await (await downloading).saveAs(file)
  const rows = await readLedger(file, '监督执纪统计表')
  expect(rows.length).toBeGreaterThan(1)
  expect(rows[rows.length - 1][0]).toBe('合计')
  expect(rows.flat().join(' ')).toMatch(/[\u4e00-\u9fa5]/)
})

test('the party secretary sees statistics but no clue', async ({ page }) => {
  await login(page, 'dangwei')
  await expect(page.locator('[data-test="menu-supervision-stats"]')).toHaveCount(1)
  await expect(page.locator('[data-test="menu-clues"]')).toHaveCount(0)
  await page.goto('/supervision/clues')
  await expect(page.locator('[data-test="page-403"]')).toBeVisible()
  await page.goto('/supervision/stats')
  await statsLoaded(page)
  await expect(page.locator('[data-test="chart-source"] canvas')).toHaveCount(1)
})

test('sysadmin edits the calendar; staff read it only', async ({ page }) => {
  const civilYear = Number((await serverCivilToday()).slice(0, 4))
  await login(page, 'sysadmin')
  await page.locator('[data-test="menu-calendar"]').click()
  await expect(page.locator('[data-test="page-calendar"]')).toBeVisible()
  await settled(page)
  // The page opens on the bureau's year (UTC+8 at the server's clock), not the browser's.
  await expect(page.locator('[data-test="calendar-year"]')).toContainText(String(civilYear))
  // The shipped calendar (share/calendar) ends with 2026: in a later year the edits
  // below are made on 2026's rows.
  const year = Math.min(civilYear, 2026)
  if (year !== civilYear) {
    await page.locator('[data-test="calendar-year"]').click()
    await page.locator('.el-select-dropdown:visible .el-select-dropdown__item', { hasText: String(year) }).click()
    await settled(page)
  }
  const rows = page.locator('[data-test="calendar-table"] tbody tr')
  await expect(rows.first()).toBeVisible()
  await expect(page.locator('[data-test="calendar-table"]')).toContainText('春节')
  await shoot(page, 'calendar-admin')
  // Edit the first row's holiday name, check, and put it back.
  const first = rows.first()
  const date = (await first.locator('td').first().innerText()).trim()
  expect(date).toMatch(new RegExp(`^${year}-\\d\\d-\\d\\d$`))
  await page.locator(`[data-test="calendar-edit-${date}"]`).click()
  const holiday = page.locator('input[data-test="calendar-holiday"]')
  const before = await holiday.inputValue()
  await holiday.fill(before + '（e2e）')
  await page.locator('[data-test="calendar-save"]').click()
  await expect(page.locator('.el-dialog:visible')).toHaveCount(0)
  await expect(rows.first()).toContainText(before + '（e2e）')
  await page.locator(`[data-test="calendar-edit-${date}"]`).click()
  await page.locator('input[data-test="calendar-holiday"]').fill(before)
  await page.locator('[data-test="calendar-save"]').click()
  await expect(page.locator('.el-dialog:visible')).toHaveCount(0)
  await expect(rows.first()).not.toContainText('（e2e）')

  // Import: a file with a bad line is refused whole, naming the line; a good one lands.
  const next = year + 1
  const input = page.locator('[data-test="calendar-import-input"]')
  const bad = `date,kind,holiday,source\n${next}-05-01,休,劳动节,e2e\n${next}-05-02,放假,劳动节,e2e\n`
  await input.setInputFiles({ name: 'bad.csv', mimeType: 'text/csv', buffer: Buffer.from(bad, 'utf8') })
  await expect(page.locator('[data-test="calendar-import-error"]')).toContainText('bad.csv:3')
  await page.locator('[data-test="calendar-year"]').click()
  await page.locator('.el-select-dropdown:visible .el-select-dropdown__item', { hasText: String(next) }).click()
  await settled(page)
  await expect(page.locator('[data-test="calendar-table"]')).not.toContainText(`${next}-05-01`)
  const good = `date,kind,holiday,source\n${next}-05-01,休,劳动节,e2e 导入\n`
  await input.setInputFiles({ name: 'good.csv', mimeType: 'text/csv', buffer: Buffer.from(good, 'utf8') })
  await expect(page.locator('[data-test="calendar-table"]')).toContainText(`${next}-05-01`)
  await expect(page.locator('[data-test="calendar-table"]')).toContainText('e2e 导入')
  await page.locator(`[data-test="calendar-delete-${next}-05-01"]`).click()
  await page.locator('.el-message-box__btns .el-button--primary').click()
  await expect(page.locator('[data-test="calendar-table"]')).not.toContainText(`${next}-05-01`)

  await page.context().clearCookies()
  await login(page, 'zhigong')
  await page.goto('/system/calendar')
  await expect(page.locator('[data-test="page-calendar"]')).toBeVisible()
  await settled(page)
  await expect(page.locator('[data-test="calendar-readonly"]')).toBeVisible()
  if (year !== civilYear) {
    await page.locator('[data-test="calendar-year"]').click()
    await page.locator('.el-select-dropdown:visible .el-select-dropdown__item', { hasText: String(year) }).click()
    await settled(page)
  }
  await expect(page.locator('[data-test="calendar-table"]')).toContainText('春节')
  await expect(page.locator('[data-test^="calendar-edit-"]')).toHaveCount(0)
  await expect(page.locator('[data-test="calendar-import"]')).toHaveCount(0)
  await shoot(page, 'calendar-staff')
})

test.describe('the missing-year reminder', () => {
  test.afterAll(async () => {
    await setClock(0) // never leave the shared server elsewhere in time
  })

  test('on 2026-11-15 the system administrator is told 2027 is missing and lands on it', async ({ page }) => {
    // The shipped calendar ends with 2026; from November (the default) next year is due.
    await setClock(Date.parse('2026-11-15T04:00:00Z') - Date.now())
    await login(page, 'sysadmin')
    const item = page.locator('[data-test="pending-calendar.next_year_missing"]')
    await expect(item).toContainText('2027 年工作日历尚未导入')
    await item.locator('a').click()
    await expect(page.locator('[data-test="page-calendar"]')).toBeVisible()
    await settled(page)
    await expect(page.locator('[data-test="calendar-year"]')).toContainText('2027')
    await expect(page.locator('[data-test="calendar-table"]')).toContainText('该年份暂无日历记录')
    await shoot(page, 'calendar-reminder')
    await page.context().clearCookies()
    await login(page, 'jiwei')
    await expect(page.locator('[data-test="pending-calendar.next_year_missing"]')).toHaveCount(0)
  })
})
