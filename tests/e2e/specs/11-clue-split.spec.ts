// Splitting a clue in the browser: a registered clue about two people is split into
// one clue per person; each new clue names its origin, and the original, now 已拆分,
// links to both new numbers and offers no action any more.
import { test, expect, login, shoot, settled, apiSession } from './fixtures'

test('jijian splits a clue about two people into one clue each, with the history kept', async ({ page }) => {
  const s = await apiSession('jijian')
  const today = new Date(Date.now() + 8 * 3600 * 1000).toISOString().slice(0, 10)
  const stamp = String(Date.now()).slice(-6)
  const r = await s.post('/clues', {
    source: 'petition',
    category: 'integrity',
    matter: `反映甲、乙二人分别收受礼品（e2e ${stamp}）`,
    received_on: today,
    persons: [
      { name: `拆分甲${stamp}`, position: '科员' },
      { name: `拆分乙${stamp}`, position: '科员' },
    ],
    assignments: [],
  })
  expect(r.status, JSON.stringify(r.body)).toBe(200)
  const original = r.body.data
  await s.close()

  await login(page, 'jijian')
  await page.goto(`/supervision/clues/${original.id}`)
  await settled(page)
  await page.locator('[data-test="clue-action-split"]').click()
  const dialog = page.locator('.el-dialog:visible')
  await expect(dialog).toBeVisible()
  const parts = dialog.locator('.part')
  await expect(parts).toHaveCount(2)
  // Part 1 concerns 甲 only, part 2 乙 only.
  await parts.nth(0).locator('.el-checkbox', { hasText: `拆分乙${stamp}` }).click()
  await parts.nth(0).locator('textarea').fill(`反映甲收受礼品（e2e ${stamp}）`)
  await parts.nth(1).locator('.el-checkbox', { hasText: `拆分甲${stamp}` }).click()
  await parts.nth(1).locator('textarea').fill(`反映乙收受礼品（e2e ${stamp}）`)
  await dialog.locator('textarea[data-test="split-merge-opinion"]').fill('涉及两人两事，分别办理')
  await shoot(page, 'clue-split-dialog')
  await dialog.locator('[data-test="split-merge-submit"]').click()
  await expect(page.locator('[data-test="split-merge-error"]')).toHaveCount(0)
  await expect(page.locator('.el-dialog:visible')).toHaveCount(0)
  // We land on the first new clue: registered, about 甲 alone, its origin in the timeline.
  await expect(page).not.toHaveURL(new RegExp(`/supervision/clues/${original.id}$`))
  await expect(page.locator('[data-test="clue-state"]')).toHaveText('已登记')
  await expect(page.locator('[data-test="clue-person"]')).toHaveCount(1)
  await expect(page.locator('[data-test="clue-person"]')).toContainText(`拆分甲${stamp}`)
  await expect(page.locator('[data-test="clue-timeline"]')).toContainText(original.number)

  await page.goto(`/supervision/clues/${original.id}`)
  await settled(page)
  await expect(page.locator('[data-test="clue-state"]')).toHaveText('已拆分')
  await expect(page.locator('[data-test="clue-no-actions"]')).toBeVisible()
  await expect(page.locator('[data-test="clue-step"]').last()).toContainText('涉及两人两事，分别办理')
  await shoot(page, 'clue-split-original')
})
