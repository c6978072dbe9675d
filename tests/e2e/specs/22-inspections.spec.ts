// Special checks and the rectification ledger: the discipline committee records a
// finding for 规划处 in the demo's 巡视整改 check (through the API); the head of 规划处
// (chuzhang) finds it in the ledger, is stopped when the evidence is missing, and
// reports it done with evidence; the discipline secretary (jiwei) finds it among the
// items awaiting verification, sees the evidence, and closes it (销号).
import { test, expect, login, logout, shoot, settled, apiSession } from './fixtures'

test.describe.configure({ mode: 'serial' })

const finding = `e2e 规划编制项目档案不全 ${String(Date.now()).slice(-6)}`
let item = { id: 0, number: '' }

test.beforeAll(async () => {
  const jiwei = await apiSession('jiwei')
  const checks = (await jiwei.get('/inspections/checks?page_size=100')).body.data as any[]
  const tour = checks.find((c) => c.kind === 'inspection_tour' && c.departments.some((d: any) => d.name === '规划处'))
  expect(tour, 'the demo 巡视整改 check covering 规划处').toBeTruthy()
  const ghc = tour.departments.find((d: any) => d.name === '规划处')
  const detail = (await jiwei.get(`/inspections/checks/${tour.id}`)).body.data
  const deadline = new Date(Date.now() + (8 * 3600 + 30 * 86400) * 1000).toISOString().slice(0, 10)
  const r = await jiwei.post(`/inspections/checks/${tour.id}/items`, {
    finding,
    owner_department_id: ghc.id,
    measures: '补齐档案，建立归档台账',
    deadline,
    checklist_item_id: detail.checklist[0].id,
  })
  expect(r.status, JSON.stringify(r.body)).toBe(200)
  item = { id: r.body.data.id, number: r.body.data.number }
  await jiwei.close()
})

test('the department head reports the item done with evidence', async ({ page }) => {
  await login(page, 'chuzhang')
  await page.locator('[data-test="menu-rectification-ledger"]').click()
  await expect(page.locator('[data-test="page-rectification-ledger"]')).toBeVisible()
  await settled(page)
  const row = page.locator('[data-test="ledger-table"] tbody tr', { hasText: item.number })
  await expect(row).toHaveCount(1)
  // Only 规划处's items: no other department in the head's ledger.
  const departments = await page.locator('[data-test="ledger-table"] tbody tr td:nth-child(5)').allInnerTexts()
  expect(departments.length).toBeGreaterThan(0)
  for (const d of departments) expect(d.trim()).toBe('规划处')
  await row.locator('[data-test="ledger-item-link"]').click()
  await expect(page.locator('[data-test="page-rectification-item"]')).toBeVisible()
  await expect(page.locator('[data-test="item-state"]')).toContainText('整改中')
  await page.locator('[data-test="item-action-report"]').click()
  await page.locator('[data-test="item-note"]').fill('已补齐2024—2025年度规划编制项目档案36卷，建立归档台账')
  await page.locator('[data-test="item-submit"]').click()
  await expect(page.locator('[data-test="item-form-error"]')).toContainText('整改佐证')
  await page.locator('[data-test="item-evidence-input"]').fill('《规划编制项目归档台账》；档案移交清单（规档〔2026〕3号）')
  await page.locator('[data-test="item-submit"]').click()
  await expect(page.locator('[data-test="item-state"]')).toContainText('待纪委核查')
  await expect(page.locator('[data-test="item-act"]')).toHaveCount(0)  // now the committee's turn
  await expect(page.locator('[data-test="item-evidence"]')).toContainText('规档〔2026〕3号')
  await settled(page)
  await shoot(page, 'rectification-item-reported')
  await logout(page)
})

test('the discipline committee verifies the evidence and closes the item', async ({ page }) => {
  await login(page, 'jiwei')
  await page.goto('/inspections/ledger?state=reported')
  await expect(page.locator('[data-test="page-rectification-ledger"]')).toBeVisible()
  await settled(page)
  const row = page.locator('[data-test="ledger-table"] tbody tr', { hasText: item.number })
  await expect(row).toHaveCount(1)
  await expect(row).toContainText('待纪委核查')
  await shoot(page, 'rectification-ledger')
  await row.locator('[data-test="ledger-item-link"]').click()
  await expect(page.locator('[data-test="page-rectification-item"]')).toBeVisible()
  await expect(page.locator('[data-test="item-evidence"]')).toContainText('档案移交清单')
  await page.locator('[data-test="item-action-accept"]').click()
  await page.locator('[data-test="item-note"]').fill('经查阅档案和归档台账，整改到位，予以销号')
  await page.locator('[data-test="item-submit"]').click()
  await expect(page.locator('[data-test="item-state"]')).toContainText('已销号')
  await expect(page.locator('[data-test="item-verification"]')).toContainText('予以销号')
  await expect(page.locator('[data-test="item-steps"] .el-timeline-item')).toHaveCount(3)
  await expect(page.locator('[data-test="item-steps"]')).toContainText('核查通过')
  // It left the list of items awaiting verification.
  await page.goto('/inspections/ledger?state=reported')
  await settled(page)
  await expect(page.locator('[data-test="ledger-table"] tbody tr', { hasText: item.number })).toHaveCount(0)
  await logout(page)
})
