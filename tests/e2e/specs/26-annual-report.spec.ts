// Statistics and the annual work report: the discipline secretary (jiwei) opens the
// figures of the demo year — each with its definition and last year's value, the
// education figures from the education module (training's from its quiz records), the clue count
// equal to the supervision statistics' — opens the records behind the duty tasks,
// then opens the demo year's draft report, whose section 一 carries the same figures,
// edits and saves it, downloads the DOCX (official layout) and XLSX (a sheet per
// section) and finalises it (numbered, archived). The Party secretary reads the final
// version; a department head sees no report menu.
import { execFileSync } from 'node:child_process'
import * as path from 'node:path'
import ExcelJS from 'exceljs'
import { test, expect, login, logout, shoot, settled, apiSession, serverCivilToday } from './fixtures'

test.describe.configure({ mode: 'serial' })

let year = 0
let figures: Record<string, any> = {}

test.beforeAll(async () => {
  year = Number((await serverCivilToday()).slice(0, 4))
  const jiwei = await apiSession('jiwei')
  const r = await jiwei.get(`/annual/figures?year=${year}`)
  expect(r.status, JSON.stringify(r.body)).toBe(200)
  for (const f of r.body.data.figures) figures[f.code] = f
  // The clue figure is the supervision statistics' own count.
  const stats = await jiwei.get(`/supervision/stats?year=${year}`)
  expect(stats.status).toBe(200)
  expect(figures['clues.received'].value).toBe(stats.body.data.clues_received)
  expect(figures['clues.received'].value).toBeGreaterThan(0)
  await jiwei.close()
})

test('the figures of the year stand beside their definitions and last year', async ({ page }) => {
  await login(page, 'jiwei')
  await page.locator('[data-test="menu-annual-figures"]').click()
  await expect(page.locator('[data-test="page-annual-figures"]')).toBeVisible()
  await settled(page)
  await expect(page.locator('[data-test="value-clues.received"]')).toHaveText(String(figures['clues.received'].value))
  await expect(page.locator('[data-test="previous-clues.received"]')).toHaveText(String(figures['clues.received'].previous))
  await expect(page.locator('[data-test="value-duty.tasks"]')).toHaveText(String(figures['duty.tasks'].value))
  const row = page.locator('[data-test="figures-table"] tbody tr', { has: page.locator('[data-test="figure-clues.received"]') })
  await expect(row).toContainText('按收到日期')
  // A module not built yet: "暂无数据", never 0.
  for (const code of ['education.study_sessions', 'education.typical_cases', 'education.training_completed']) {
    if (figures[code].value === null) await expect(page.locator(`[data-test="value-${code}"]`)).toHaveText('暂无数据')
    else await expect(page.locator(`[data-test="value-${code}"]`)).toHaveText(String(figures[code].value))
  }
  // The records behind the duty tasks.
  await page.locator('[data-test="drill-duty.tasks"]').click()
  await expect(page.locator('[data-test="records-dialog"]')).toBeVisible()
  await expect(page.locator('[data-test="records-table"] tbody tr')).toHaveCount(figures['duty.tasks'].value)
  await shoot(page, 'annual-figures-records')
  await page.keyboard.press('Escape')
  // No drill-down for clue figures (aggregates only).
  await expect(page.locator('[data-test="drill-clues.received"]')).toHaveCount(0)
  await shoot(page, 'annual-figures')
  await logout(page)
})

test('the bureau-wide template is edited by the discipline secretary and read by the Party secretary', async ({ page }) => {
  await login(page, 'jiwei')
  await page.locator('[data-test="menu-annual-template"]').click()
  await expect(page.locator('[data-test="page-annual-template"]')).toBeVisible()
  await settled(page)
  // The demo saved the committee's header once.
  await expect(page.locator('[data-test="template-organ-mark"]')).toHaveValue('中共清江市自然资源和规划局纪律检查委员会文件')
  await expect(page.locator('[data-test="template-number-hint"]')).toContainText(`清自然资纪〔${year}〕n号`)
  // Bad input names the field; a good edit is saved.
  await page.locator('[data-test="template-prefix"]').fill('清自然资纪〔')
  await page.locator('[data-test="template-save"]').click()
  await expect(page.locator('[data-test="form-error"]')).toContainText('机关代字')
  await page.locator('[data-test="template-prefix"]').fill('清自然资纪')
  await page.locator('[data-test="template-copy-to"]').fill('局党委各委员，各党支部，驻局纪检监察组')
  await page.locator('[data-test="template-save"]').click()
  await expect(page.locator('.el-message--success')).toBeVisible()
  await shoot(page, 'annual-template')
  await logout(page)
  await login(page, 'dangwei')
  await page.locator('[data-test="menu-annual-template"]').click()
  await settled(page)
  await expect(page.locator('[data-test="template-copy-to"]')).toHaveValue('局党委各委员，各党支部，驻局纪检监察组')
  await expect(page.locator('[data-test="template-save"]')).toHaveCount(0)
  await expect(page.locator('[data-test="template-readonly"]')).toBeVisible()
  await logout(page)
})

test('the demo year report is edited, downloaded as DOCX and XLSX, and finalised', async ({ page }) => {
  await login(page, 'jiwei')
  await page.locator('[data-test="menu-annual-reports"]').click()
  await expect(page.locator('[data-test="page-annual-reports"]')).toBeVisible()
  await settled(page)
  const row = page.locator('[data-test="reports-table"] tbody tr', { hasText: `关于${year}年度党风廉政建设工作情况的报告` })
  await expect(row).toHaveCount(1)
  await row.locator('[data-test="report-link"]').click()
  await expect(page.locator('[data-test="page-annual-report"]')).toBeVisible()
  await settled(page)
  const preview = page.locator('[data-test="report-preview"]')
  await expect(preview).toContainText(`一、${year}年党风廉政建设取得积极进展`)
  // The draft's header: the mark, "草稿" where the number goes (a draft has none).
  await expect(page.locator('[data-test="report-organ-mark-preview"]')).toHaveText('中共清江市自然资源和规划局纪律检查委员会文件')
  await expect(page.locator('[data-test="report-doc-number"]')).toHaveText('草稿')
  await expect(preview).toContainText(`${year}年共收到问题线索${figures['clues.received'].value}个，处置问题线索${figures['clues.disposed'].value}个`)
  await expect(preview).toContainText(`细化分解年度任务${figures['duty.tasks'].value}项`)
  await expect(preview).toContainText(`三、${year + 1}年工作任务`)
  // Edit the draft: a sentence of the committee's own, saved.
  const body = page.locator('[data-test="report-body"]')
  await body.fill((await body.inputValue()).replace('（此段由纪委撰写。）', '全局党员干部纪律意识明显增强。'))
  await page.locator('[data-test="report-save"]').click()
  await expect(preview).toContainText('全局党员干部纪律意识明显增强。')
  await shoot(page, 'annual-report-draft')
  // DOCX: the official layout with the title and the figures.
  const downloading = page.waitForEvent('download')
  await page.locator('[data-test="report-docx"]').click()
  const docx = path.join(test.info().outputDir, 'report.docx')
  await (await downloading).saveAs(docx)
  const xml = execFileSync('unzip', ['-p', docx, 'word/document.xml']).toString('utf8')
  expect(xml).toContain(`关于${year}年度党风廉政建设工作情况的报告`)
  expect(xml).toContain(`共收到问题线索${figures['clues.received'].value}个`)
  expect(xml).toContain('w:top="2098"')
  const styles = execFileSync('unzip', ['-p', docx, 'word/styles.xml']).toString('utf8')
  expect(styles).toContain('仿宋_GB2312')
  expect(styles).toContain('方正小标宋简体')
  const footer = execFileSync('unzip', ['-p', docx, 'word/footer1.xml']).toString('utf8')
  expect(footer).toContain('PAGE')
  // XLSX: a sheet per section, the figures equal to the page's.
  const downloadingX = page.waitForEvent('download')
  await page.locator('[data-test="report-xlsx"]').click()
  const xlsx = path.join(test.info().outputDir, 'figures.xlsx')
  await (await downloadingX).saveAs(xlsx)
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.readFile(xlsx)
  const names = wb.worksheets.map((w) => w.name)
  expect(names).toContain('监督执纪')
  expect(names).toContain('两个责任')
  const sup = wb.getWorksheet('监督执纪')!
  let found = false
  sup.eachRow((r) => {
    const v = r.values as unknown[]
    if (v[1] === '收到问题线索') {
      expect(v[2]).toBe(figures['clues.received'].value)
      found = true
    }
  })
  expect(found).toBe(true)
  // Finalise: numbered and archived, no more editing.
  await page.locator('[data-test="report-finalize"]').click()
  await page.locator('.el-message-box__btns .el-button--primary').click()
  await expect(page.locator('[data-test="report-number"]')).toHaveText(`〔${year}〕年度报告第1号`)
  await expect(page.locator('[data-test="report-status"]')).toContainText('定稿')
  await expect(page.locator('[data-test="report-body"]')).toHaveCount(0)
  // The 发文字号 from the final version's number, in the header of the document itself.
  const docNumber = `清自然资纪〔${year}〕1号`
  await expect(page.locator('[data-test="report-doc-number"]')).toHaveText(docNumber)
  const downloadingP = page.waitForEvent('download')
  await page.locator('[data-test="report-pdf"]').click()
  const pdf = path.join(test.info().outputDir, 'final.pdf')
  await (await downloadingP).saveAs(pdf)
  const lines = execFileSync('pdftotext', ['-f', '1', '-l', '1', '-layout', pdf, '-']).toString('utf8')
    .split('\n').map((l) => l.replace(/\s+/g, '')).filter((l) => l)
  expect(lines[0]).toBe('中共清江市自然资源和规划局纪律检查委员会文件')
  expect(lines[1]).toBe(docNumber)
  expect(lines[2]).toBe(`关于${year}年度党风廉政建设工作情况的报告`)
  const downloadingD = page.waitForEvent('download')
  await page.locator('[data-test="report-docx"]').click()
  const fdocx = path.join(test.info().outputDir, 'final.docx')
  await (await downloadingD).saveAs(fdocx)
  const fxml = execFileSync('unzip', ['-p', fdocx, 'word/document.xml']).toString('utf8')
  expect(fxml).toContain(`<w:pStyle w:val="DocNumber"/>`)
  expect(fxml).toContain(docNumber)
  await settled(page)
  await shoot(page, 'annual-report-final')
  await logout(page)
})

test('the Party secretary reads the final version; a department head has no report menu', async ({ page }) => {
  await login(page, 'dangwei')
  await page.locator('[data-test="menu-annual-reports"]').click()
  await settled(page)
  const row = page.locator('[data-test="reports-table"] tbody tr', { hasText: `〔${year}〕年度报告第1号` })
  await expect(row).toHaveCount(1)
  await expect(page.locator('[data-test="reports-create"]')).toHaveCount(0)
  await logout(page)
  await login(page, 'chuzhang')
  await expect(page.locator('[data-test="menu-annual-figures"]')).toHaveCount(1)
  await expect(page.locator('[data-test="menu-annual-reports"]')).toHaveCount(0)
  await logout(page)
})
