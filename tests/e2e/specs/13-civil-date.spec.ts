// The dates a form proposes are the bureau's civil day as the server counts it (UTC+8),
// not the browser machine's: this browser runs in New York with its clock years
// ahead, so its own "today" differs from the server's at any hour of the day. The talk
// form and the new-clue form must still propose the server's day, and the clue list's
// year filter the server's year.
import type { Page } from '@playwright/test'
import { test, expect, login, settled, serverCivilToday } from './fixtures'

// The text input of the Element Plus date picker labelled `label` inside `scope`.
const dateInput = (page: Page, scope: string, label: string) =>
  page.locator(scope).getByRole('combobox', { name: label })

test.use({ timezoneId: 'America/New_York' })

test('forms propose the server’s civil day whatever the browser’s zone and clock', async ({ page }) => {
  await page.clock.install({ time: new Date('2031-07-04T21:30:00-04:00') })
  const civil = await serverCivilToday()
  const browserDay = await page.evaluate(() => {
    const d = new Date()
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
  })
  expect(browserDay).not.toBe(civil)

  await login(page, 'jijian')
  await page.goto('/supervision/talks')
  await settled(page)
  await page.locator('[data-test="talk-add"]').click()
  await expect(page.locator('.el-dialog:visible')).toBeVisible()
  await expect(dateInput(page, '.el-dialog:visible', '谈话日期')).toHaveValue(civil)
  await page.keyboard.press('Escape')

  await page.goto('/supervision/clues/new')
  await settled(page)
  await expect(dateInput(page, '[data-test="page-clue-new"]', '收到日期')).toHaveValue(civil)
})
