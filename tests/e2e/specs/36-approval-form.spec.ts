// The printed 呈批表 of a problem clue (issue 15: "a printed approval form"). Set-up
// through the API: jijian registers a clue with jjszr as department head, submits it to
// review and proposes 谈话函询; jjszr signs as department head.
//  - jijian opens the clue, 打印呈批表 leads to the disposition form: the marking
//    内部资料, the title, the clue number and matter, the handler's proposal with his
//    name, jjszr's signature with his opinion, the awaited 分管领导 box, and the note
//    that the round is not complete. In print media the menu and buttons are gone, and
//    Chromium prints it on A4 pages (the PDF's MediaBox).
//  - zhigong (staff) cannot open the form; a clue that does not exist answers as the
//    clue page does.
import { test, expect, login, settled, apiSession, serverCivilToday, shoot } from './fixtures'

test.describe.configure({ mode: 'serial' })

const stamp = String(Date.now()).slice(-6)
const clue = { id: 0, number: '', matter: `e2e 呈批表：反映某科员违规收受礼品（${stamp}）` }
let headName = ''
let handlerName = ''

test.beforeAll(async () => {
  const head = await apiSession('jjszr')
  const headId = head.me.id as number
  headName = head.me.display_name as string
  const s = await apiSession('jijian')
  handlerName = s.me.display_name as string
  const today = await serverCivilToday()
  const r = await s.post('/clues', {
    source: 'self_discovered',
    category: 'work',
    matter: clue.matter,
    received_on: today,
    persons: [{ name: '呈批测试对象', position: '科员' }],
    assignments: [{ account_id: headId, part: 'dept_head' }],
  })
  expect(r.status, JSON.stringify(r.body)).toBe(200)
  clue.id = r.body.data.id
  clue.number = r.body.data.number
  for (const body of [
    { action: 'start_review', as: 'handler', opinion: '提交集体排查' },
    { action: 'propose_disposition', as: 'handler', opinion: '建议予以谈话函询', disposition: 'talk_or_inquiry' },
  ]) {
    const a = await s.post(`/clues/${clue.id}/actions`, body)
    expect(a.status, JSON.stringify(a.body)).toBe(200)
  }
  const signed = await head.post(`/clues/${clue.id}/actions`, { action: 'approve', as: 'dept_head', opinion: '同意，请分管领导审批' })
  expect(signed.status, JSON.stringify(signed.body)).toBe(200)
  await s.close()
  await head.close()
})

test('jijian prints the disposition form of his clue, on A4, with every signature so far', async ({ page }) => {
  await login(page, 'jijian')
  await page.goto(`/supervision/clues/${clue.id}`)
  await settled(page)
  await page.locator('[data-test="clue-print-form"]').click()
  await expect(page).toHaveURL(new RegExp(`/supervision/clues/${clue.id}/form\\?kind=disposition`))
  const form = page.locator('[data-test="approval-form"]')
  await expect(form).toBeVisible()
  await expect(form.locator('[data-test="form-marking"]')).toHaveText(/内部资料/)
  await expect(form.locator('[data-test="form-title"]')).toHaveText('问题线索处置呈批表')
  await expect(form.locator('[data-test="form-number"]')).toHaveText(clue.number)
  await expect(form.locator('[data-test="form-matter"]')).toHaveText(clue.matter)
  await expect(form.locator('[data-test="form-persons"]')).toContainText('呈批测试对象')
  const proposal = form.locator('[data-test="form-proposal"]')
  await expect(proposal).toContainText('建议予以谈话函询')
  await expect(proposal).toContainText(handlerName)
  const signatures = form.locator('[data-test="form-signature"]')
  await expect(signatures).toHaveCount(1)
  await expect(signatures.first()).toContainText('同意，请分管领导审批')
  await expect(signatures.first()).toContainText(headName)
  await expect(form.locator('[data-test="form-awaited"]')).toBeVisible()
  await expect(form.locator('[data-test="form-incomplete"]')).toBeVisible()
  await shoot(page, 'clue-approval-form')

  // Print media: the sheet alone.
  await page.emulateMedia({ media: 'print' })
  await expect(page.locator('[data-test="form-print"]')).toBeHidden()
  await expect(page.locator('.aside')).toBeHidden()
  await expect(form).toBeVisible()
  const pdf = (await page.pdf({ preferCSSPageSize: true, printBackground: true })).toString('latin1')
  const boxes = [...pdf.matchAll(/\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/g)]
  expect(boxes.length).toBeGreaterThan(0)
  for (const b of boxes) {
    expect(Math.abs(Number(b[1]) - 595.28)).toBeLessThan(1.5) // A4 width in points
    expect(Math.abs(Number(b[2]) - 841.89)).toBeLessThan(1.5) // A4 height
  }
  await page.emulateMedia({ media: 'screen' })
})

test('a clue that does not exist answers on the form as on the clue page', async ({ page }) => {
  await login(page, 'jijian')
  await page.goto('/supervision/clues/99999999/form')
  await settled(page)
  await expect(page.locator('[data-test="clue-not-found"]')).toBeVisible()
  await expect(page.locator('[data-test="approval-form"]')).toHaveCount(0)

})

test('zhigong (staff) gets the 403 page on the form and never sees the clue', async ({ page }) => {
  await login(page, 'zhigong')
  await page.goto(`/supervision/clues/${clue.id}/form`)
  await expect(page.locator('[data-test="page-403"]')).toBeVisible()
  await expect(page.locator('[data-test="approval-form"]')).toHaveCount(0)
  await expect(page.locator('body')).not.toContainText(clue.matter)
})
