// Statistics and the working-day calendar:
//  - jiwei's statistics page draws its charts and the export downloads an XLSX with
//    Chinese headers; dangwei (party secretary) opens statistics but has no clue menu;
//  - the calendar: sysadmin edits a row's holiday name (and puts it back); zhigong
//    reads it without edit buttons.
import * as path from 'node:path'
import { test, expect, login, shoot, settled, SCREENSHOT_DIR } from './fixtures'
import { readSheet } from './xlsx'

test('the statistics page renders its charts for jiwei and exports XLSX', async ({ page }) => {
  await login(page, 'jiwei')
  await page.locator('[data-test="menu-supervision-stats"]').click()
  await expect(page.locator('[data-test="page-stats"]')).toBeVisible()
  await settled(page)
  for (const c of ['source', 'category', 'form', 'disposition']) {
    await expect(page.locator(`[data-test="chart-${c}"] canvas`)).toHaveCount(1)
  }
  await expect(page.locator('[data-test="stats-table-source"]')).toContainText('信访举报')
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
  const rows = await readSheet(file)
  expect(rows.length).toBeGreaterThan(1)
  expect(rows.flat().join(' ')).toMatch(/[\u4e00-\u9fa5]/)
})

test('the party secretary sees statistics but no clue', async ({ page }) => {
  await login(page, 'dangwei')
  await expect(page.locator('[data-test="menu-supervision-stats"]')).toHaveCount(1)
  await expect(page.locator('[data-test="menu-clues"]')).toHaveCount(0)
  await page.goto('/supervision/clues')
  await expect(page.locator('[data-test="page-403"]')).toBeVisible()
  await page.goto('/supervision/stats')
  await settled(page)
  await expect(page.locator('[data-test="chart-source"] canvas')).toHaveCount(1)
})

test('sysadmin edits the calendar; staff read it only', async ({ page }) => {
  const year = new Date().getFullYear()
  await login(page, 'sysadmin')
  await page.locator('[data-test="menu-calendar"]').click()
  await expect(page.locator('[data-test="page-calendar"]')).toBeVisible()
  await settled(page)
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

  await page.context().clearCookies()
  await login(page, 'zhigong')
  await page.goto('/system/calendar')
  await expect(page.locator('[data-test="page-calendar"]')).toBeVisible()
  await settled(page)
  await expect(page.locator('[data-test="calendar-readonly"]')).toBeVisible()
  await expect(page.locator('[data-test="calendar-table"]')).toContainText('春节')
  await expect(page.locator('[data-test^="calendar-edit-"]')).toHaveCount(0)
  await expect(page.locator('[data-test="calendar-import"]')).toHaveCount(0)
  await shoot(page, 'calendar-staff')
})
