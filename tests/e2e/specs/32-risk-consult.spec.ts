// Integrity-risk prevention, second part, in the browser on the demo bureau:
//  - jiwei (discipline secretary) opens the demo consultation (廉政风险会商会诊), sees its
//    first decision already a duty task, and turns another decision into a task of 规划处;
//    chuzhang (head of 规划处) opens that task on the duty side and sees the consultation
//    as its source;
//  - jiwei checks 规划处's negative list item by item (one item 未执行 with an owner and a
//    deadline); chuzhang sees the open rectification and reports it done;
//  - chuzhang re-imports risk points from Excel: a file with a bad cell is named cell by
//    cell and nothing is saved; the corrected file creates the point;
//  - the administrators get 403 on every new route.
import { test, expect, login, logout, shoot, settled, apiSession, pickOption, serverCivilToday } from './fixtures'
import { writeSheet } from './xlsx'
import type { Page } from '@playwright/test'

test.describe.configure({ mode: 'serial' })

const stamp = String(Date.now()).slice(-6)

/** pickOption, then waits until the dropdown is gone (the next select's options are not confused with it). */
async function pick(page: Page, id: string, text: string | RegExp) {
  await pickOption(page, id, text)
  await expect(page.locator('.el-select-dropdown:visible')).toHaveCount(0)
}

/** The native input or textarea of an Element Plus input marked data-test=`id`. */
function field(page: Page, id: string) {
  return page.locator(`input[data-test="${id}"], textarea[data-test="${id}"], [data-test="${id}"] input, [data-test="${id}"] textarea`).first()
}

test('a consultation decision becomes a duty task seen from the duty side', async ({ page }) => {
  const s = await apiSession('jiwei')
  const list = (await s.get('/risk/consultations')).body.data.items as any[]
  expect(list.length, 'the demo consultation').toBeGreaterThan(0)
  const meeting = (await s.get(`/risk/consultations/${list[0].id}`)).body.data
  expect(meeting.decisions[0].task_id, 'the demo made the first decision a task').not.toBeNull()
  const open = (meeting.decisions as any[]).find((d) => d.task_id === null)
  expect(open).toBeTruthy()
  const points = (await s.get('/duty/work-points')).body.data as any[]
  expect(points.length).toBeGreaterThan(0)
  await s.close()
  const deadline = `${new Date().getFullYear() + 1}-03-31`

  await login(page, 'jiwei')
  await page.goto('/risk/consultations')
  await settled(page)
  await page.locator('[data-test="consult-row"]', { hasText: meeting.title }).click()
  await expect(page).toHaveURL(new RegExp(`/risk/consultations/${meeting.id}$`))
  await expect(page.locator('[data-test="consult-detail"]')).toContainText(meeting.title)
  await expect(page.locator('[data-test="consult-points-table"] tbody tr')).toHaveCount(meeting.points.length)
  await expect(page.locator('[data-test="consult-decision-task-1"] a')).toBeVisible()
  await page.locator(`[data-test="consult-to-task-${open.sort_order}"]`).click()
  await expect(page.locator('[data-test="consult-task-dialog"]')).toBeVisible()
  await pickOption(page, 'consult-task-point', points[0].title)
  await page.locator('[data-test="consult-task-department"] .el-select').click()
  await page.locator('.el-select-dropdown:visible .el-select-dropdown__item', { hasText: /^规划处$/ }).first().click()
  const date = page.locator('[data-test="consult-task-deadline"] input').first()
  await date.fill(deadline)
  await date.press('Enter')
  await page.locator('[data-test="consult-task-save"]').click()
  await expect(page.locator('.el-message--success')).toBeVisible()
  const cell = page.locator(`[data-test="consult-decision-task-${open.sort_order}"]`)
  await expect(cell.locator('a')).toHaveText(open.content.slice(0, 200))
  await expect(cell).toContainText('规划处')
  const taskId = Number(await cell.getAttribute('data-task'))
  expect(taskId).toBeGreaterThan(0)
  await settled(page)
  await shoot(page, 'risk-consultation-decision-task')
  await logout(page)

  await login(page, 'chuzhang')
  await page.goto(`/duty/tasks/${taskId}`)
  const source = page.locator('[data-test="duty-task-source"]')
  await expect(source).toHaveAttribute('data-meeting', String(meeting.id))
  await expect(source).toContainText('廉政风险会商会诊')
  await expect(source).toContainText(meeting.title)
  await logout(page)
})

test('a negative-list check: an item not executed is rectified by the department', async ({ page }) => {
  const today = await serverCivilToday()
  const s = await apiSession('jiwei')
  const lists = (await s.get('/risk/negative-lists')).body.data.lists as any[]
  const planning = lists.find((l) => l.department_name === '规划处')
  expect(planning, "规划处's list of this year in the demo").toBeTruthy()
  expect(planning.items.length).toBeGreaterThanOrEqual(2)
  await s.close()

  await login(page, 'jiwei')
  await page.goto('/risk/checks')
  await settled(page)
  await page.locator('[data-test="check-add"]').click()
  await expect(page.locator('[data-test="check-dialog"]')).toBeVisible()
  await page.locator('[data-test="check-department"] .el-select').click()
  await page.locator('.el-select-dropdown:visible .el-select-dropdown__item', { hasText: /^规划处$/ }).first().click()
  await expect(page.locator('[data-test="check-items"] tbody tr')).toHaveCount(planning.items.length)
  const date = page.locator('[data-test="check-date"] input').first()
  await date.fill(today)
  await date.press('Enter')
  await field(page, 'check-summary').fill(`抽查规划审批档案（e2e ${stamp}）`)
  // Saving with an item left open names the problem and sends nothing.
  await page.locator('[data-test="check-save"]').click()
  await expect(page.locator('[data-test="check-problem"]')).toBeVisible()
  for (let i = 0; i < planning.items.length; i++) {
    if (i === 1) continue
    await pick(page, `check-result-${i}`, /^执行$/)
  }
  await pick(page, 'check-result-1', /^未执行$/)
  await field(page, 'check-note-1').fill(`接受管理服务对象宴请 1 次（${stamp}）`)
  await field(page, 'check-owner-1').fill('规划处负责人')
  const deadline = page.locator('[data-test="check-deadline-1"] input').first()
  await deadline.fill(`${new Date().getFullYear() + 1}-01-31`)
  await deadline.press('Enter')
  await page.locator('[data-test="check-save"]').click()
  await expect(page).toHaveURL(/\/risk\/checks\/\d+$/)
  const id = Number(page.url().split('/').pop())
  await expect(page.locator('[data-test="check-item-result-2"]')).toHaveText('未执行')
  await expect(page.locator('[data-test="check-rectify-2"]')).toHaveAttribute('data-state', 'open')
  await settled(page)
  await shoot(page, 'risk-check-recorded')
  await logout(page)

  await login(page, 'chuzhang')
  await page.goto('/risk/checks')
  await settled(page)
  await page.locator(`[data-test="check-row-${id}"]`).click()
  await page.locator('[data-test="check-close-2"]').click()
  await field(page, 'check-close-note').fill(`已退回宴请费用并作书面检查（${stamp}）`)
  await page.locator('[data-test="check-close-save"]').click()
  await expect(page.locator('[data-test="check-rectify-2"]')).toHaveAttribute('data-state', 'done')
  await expect(page.locator('[data-test="check-rectify-2"]')).toContainText(stamp)
  await settled(page)
  await shoot(page, 'risk-check-rectified')
  await logout(page)
})

test('re-import of risk points: bad cells named, nothing saved, then the corrected file', async ({ page }) => {
  const header = ['编号', '部门*', '岗位', '风险类别*', '风险点描述*', '可能性*', '影响程度*', '防控措施*', '责任人*']
  const text = `规划许可批后监管不到位（导入 ${stamp}）`
  const bad = await writeSheet([header, ['', '规划处', '', '吃喝', text, 9, 3, '1. 批后核验\n2. 纪委抽查', '规划处负责人']])
  const good = await writeSheet([header, ['', '规划处', '', '鉴定评审', text, 3, 3, '1. 批后核验\n2. 纪委抽查', '规划处负责人']])

  await login(page, 'chuzhang')
  await page.goto('/risk/points')
  await settled(page)
  await page.locator('[data-test="risk-import"]').click()
  const dialog = page.locator('[data-test="risk-import-dialog"]')
  await expect(dialog.locator('[data-test="risk-import-template"]')).toHaveAttribute('href', /\/risk\/points\/import\/template/)
  const file = dialog.locator('[data-test="risk-import-file"]')
  const xlsx = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
  await file.setInputFiles({ name: '风险点.xlsx', mimeType: xlsx, buffer: bad })
  await dialog.locator('[data-test="risk-import-preview"]').click()
  const errors = dialog.locator('[data-test="risk-import-errors"]')
  await expect(errors).toBeVisible()
  await expect(errors.locator('tbody tr')).toHaveCount(2)
  await expect(errors).toContainText('Sheet1')
  await expect(errors).toContainText('D · 风险类别')
  await expect(errors).toContainText('F · 可能性')
  await expect(dialog.locator('[data-test="risk-import-action-2"]')).toHaveText('有错误')
  await expect(dialog.locator('[data-test="risk-import-commit"]')).toBeDisabled()
  await shoot(page, 'risk-import-errors')
  const s = await apiSession('chuzhang')
  expect((await s.get(`/risk/points?page_size=200`)).body.data.some((p: any) => p.description === text)).toBe(false)

  await file.setInputFiles({ name: '风险点.xlsx', mimeType: xlsx, buffer: good })
  await dialog.locator('[data-test="risk-import-preview"]').click()
  await expect(dialog.locator('[data-test="risk-import-action-2"]')).toHaveText('新增')
  await dialog.locator('[data-test="risk-import-commit"]').click()
  await expect(page.locator('.el-message--success')).toBeVisible()
  const after = (await s.get(`/risk/points?page_size=200`)).body.data as any[]
  const made = after.find((p) => p.description === text)
  expect(made, 'the imported point').toBeTruthy()
  expect(made.status).toBe('submitted')
  expect(made.measures.map((m: any) => m.measure)).toEqual(['批后核验', '纪委抽查'])
  await s.close()
  await logout(page)
})

test('the administrators reach none of it', async () => {
  for (const user of ['sysadmin', 'secadmin', 'auditor']) {
    const s = await apiSession(user)
    for (const p of ['/risk/consultations', '/risk/checks', '/risk/points/import/template'])
      expect((await s.get(p)).status, `${user} ${p}`).toBe(403)
    expect((await s.post('/risk/checks', {})).status, `${user} POST /risk/checks`).toBe(403)
    await s.close()
  }
})
