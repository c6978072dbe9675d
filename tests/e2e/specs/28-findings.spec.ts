// 大数据比对疑点 in the browser (issue 16, "Findings from every run"):
//  - jiwei (the discipline secretary) imports the shared sample registry files
//    (../shared/crosscheck/sample/messy, the twelve files chosen at once and sent in
//    pieces), runs them with as-of 2024-06-30, and sees the run finish with exactly the
//    expected number of findings and the data-quality table (exportable);
//  - the findings page lists them, filters by rule, opens one with its evidence and
//    turns it into a problem clue in one step; the clue page opens from the link and
//    shows the source 大数据比对;
//  - sysadmin has no findings menu and the API answers 404 like absent.
// The demo run (one finding already a clue) is there before this spec starts.
import * as fs from 'node:fs'
import * as path from 'node:path'
import { test, expect, login, shoot, settled, pickOption } from './fixtures'

test.describe.configure({ mode: 'serial' })

const shared = process.env.QF_SHARED_DIR || path.resolve(__dirname, '../../../../shared')
const sampleDir = path.join(shared, 'crosscheck/sample/messy')
const expectedRows = fs
  .readFileSync(path.join(shared, 'crosscheck/sample/messy-expected/findings.csv'), 'utf8')
  .split(/\r?\n/)
  .slice(1)
  .filter((l) => l.trim() !== '')
const expectedR1 = expectedRows.filter((l) => l.startsWith('R1,')).length

test('the discipline committee imports the sample registry files and runs them', async ({ page }) => {
  await login(page, 'jiwei')
  await page.goto('/supervision/findings/runs')
  await expect(page.locator('[data-test="page-findings-runs"]')).toBeVisible()
  await page.locator('[data-test="findings-new-run"]').click()
  await page.locator('[data-test="run-cadres-from"]').getByText('上传的干部名册').click()
  const input = page.locator('[data-test="run-as-of"] input')
  await input.fill('2024-06-30')
  await input.press('Enter')
  const files = fs.readdirSync(sampleDir).map((f) => path.join(sampleDir, f))
  expect(files.length).toBe(12)
  await page.locator('[data-test="run-files"]').setInputFiles(files)
  await expect(page.locator('[data-test="run-files-chosen"]')).toContainText('enterprise_persons.csv')
  await page.locator('[data-test="run-submit"]').click()
  const state = page.locator('[data-test^="run-state-"][data-state]').first()
  await expect(state).toHaveAttribute('data-state', 'done', { timeout: 60_000 })
  const row = page.locator('[data-test="findings-runs-table"] .el-table__body tr').first()
  await expect(row).toContainText(String(expectedRows.length))
  await shoot(page, 'findings-runs')
  // The data-quality table of the run, with its export.
  await row.locator('[data-test^="run-dq-"]').click()
  const dq = page.locator('[data-test="findings-dq-table"]')
  await expect(dq).toContainText('bids.csv')
  await expect(page.locator('.el-drawer [data-test="export-link"]')).toHaveAttribute('href', /data-quality\/export/)
  await shoot(page, 'findings-dq')
})

test('a finding becomes a problem clue in one step, linked both ways', async ({ page }) => {
  await login(page, 'jiwei')
  await page.goto('/supervision/findings')
  await expect(page.locator('[data-test="page-findings"]')).toBeVisible()
  await pickOption(page, 'findings-filter-rule', /^R1 /)
  await pickOption(page, 'findings-filter-status', '待处理')
  await settled(page)
  // The R1 findings of the imported set, less the one the demo already made a clue of at most.
  const total = Number((await page.locator('[data-test="list-pager"] .el-pagination__total').innerText()).replace(/\D/g, ''))
  expect(total).toBeGreaterThanOrEqual(expectedR1 - 1)
  const first = page.locator('[data-test="findings-table"] .el-table__body tr').first()
  await expect(first).toContainText('R1')
  await first.locator('[data-test^="finding-view-"]').click()
  const detail = page.locator('[data-test="finding-detail"]')
  await expect(detail).toBeVisible()
  await expect(page.locator('[data-test="finding-evidence"]').first()).toContainText('cadres.csv')
  const summary = (await detail.locator('.el-descriptions__cell', { hasText: '摘要' }).last().innerText()).trim()
  await page.locator('[data-test="finding-to-clue"]').click()
  await page.locator('[data-test="finding-clue-confirm"]').click()
  await expect(page.locator('[data-test="finding-detail-status"]')).toHaveText('已转线索')
  await shoot(page, 'findings-to-clue')
  await page.locator('[data-test="finding-clue-link"]').click()
  await expect(page).toHaveURL(/\/supervision\/clues\/\d+/)
  await expect(page.locator('body')).toContainText('大数据比对')
  expect(summary.length).toBeGreaterThan(0)
})

test('administrators see no findings: no menu, and the API answers as absent', async ({ page }) => {
  await login(page, 'sysadmin')
  await expect(page.locator('body')).not.toContainText('比对疑点')
  const r = await page.request.get('/api/v1/findings')
  expect(r.status()).toBe(404)
  const runs = await page.request.get('/api/v1/findings/runs')
  expect(runs.status()).toBe(404)
})
