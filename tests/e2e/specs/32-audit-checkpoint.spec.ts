// Audit checkpoints (锚点, #14) through the browser, as the auditor (审计管理员):
//  1. "导出锚点" shows the newest entry's seq, hash and MAC to print, and downloads the
//     checkpoint file;
//  2. "按锚点校验" with that file: the chain reaches it — the banner says it matches;
//  3. an edited checkpoint file is refused with a message naming it;
//  4. the system administrator has no such buttons (no audit page at all).
import * as fs from 'node:fs'
import { test, expect, login, logout, shoot, settled } from './fixtures'

test.describe.configure({ mode: 'serial' })

let checkpointFile = ''

test('the auditor exports a checkpoint to print and download', async ({ page }, info) => {
  await login(page, 'auditor')
  await page.goto('/audit')
  await expect(page.locator('[data-test="audit-verify"]')).toHaveClass(/el-alert--success/)
  await page.locator('[data-test="audit-checkpoint"]').click()
  const dialog = page.locator('[data-test="audit-checkpoint-dialog"]')
  await expect(dialog).toBeVisible()
  await expect(dialog).toContainText('审计日志锚点')
  await expect(dialog).toContainText('请打印或保存到数据库以外的介质')
  const seq = Number(await dialog.locator('[data-test="checkpoint-seq"]').innerText())
  expect(seq).toBeGreaterThan(0)
  await expect(dialog.locator('code').first()).toHaveText(/^[0-9a-f]{64}$/)
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    dialog.locator('[data-test="checkpoint-download"]').click(),
  ])
  expect(download.suggestedFilename()).toBe(`审计日志锚点-第${seq}条.json`)
  checkpointFile = info.outputPath('checkpoint.json')
  await download.saveAs(checkpointFile)
  const cp = JSON.parse(fs.readFileSync(checkpointFile, 'utf8'))
  expect(cp.type).toBe('qingfeng-audit-checkpoint')
  expect(cp.seq).toBe(seq)
  await shoot(page, 'audit-checkpoint')
  // The export itself is audited.
  await page.keyboard.press('Escape')
  await settled(page)
  await expect(page.locator('[data-test="audit-table"]')).toContainText('audit')
})

test('verifying against the kept checkpoint says it matches; an edited one is refused', async ({ page }, info) => {
  expect(checkpointFile).not.toBe('')
  await login(page, 'auditor')
  await page.goto('/audit')
  await page.locator('[data-test="audit-checkpoint-file"]').setInputFiles(checkpointFile)
  const banner = page.locator('[data-test="audit-verify"]')
  await expect(banner).toContainText('与 1 个锚点相符')
  await expect(banner).toHaveClass(/el-alert--success/)
  const edited = JSON.parse(fs.readFileSync(checkpointFile, 'utf8'))
  edited.seq = edited.seq - 1
  const editedFile = info.outputPath('edited.json')
  fs.writeFileSync(editedFile, JSON.stringify(edited))
  await page.locator('[data-test="audit-checkpoint-file"]').setInputFiles(editedFile)
  await expect(page.locator('.el-message--error')).toContainText('锚点')
})

test('the system administrator has no audit page or checkpoint', async ({ page }) => {
  await login(page, 'sysadmin')
  await page.goto('/audit')
  await expect(page.locator('[data-test="audit-checkpoint"]')).toHaveCount(0)
  const r = await page.request.post('/api/v1/audit/checkpoints', { data: {} })
  expect([403, 404]).toContain(r.status())
  await logout(page)
})
