// Role dashboards (工作看板, issue 19): the discipline secretary (jiwei), the Party
// secretary (dangwei) and a department head (chuzhang) each open their own dashboard for
// the demo year: trends by month (line) and by year (bars), each with its table whose
// 合计 equals the figure of the year as the figures page computes it; what a role may
// not see is absent (the department head has no clue chart); the page prints without
// the menu; the XLSX export is in the ledger layout. The three administrators have no
// dashboard (no menu, 403). And the demo year's report downloads as DOCX, PDF (GB/T 9704:
// A4, title, figures, "— 1 —", embedded free fonts — read with poppler-utils) and XLSX.
import { execFileSync } from 'node:child_process'
import * as path from 'node:path'
import { test, expect, login, logout, shoot, settled, apiSession, serverCivilToday } from './fixtures'
import { readSheet } from './xlsx'

test.describe.configure({ mode: 'serial' })

let year = 0
const figures: Record<string, Record<string, any>> = {}

test.beforeAll(async () => {
  year = Number((await serverCivilToday()).slice(0, 4))
  for (const user of ['jiwei', 'dangwei', 'chuzhang']) {
    const s = await apiSession(user)
    const r = await s.get(`/annual/figures?year=${year}`)
    expect(r.status, JSON.stringify(r.body)).toBe(200)
    figures[user] = {}
    for (const f of r.body.data.figures) figures[user][f.code] = f
    await s.close()
  }
  expect(figures.jiwei['clues.received'].value).toBeGreaterThan(0)
})

test('the demo year report downloads as DOCX, PDF (GB/T 9704) and XLSX', async ({ page }) => {
  await login(page, 'jiwei')
  await page.locator('[data-test="menu-annual-reports"]').click()
  await settled(page)
  const title = `关于${year}年度党风廉政建设工作情况的报告`
  await page.locator('[data-test="reports-table"] tbody tr', { hasText: title }).first().locator('[data-test="report-link"]').click()
  await expect(page.locator('[data-test="page-annual-report"]')).toBeVisible()
  await settled(page)
  const files: Record<string, string> = {}
  for (const format of ['docx', 'pdf', 'xlsx']) {
    const downloading = page.waitForEvent('download')
    await page.locator(`[data-test="report-${format}"]`).click()
    const d = await downloading
    expect(d.suggestedFilename()).toMatch(new RegExp(`\\.${format}$`))
    files[format] = path.join(test.info().outputDir, `report.${format}`)
    await d.saveAs(files[format])
  }
  expect(execFileSync('unzip', ['-p', files.docx, 'word/document.xml']).toString('utf8')).toContain(title)
  const info = execFileSync('pdfinfo', [files.pdf]).toString('utf8')
  expect(info).toContain('595.276 x 841.89 pts (A4)')
  const text = execFileSync('pdftotext', [files.pdf, '-']).toString('utf8')
  expect(text).toContain(title)
  expect(text).toContain('— 1 —')
  // The PDF says what the DOCX says (other specs may add clues before this one runs, so
  // the report's number is read from the DOCX, not from today's figure).
  const docxText = execFileSync('unzip', ['-p', files.docx, 'word/document.xml']).toString('utf8').replace(/<[^>]+>/g, '')
  const sentence = docxText.match(new RegExp(`${year}年共收到问题线索\\d+个`))
  expect(sentence, 'the DOCX names the clues received').toBeTruthy()
  expect(text.replace(/\s+/g, '')).toContain(sentence![0])
  const fonts = execFileSync('pdffonts', [files.pdf]).toString('utf8')
  expect(fonts).toContain('NotoSerifCJK')
  expect(fonts).toContain('UMingCN')
  const sheet = await readSheet(files.xlsx)
  expect(sheet.length).toBeGreaterThan(3)
  await logout(page)
})

// The rows of a table on the page as text.
async function tableRows(page: import('@playwright/test').Page, testId: string): Promise<string[][]> {
  return page.locator(`[data-test="${testId}"] tr`).evaluateAll((trs) =>
    trs.map((tr) => Array.from(tr.querySelectorAll('th,td')).map((c) => (c.textContent || '').trim())),
  )
}

test('the discipline secretary sees trends by month and year whose totals equal the figures', async ({ page }) => {
  await login(page, 'jiwei')
  await page.locator('[data-test="menu-annual-dashboard"]').click()
  await expect(page.locator('[data-test="page-annual-dashboard"]')).toBeVisible()
  await settled(page)
  await expect(page.locator('[data-test="dash-title"]')).toHaveText(`纪委书记工作看板（${year}年）`)
  // Charts are drawn (ECharts canvas) for months and years.
  await expect(page.locator('[data-test="dash-month-chart-clues"] canvas')).toHaveCount(1)
  await expect(page.locator('[data-test="dash-year-chart-clues"] canvas')).toHaveCount(1)
  const rows = await tableRows(page, 'dash-month-table-clues')
  expect(rows[0]).toEqual(['时间', '收到问题线索（个）', '处置问题线索（个）', '受理信访举报（件）'])
  expect(rows[1][0]).toBe('1月')
  const total = rows[rows.length - 1]
  expect(total[0]).toBe('合计')
  expect(Number(total[1])).toBe(figures.jiwei['clues.received'].value)
  expect(Number(total[2])).toBe(figures.jiwei['clues.disposed'].value)
  // The months add up to the year (the 合计), column by column.
  const monthsOnly = rows.slice(1, -1)
  for (let col = 1; col <= 3; col++) expect(monthsOnly.reduce((n, r) => n + Number(r[col]), 0)).toBe(Number(total[col]))
  // By year: the last year row is this year's figure, the one before last year's.
  const yrows = await tableRows(page, 'dash-year-table-clues')
  expect(yrows[yrows.length - 2]).toEqual([`${year}年`, ...total.slice(1)])
  expect(Number(yrows[yrows.length - 3][1])).toBe(figures.jiwei['clues.received'].previous)
  const talks = await tableRows(page, 'dash-month-table-talks')
  expect(Number(talks[talks.length - 1][2])).toBe(figures.jiwei['talks.people'].value)
  await shoot(page, 'annual-dashboard-jiwei')
  // Printing leaves out the menu and the toolbar; the tables stay.
  await page.emulateMedia({ media: 'print' })
  await expect(page.locator('[data-test="side-menu"]')).toBeHidden()
  await expect(page.locator('[data-test="dash-print"]')).toBeHidden()
  await expect(page.locator('[data-test="dash-month-table-clues"]')).toBeVisible()
  const pdf = await page.pdf({ format: 'A4', landscape: true })
  expect(pdf.length).toBeGreaterThan(10_000)
  await page.emulateMedia({ media: 'screen' })
  // The XLSX export: the ledger layout, the first sheet the clue chart by month with its 合计.
  const downloading = page.waitForEvent('download')
  await page.locator('[data-test="export-link"]').click()
  const file = path.join(test.info().outputDir, 'dashboard.xlsx')
  await (await downloading).saveAs(file)
  const sheet = await readSheet(file)
  expect(sheet[0][0]).toContain(`纪委书记工作看板·问题线索与信访举报（${year}年按月）`)
  expect(sheet[1][0]).toMatch(/筛选条件：年度 \d{4}；范围 .*导出时间：/)
  expect(sheet[2].slice(0, 3)).toEqual(['序号', '月份', '收到问题线索（个）'])
  const xtotal = sheet.find((r) => r[1] === '合计')!
  expect(xtotal[0]).toBe('')
  expect(Number(xtotal[2])).toBe(figures.jiwei['clues.received'].value)
  await logout(page)
})

test('the Party secretary and a department head see their own dashboards; the administrators none', async ({ page }) => {
  await login(page, 'dangwei')
  await page.locator('[data-test="menu-annual-dashboard"]').click()
  await settled(page)
  await expect(page.locator('[data-test="dash-title"]')).toHaveText(`党委书记工作看板（${year}年）`)
  const duty = await tableRows(page, 'dash-year-table-duty')
  expect(duty[duty.length - 2][0]).toBe(`${year}年`)
  expect(Number(duty[duty.length - 2][1])).toBe(figures.dangwei['duty.tasks'].value)
  await expect(page.locator('[data-test="dash-chart-supervision"]')).toHaveCount(1)
  await shoot(page, 'annual-dashboard-dangwei')
  await logout(page)

  await login(page, 'chuzhang')
  await page.locator('[data-test="menu-annual-dashboard"]').click()
  await settled(page)
  await expect(page.locator('[data-test="dash-title"]')).toHaveText(`部门负责人工作看板（${year}年）`)
  await expect(page.locator('[data-test="dash-chart-duty"]')).toHaveCount(1)
  await expect(page.locator('[data-test="dash-chart-supervision"]')).toHaveCount(0)
  await expect(page.locator('[data-test="dash-chart-clues"]')).toHaveCount(0)
  await expect(page.locator('[data-test="page-annual-dashboard"]')).not.toContainText('问题线索')
  const own = await tableRows(page, 'dash-year-table-duty')
  expect(Number(own[own.length - 2][1])).toBe(figures.chuzhang['duty.tasks'].value)
  await shoot(page, 'annual-dashboard-chuzhang')
  await logout(page)

  for (const user of ['sysadmin', 'secadmin', 'auditor']) {
    const s = await apiSession(user)
    expect((await s.get(`/annual/dashboard?year=${year}`)).status, user).toBe(403)
    expect((await s.get(`/annual/dashboard/export?year=${year}`)).status, user).toBe(403)
    await s.close()
  }
  await login(page, 'sysadmin')
  await expect(page.locator('[data-test="menu-annual-dashboard"]')).toHaveCount(0)
  await logout(page)
})
