// Organisation data round trip through the browser, in order:
//  1. import a spreadsheet with one bad row → the row error is shown, nothing saved;
//  2. import a good spreadsheet → the new people are found by search;
//  3. export people → the XLSX re-opens with the header 姓名 and the rows;
//  4. the auditor sees the imports in the audit log, with the chain verified.
import * as path from 'node:path'
import { test, expect, login, listTotal, apiGet, shoot, settled } from './fixtures'
import { readLedger, readSheet, writeSheet } from './xlsx'

test.describe.configure({ mode: 'serial' })

const stamp = String(Date.now()).slice(-6)
const goodNames = [`测试导入甲${stamp}`, `测试导入乙${stamp}`]

// Builds rows for the server's own template: the header row of GET /org/import/template,
// each column filled from what its header names.
async function peopleRows(page: any, people: { name: string; no: string; department: string }[]) {
  const tpl = await page.request.get('/api/v1/org/import/template?kind=people')
  expect(tpl.status()).toBe(200)
  const header = (await readSheet(Buffer.from(await tpl.body())))[0]
  const dict = (await apiGet(page, '/dictionaries')).data as Record<string, { code: string; label_zh: string }[]>
  const firstLabel = (names: string[]) => {
    for (const n of names) if (dict[n]?.length) return dict[n][0].label_zh
    return ''
  }
  const value = (h: string, p: { name: string; no: string; department: string }): string => {
    const k = h.replace(/[*＊\s]/g, '')
    if (/姓名/.test(k)) return p.name
    if (/工号|编号/.test(k)) return p.no
    if (/性别/.test(k)) return '男'
    if (/部门/.test(k)) return p.department
    if (/入职|参加工作|日期/.test(k)) return '2020-01-01'
    if (/政治面貌|党员/.test(k)) return firstLabel(['party_statuses', 'party_status'])
    if (/领导/.test(k)) return '否'
    if (/职级/.test(k)) return firstLabel(['ranks', 'rank'])
    if (/状态/.test(k)) return firstLabel(['person_statuses', 'person_status'])
    return ''
  }
  return [header, ...people.map((p) => header.map((h) => value(h, p)))]
}

async function firstDepartmentName(page: any): Promise<string> {
  const tree = (await apiGet(page, '/org/departments')).data
  return tree[0].children?.[0]?.name ?? tree[0].name
}

async function chooseAndPreview(page: any, file: string, bytes: Buffer) {
  await page.locator('[data-test="import-file"]').setInputFiles({ name: file, mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: bytes })
  await page.locator('[data-test="import-preview"]').click()
  await expect(page.locator('[data-test="import-status"]')).toBeVisible()
}

test('a spreadsheet with one bad row shows the row error and saves nothing', async ({ page }) => {
  await login(page, 'renshi')
  const before = await listTotal(page, '/org/people')
  const dept = await firstDepartmentName(page)
  const rows = await peopleRows(page, [
    { name: `坏行前${stamp}`, no: `9${stamp}1`, department: dept },
    { name: `坏行${stamp}`, no: `9${stamp}2`, department: '不存在的部门' + stamp },
  ])
  await page.goto('/org/import')
  await chooseAndPreview(page, 'bad-people.xlsx', await writeSheet(rows))
  const errors = page.locator('[data-test="import-errors"]')
  await expect(errors).toBeVisible()
  // The bad row is the 3rd line of the file (header = line 1).
  await expect(errors.locator('tbody tr')).toHaveCount(1)
  await expect(errors.locator('tbody tr').first()).toContainText('3')
  await expect(errors.locator('tbody tr').first()).toContainText('不存在的部门' + stamp)
  await expect(page.locator('[data-test="import-commit"]')).toBeDisabled()
  await shoot(page, 'import-errors')
  expect(await listTotal(page, '/org/people')).toBe(before)
})

test('a good spreadsheet imports and the people are found by search', async ({ page }) => {
  await login(page, 'renshi')
  const before = await listTotal(page, '/org/people')
  const dept = await firstDepartmentName(page)
  const rows = await peopleRows(page, goodNames.map((n, i) => ({ name: n, no: `8${stamp}${i}`, department: dept })))
  await page.goto('/org/import')
  await chooseAndPreview(page, 'good-people.xlsx', await writeSheet(rows))
  await expect(page.locator('[data-test="import-errors"]')).toHaveCount(0)
  await page.locator('[data-test="import-commit"]').click()
  await expect(page.locator('[data-test="import-done"]')).toContainText('2')
  expect(await listTotal(page, '/org/people')).toBe(before + 2)

  await page.goto('/org/people')
  await page.locator('input[data-test="people-search"]').fill(goodNames[0])
  await page.locator('input[data-test="people-search"]').press('Enter')
  const table = page.locator('[data-test="people-table"]')
  await expect(table.locator('tbody tr')).toHaveCount(1)
  await expect(table).toContainText(goodNames[0])
  await settled(page)
  await shoot(page, 'people-search')
})

test('the unchanged template imports nothing; the preview says per row whether it creates or updates', async ({ page }) => {
  await login(page, 'renshi')
  const before = await listTotal(page, '/org/people')
  const tpl = await page.request.get('/api/v1/org/import/template?kind=people')
  expect(tpl.status()).toBe(200)
  await page.goto('/org/import')
  await chooseAndPreview(page, '人员导入模板.xlsx', Buffer.from(await tpl.body()))
  await expect(page.locator('[data-test="import-errors"]')).toContainText('示例')
  await expect(page.locator('[data-test="import-rows"] [data-test="import-action"]')).toHaveText(['示例行（不导入）'])
  await expect(page.locator('[data-test="import-commit"]')).toBeDisabled()
  expect(await listTotal(page, '/org/people')).toBe(before)

  const dept = await firstDepartmentName(page)
  const rows = await peopleRows(page, [
    { name: goodNames[0], no: `8${stamp}0`, department: dept },
    { name: `新来的${stamp}`, no: `7${stamp}0`, department: dept },
  ])
  await chooseAndPreview(page, 'mixed.xlsx', await writeSheet(rows))
  await expect(page.locator('[data-test="import-errors"]')).toHaveCount(0)
  await expect(page.locator('[data-test="import-rows"] [data-test="import-action"]')).toHaveText([
    `更新：${goodNames[0]}（工号 8${stamp}0）`,
    '新增',
  ])
  await expect(page.locator('[data-test="import-status"]')).toContainText('将新增 1 条，更新 1 条')
  await shoot(page, 'import-preview-actions')
})

test('people export re-opens as XLSX with the header 姓名 and the rows', async ({ page }) => {
  await login(page, 'renshi')
  await page.goto('/org/people')
  await settled(page)
  const total = await listTotal(page, '/org/people')
  const downloading = page.waitForEvent('download')
  await page.locator('[data-test="export-link"]').click()
  const download = await downloading
  const file = path.join(test.info().outputDir, 'people.xlsx')
  await download.saveAs(file)
  const rows = await readLedger(file, '人员名单')
  const header = rows[0]
  expect(header).toContain('姓名')
  const nameCol = header.indexOf('姓名')
  expect(rows.length - 1).toBe(total)
  const names = rows.slice(1).map((r) => r[nameCol])
  for (const n of goodNames) expect(names).toContain(n)
})

test('the auditor sees the imports in the audit log, chain verified', async ({ page }) => {
  // Exports are reads (GET …/export) and the server does not audit them; the audit
  // log shows the state-changing actions: both previews, the refused and the good import.
  await login(page, 'auditor')
  await page.goto('/audit')
  await expect(page.locator('[data-test="audit-verify"]')).toHaveClass(/el-alert--success/)
  await page.locator('input[data-test="audit-actor"]').fill('renshi')
  await page.locator('[data-test="audit-search"]').click()
  await settled(page)
  const table = page.locator('[data-test="audit-table"]')
  await expect(table.locator('tbody tr').first()).toBeVisible()
  const entries = (await apiGet(page, '/audit/entries?actor=renshi&page_size=200')).data as { action: string }[]
  const actions = entries.map((e) => e.action)
  expect(actions).toContain('org.import.preview')
  expect(actions).toContain('org.import.commit')
  await shoot(page, 'audit')
})
