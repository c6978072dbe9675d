// A staff account opening administrator pages by URL sees the 403 page and no data
// request for that page is made; an unknown URL shows the 404 page.
import { test, expect, login, shoot } from './fixtures'

test('staff cannot open administrator pages by URL', async ({ page }) => {
  await login(page, 'zhigong')
  const adminCalls: string[] = []
  page.on('request', (r) => {
    const u = new URL(r.url())
    if (u.pathname.startsWith('/api/v1/admin') || u.pathname.startsWith('/api/v1/audit') || u.pathname.startsWith('/api/v1/org/import')) adminCalls.push(u.pathname)
  })
  for (const url of ['/admin/accounts', '/admin/roles', '/audit', '/org/import']) {
    await page.goto(url)
    await expect(page.locator('[data-test="page-403"]')).toBeVisible()
    await expect(page.locator('[data-test="page-accounts"], [data-test="page-roles"], [data-test="page-audit"], [data-test="page-import"]')).toHaveCount(0)
  }
  await shoot(page, 'forbidden')
  expect(adminCalls).toEqual([])
  // The server refuses too, whatever the browser does.
  const r = await page.request.get('/api/v1/admin/accounts')
  expect(r.status()).toBe(403)
})

test('an unknown page shows the 404 page', async ({ page }) => {
  await login(page, 'zhigong')
  await page.goto('/no/such/page')
  await expect(page.locator('[data-test="page-404"]')).toBeVisible()
})

test('signed-out visitors are sent to the login page', async ({ page }) => {
  await page.goto('/org/people')
  await expect(page).toHaveURL(/\/login/)
  await expect(page.locator('#login-username')).toBeVisible()
})
