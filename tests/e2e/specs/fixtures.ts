// Shared test fixtures: every page collects console errors, uncaught page errors and
// CSP violations, and the test fails on any of them. Expected API refusals (4xx on
// /api/ — e.g. a wrong password, a locked account, the 401 of the session probe on
// the login page) are part of the flows under test and are not counted; 5xx are.
import { test as base, expect, request, type Page, type APIRequestContext } from '@playwright/test'
import * as fs from 'node:fs'
import * as path from 'node:path'

export const PASSWORD = 'Qingfeng@2026'
export const SCREENSHOT_DIR = path.resolve(__dirname, '..', 'screenshots')

type Problems = string[]

export const test = base.extend<{ problems: Problems }>({
  problems: [
    async ({ page }, use, testInfo) => {
      const problems: Problems = []
      page.on('console', (msg) => {
        if (msg.type() !== 'error') return
        const text = msg.text()
        const url = msg.location()?.url ?? ''
        const m = /Failed to load resource: the server responded with a status of (\d{3})/.exec(text)
        if (m && Number(m[1]) >= 400 && Number(m[1]) < 500 && url.includes('/api/')) return
        problems.push(`console error: ${text} ${url ? '(' + url + ')' : ''}`)
      })
      page.on('pageerror', (err) => problems.push(`page error: ${err.message}`))
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) => {
          console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`)
        })
      })
      await use(problems)
      expect(problems, `browser problems in "${testInfo.title}"`).toEqual([])
    },
    { auto: true },
  ],
})
export { expect }

/** Signs in through the login form and waits for the home page. */
export async function login(page: Page, username: string, password = PASSWORD): Promise<void> {
  await page.goto('/login')
  await page.locator('#login-username').fill(username)
  await page.locator('#login-password').fill(password)
  await page.locator('#login-password').press('Enter')
  await expect(page.locator('[data-test="page-home"]')).toBeVisible()
}

/** Signs out through the header menu. */
export async function logout(page: Page): Promise<void> {
  await page.locator('[data-test="user-menu"]').click()
  await page.locator('[data-test="logout"]').click()
  await page.locator('.el-message-box__btns .el-button--primary').click()
  await expect(page).toHaveURL(/\/login/)
}

/** The API client of the page's browser context (shares its session cookie). */
export function api(page: Page): APIRequestContext {
  return page.request
}

/** GET /api/v1<path> with the page's session; returns the envelope. */
export async function apiGet(page: Page, p: string): Promise<any> {
  const r = await page.request.get('/api/v1' + p)
  expect(r.status(), `GET ${p}`).toBe(200)
  return r.json()
}

/** Total of a paged list (meta.total). */
export async function listTotal(page: Page, p: string): Promise<number> {
  const sep = p.includes('?') ? '&' : '?'
  const env = await apiGet(page, p + sep + 'page=1&page_size=1')
  return env.meta.total
}

/** Screenshot of the current page at 1366×768 and 1920×1080 into screenshots/. */
export async function shoot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true })
  for (const [w, h] of [
    [1366, 768],
    [1920, 1080],
  ]) {
    await page.setViewportSize({ width: w, height: h })
    await page.waitForTimeout(300) // let layout and charts settle after the resize
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}-${w}x${h}.png`), fullPage: false })
  }
  await page.setViewportSize({ width: 1366, height: 768 })
}

/** Waits until no Element Plus loading mask is shown. */
export async function settled(page: Page): Promise<void> {
  await expect(page.locator('.el-loading-mask')).toHaveCount(0)
}

/** An API session of its own (not the page's): signs in `username` and sends the CSRF
 *  token on state-changing calls. For setting up data and for asserting what the
 *  server answers to an account, independently of the page under test. */
export interface ApiSession {
  me: any
  get(p: string): Promise<{ status: number; body: any }>
  post(p: string, body?: unknown): Promise<{ status: number; body: any }>
  close(): Promise<void>
}
export async function apiSession(username: string, password = PASSWORD): Promise<ApiSession> {
  const ctx = await request.newContext({ baseURL: process.env.QF_BASE_URL || 'http://127.0.0.1:8080' })
  const r = await ctx.post('/api/v1/auth/login', { data: { username, password } })
  expect(r.status(), `API login of ${username}`).toBe(200)
  const csrf = (await r.json()).data.csrf_token as string
  const me = (await (await ctx.get('/api/v1/auth/me')).json()).data
  const answer = async (resp: any) => {
    const text = await resp.text()
    let body: any = null
    try {
      body = text ? JSON.parse(text) : null
    } catch {
      body = text
    }
    return { status: resp.status(), body }
  }
  return {
    me,
    get: async (p) => answer(await ctx.get('/api/v1' + p)),
    post: async (p, body) => answer(await ctx.post('/api/v1' + p, { data: body ?? {}, headers: { 'X-CSRF-Token': csrf } })),
    close: () => ctx.dispose(),
  }
}

/** Moves the server's clock (test mode only): offset from the real time, in ms. */
export async function setClock(offsetMs: number): Promise<void> {
  const ctx = await request.newContext({ baseURL: process.env.QF_BASE_URL || 'http://127.0.0.1:8080' })
  const r = await ctx.post('/api/v1/test/clock', { data: { offset_ms: offsetMs } })
  expect(r.status(), 'POST /test/clock').toBe(200)
  await ctx.dispose()
}

/** The bureau's civil day (UTC+8) at the server's clock (which test mode may move), 'YYYY-MM-DD'. */
export async function serverCivilToday(): Promise<string> {
  const ctx = await request.newContext({ baseURL: process.env.QF_BASE_URL || 'http://127.0.0.1:8080' })
  const r = await ctx.get('/api/v1/test/clock')
  expect(r.status(), 'GET /test/clock').toBe(200)
  const nowMs: number = (await r.json()).data.now_ms
  await ctx.dispose()
  return new Date(nowMs + 8 * 3600 * 1000).toISOString().slice(0, 10)
}

/** Chooses the option `text` of the Element Plus select marked data-test=`testId`. */
export async function pickOption(page: Page, testId: string, text: string | RegExp): Promise<void> {
  await page.locator(`[data-test="${testId}"]`).first().click()
  await page.locator('.el-select-dropdown:visible .el-select-dropdown__item', { hasText: text }).first().click()
}
