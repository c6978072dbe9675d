// Integrity opinions (党风廉政意见回复) in the browser:
//  - renshi (organisation department) asks for the opinion on one cadre before an award:
//    purpose, reply date, the person picked by name; the request page shows the reply as
//    in progress, without the draft.
//  - jiwei (discipline secretary) has the to-do in the message centre, opens the request,
//    sees the draft and its grounds, approves it: the reply gets this year's next
//    number 纪复〔year〕n号, and downloads as DOCX.
//  - renshi then reads the approved reply with its number.
// Creates one request (one cadre) and approves its reply.
import fs from 'node:fs'
import { test, expect, login, logout, shoot, settled, apiSession, pickOption, serverCivilToday } from './fixtures'

test.describe.configure({ mode: 'serial' })

const state = { id: 0, person: 0, name: '', number: '' }

test('renshi asks for the integrity opinion on a cadre', async ({ page }) => {
  const s = await apiSession('renshi')
  const people = (await s.get('/opinions/people')).body.data.people as { person_id: number; name: string; leading_cadre: boolean }[]
  // Not the discipline secretary himself (his own answer would be withheld from him: 回避).
  const sec = await apiSession('jiwei')
  const own = sec.me.person_id
  await sec.close()
  const cadre = people.find((p) => p.leading_cadre && p.person_id !== own) ?? people.find((p) => p.person_id !== own)!
  state.person = cadre.person_id
  state.name = cadre.name
  const before = (await s.get('/opinions/requests')).body.data.requests.length
  await s.close()
  const today = await serverCivilToday()
  const [y, m, d] = today.split('-').map(Number)
  const by = new Date(Date.UTC(y, m - 1, d + 14)).toISOString().slice(0, 10)

  await login(page, 'renshi')
  await page.locator('[data-test="menu-opinions-requests"]').click()
  await settled(page)
  await expect(page.locator('[data-test="opinion-requests"] .el-table__body tr')).toHaveCount(before)
  await page.locator('[data-test="opinion-new"]').click()
  await page.locator('[data-test="opinion-purpose-award"]').click()
  const date = page.locator('[data-test="opinion-requested-by"] input').first()
  await date.fill(by)
  await date.press('Enter')
  await pickOption(page, 'opinion-people', state.name)
  await page.keyboard.press('Escape')
  await page.locator('[data-test="opinion-submit"]').click()
  await expect(page.locator('.el-message--success')).toBeVisible()
  await expect(page).toHaveURL(/\/opinions\/\d+$/)
  state.id = Number(page.url().split('/').pop())
  const card = page.locator(`[data-test="opinion-answer-${state.person}"]`)
  await expect(card).toContainText(state.name)
  await expect(page.locator(`[data-test="opinion-status-${state.person}"]`)).toHaveText('办理中')
  await expect(page.locator(`[data-test="opinion-grounds-${state.person}"]`)).toHaveCount(0)
  await expect(page.locator(`[data-test="opinion-text-${state.person}"]`)).toHaveCount(0)
  await expect(page.locator('[data-test="opinion-request"]')).toContainText('评优')
  await expect(page.locator('[data-test="opinion-request"]')).toContainText(by)
  await shoot(page, 'opinion-requested')
})

test('jiwei has the to-do, approves the drafted reply, and downloads the DOCX', async ({ page }) => {
  await login(page, 'jiwei')
  const msgs = await page.request.get('/api/v1/messages?status=open&page_size=200')
  expect(msgs.status()).toBe(200)
  const mine = (await msgs.json()).data.filter(
    (x: { source: string; link: string }) => x.source === 'opinions.approve' && x.link === `/opinions/${state.id}`,
  )
  expect(mine.length).toBe(1)
  await page.goto('/messages')
  await settled(page)
  const row = page.locator('[data-test="message-row"]', { hasText: '有一份意见回复待您审批' })
  await expect(row.first()).toBeVisible()
  await page.goto(`/opinions/${state.id}`)
  await settled(page)
  const text = page.locator(`textarea[data-test="opinion-text-${state.person}"], [data-test="opinion-text-${state.person}"] textarea`)
  await expect(text).toHaveValue(new RegExp(`^经查，.*${state.name}同志`))
  await expect(page.locator(`[data-test="opinion-grounds-${state.person}"]`)).toBeVisible()
  await shoot(page, 'opinion-draft')
  await page.locator(`[data-test="opinion-approve-${state.person}"]`).click()
  await page.locator('.el-message-box__btns .el-button--primary').click()
  const number = page.locator(`[data-test="opinion-number-${state.person}"]`)
  await expect(number).toHaveText(/^纪复〔\d{4}〕\d+号$/)
  state.number = (await number.textContent()) ?? ''
  await expect(page.locator(`[data-test="opinion-status-${state.person}"]`)).toHaveText('已审批归档')
  // The to-do is done.
  const after = await page.request.get('/api/v1/messages?status=open&page_size=200')
  expect((await after.json()).data.filter((x: { link: string; source: string }) => x.source === 'opinions.approve' && x.link === `/opinions/${state.id}`)).toEqual([])

  const downloading = page.waitForEvent('download')
  await page.locator(`[data-test="opinion-docx-${state.person}"]`).click()
  const download = await downloading
  expect(download.suggestedFilename()).toContain(state.number)
  expect(download.suggestedFilename()).toMatch(/\.docx$/)
  const file = test.info().outputPath('reply.docx')
  await download.saveAs(file)
  const bytes = fs.readFileSync(file)
  expect(bytes.subarray(0, 2).toString()).toBe('PK')
  expect(bytes.length).toBeGreaterThan(2000)
  await logout(page)
})

test('renshi reads the approved reply with its number', async ({ page }) => {
  await login(page, 'renshi')
  await page.goto(`/opinions/${state.id}`)
  await settled(page)
  await expect(page.locator(`[data-test="opinion-number-${state.person}"]`)).toHaveText(state.number)
  await expect(page.locator(`[data-test="opinion-reply-${state.person}"]`)).toContainText(`${state.name}同志`)
  await expect(page.locator(`[data-test="opinion-grounds-${state.person}"]`)).toHaveCount(0)
  await shoot(page, 'opinion-approved')
})
