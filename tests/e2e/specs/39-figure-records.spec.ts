// The records behind a figure (issue 19): the discipline secretary (jiwei) goes from the
// home page to the work dashboard by its link, then on the figures page opens the
// records behind one of the figures counted record by record (警示教育片, 会商会诊, 八项规定
// 专项治理发现问题, 研讨交流 — the first the demo year holds), sees as many records as the
// figure counts, and downloads them as a ledger XLSX (title, 筛选条件 and 导出时间, 序号,
// 内部资料 in the page header). A staff member has no dashboard link.
import * as path from 'node:path'
import ExcelJS from 'exceljs'
import { test, expect, login, logout, settled, apiSession, serverCivilToday } from './fixtures'
import { readSheet } from './xlsx'

const CODES = ['education.warning_films', 'risk.consultations', 'inspections.eight_rules_findings', 'coop.seminars']

test('a figure opens its records and downloads them as a ledger XLSX', async ({ page }) => {
  const year = Number((await serverCivilToday()).slice(0, 4))
  const jiwei = await apiSession('jiwei')
  const r = await jiwei.get(`/annual/figures?year=${year}`)
  expect(r.status).toBe(200)
  await jiwei.close()
  const figures: Record<string, any> = {}
  for (const f of r.body.data.figures) figures[f.code] = f
  for (const code of CODES) expect(figures[code], code).toBeTruthy()
  const fig = CODES.map((c) => figures[c]).find((f) => f.drill && f.value > 0)
  expect(fig, 'the demo year holds records of one of the new figures').toBeTruthy()

  await login(page, 'jiwei')
  await page.locator('[data-test="home-dashboard-link"]').click()
  await expect(page.locator('[data-test="page-annual-dashboard"]')).toBeVisible()
  await page.locator('[data-test="menu-annual-figures"]').click()
  await expect(page.locator('[data-test="page-annual-figures"]')).toBeVisible()
  await settled(page)
  await expect(page.locator(`[data-test="value-${fig.code}"]`)).toHaveText(String(fig.value))
  const row = page.locator('[data-test="figures-table"] tbody tr', { has: page.locator(`[data-test="figure-${fig.code}"]`) })
  await expect(row).toContainText(fig.definition_zh.slice(0, 12))
  await page.locator(`[data-test="drill-${fig.code}"]`).click()
  const dialog = page.locator('[data-test="records-dialog"]')
  await expect(dialog).toBeVisible()
  await expect(dialog.locator('[data-test="records-table"] tbody tr')).toHaveCount(fig.value)
  await expect(dialog.locator('[data-test="records-total"]')).toContainText(String(fig.value))

  const downloading = page.waitForEvent('download')
  await dialog.locator('[data-test="export-link"]').click()
  const file = path.join(test.info().outputDir, 'records.xlsx')
  await (await downloading).saveAs(file)
  const rows = await readSheet(file)
  expect(rows[0][0]).toContain(`${fig.label_zh}明细（${year}年）`)
  expect(rows[1][0]).toMatch(/筛选条件：.*导出时间：/)
  expect(rows[2][0]).toBe('序号')
  const data = rows.slice(3).filter((x) => /^\d+$/.test(x[0]))
  expect(data.map((x) => x[0])).toEqual(Array.from({ length: fig.value }, (_, i) => String(i + 1)))
  expect(rows.some((x) => x[0].startsWith(`合计 ${fig.value} `))).toBe(true)
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.readFile(file)
  expect(wb.worksheets[0].headerFooter.oddHeader ?? '').toContain('内部资料')
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  await logout(page)

  await login(page, 'zhigong')
  await expect(page.locator('[data-test="page-home"]')).toBeVisible()
  await settled(page)
  await expect(page.locator('[data-test="home-dashboard-link"]')).toHaveCount(0)
})
