// Idle timeout: when the (test) clocks move to shortly before the session's idle end,
// the warning dialog appears; "stay signed in" keeps the session (POST /auth/touch).
// The server clock moves through POST /api/v1/test/clock; the browser's clock moves
// with Playwright's clock so both sides agree on the time.
import { test, expect, login } from './fixtures'

test('the idle warning appears and staying signed in keeps the session', async ({ page }) => {
  await page.clock.install()
  await login(page, 'chuzhang')
  const me = (await (await page.request.get('/api/v1/auth/me')).json()).data
  const idleMs = me.idle_timeout_seconds * 1000
  const warnMs = me.idle_warning_seconds * 1000
  const jump = idleMs - Math.floor(warnMs / 2)
  try {
    const r = await page.request.post('/api/v1/test/clock', { data: { offset_ms: jump } })
    expect(r.status()).toBe(200)
    await page.clock.fastForward(jump)
    await expect(page.locator('[data-test="idle-text"]')).toBeVisible()
    await page.locator('[data-test="idle-stay"]').click()
    await expect(page.locator('[data-test="idle-text"]')).toBeHidden()
    // Still signed in on the server after the touch.
    const again = await page.request.get('/api/v1/auth/me')
    expect(again.status()).toBe(200)
  } finally {
    await page.request.post('/api/v1/test/clock', { data: { offset_ms: 0 } })
  }
})

test('an expired session sends the user to the login page', async ({ page }) => {
  await page.clock.install()
  await login(page, 'banzi')
  const me = (await (await page.request.get('/api/v1/auth/me')).json()).data
  const idleMs = me.idle_timeout_seconds * 1000
  try {
    await page.request.post('/api/v1/test/clock', { data: { offset_ms: idleMs + 60_000 } })
    await page.clock.fastForward(idleMs + 60_000)
    await expect(page).toHaveURL(/\/login/)
    await expect(page.locator('[data-test="login-notice"]')).toBeVisible()
  } finally {
    await page.request.post('/api/v1/test/clock', { data: { offset_ms: 0 } })
  }
})
