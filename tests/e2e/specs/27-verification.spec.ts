// Verification (核查) of personal-matters reports and the integrity dossier in the browser:
//  - renshi (organisation department) starts a round for a year without one, draws the
//    sample with a given seed (the page then names the seed, the population and the
//    count, and the list has that many drawn members), and adds chuzhang (head of 规划处,
//    a leading cadre) as a candidate proposed for promotion (凡提必核); records a
//    discrepancy on chuzhang (a property not declared): the item page shows the rule's
//    suggestion 瞒报 with the rule.
//  - chuzhang sees it under 我的核查事项 and explains it.
//  - renshi proposes the suggested conclusion; jiwei (discipline secretary) approves it.
//  - renshi opens chuzhang's integrity dossier: 瞒报 is shown as barring promotion.
// Creates one round (a year before every existing one) and one item on chuzhang.
import { test, expect, login, logout, shoot, settled, apiSession, pickOption } from './fixtures'

test.describe.configure({ mode: 'serial' })

const state = { year: 0, round: 0, item: 0, chuzhang: 0, name: '' }
const SEED = '27182818'
const REGISTRY = 'e2e：不动产登记另有本人名下住宅一套（演示市滨江区江南大道 88 号）'

test('renshi draws the sample with a seed and adds chuzhang as a promotion candidate', async ({ page }) => {
  const s = await apiSession('renshi')
  const existing = (await s.get('/verification/rounds')).body.data
  const years = existing.rounds.map((r: { year: number }) => r.year)
  state.year = Math.min(existing.current_year, ...years) - 1
  const head = await apiSession('chuzhang')
  state.chuzhang = head.me.person_id
  state.name = head.me.display_name
  await head.close()
  expect(state.chuzhang).toBeGreaterThan(0)

  await login(page, 'renshi')
  await page.locator('[data-test="menu-verification-rounds"]').click()
  await settled(page)
  await page.locator('[data-test="verification-new-year"] input').fill(String(state.year))
  await page.locator('[data-test="verification-create-round"]').click()
  await expect(page.locator('.el-message--success')).toBeVisible()
  await expect(page.locator('[data-test="verification-round-select"]')).toContainText(String(state.year))
  await page.locator('[data-test="verification-seed"]').fill(SEED)
  await page.locator('[data-test="verification-draw"]').click()
  await page.locator('.el-message-box__btns .el-button--primary').click()
  await expect(page.locator('[data-test="verification-drawn"]')).toContainText(`随机种子 ${SEED}`)

  const rounds = (await s.get('/verification/rounds')).body.data.rounds
  const round = rounds.find((r: { year: number }) => r.year === state.year)
  state.round = round.id
  expect(round.seed).toBe(SEED)
  expect(round.drawn_count).toBeGreaterThan(0)
  await expect(page.locator('[data-test="verification-drawn"]')).toContainText(`${round.population_count} 人中抽取 ${round.drawn_count} 人`)
  await expect(page.locator('[data-test="verification-members"] .el-table__body tr')).toHaveCount(round.drawn_count)
  await expect(page.locator('[data-test="export-link"]')).toHaveAttribute('href', `/api/v1/verification/rounds/${state.round}/export`)

  // 凡提必核: chuzhang joins the list as a candidate (both, if drawn already).
  await pickOption(page, 'verification-candidate-person', state.name)
  await page.locator('[data-test="verification-candidate-position"]').fill('局长助理')
  await page.locator('[data-test="verification-candidate-add"]').click()
  await expect(page.locator('[data-test="verification-candidate-add"]')).toBeDisabled()
  const detail = (await s.get(`/verification/rounds/${state.round}`)).body.data
  const mine = detail.members.filter((m: { person_id: number }) => m.person_id === state.chuzhang)
  expect(mine.length).toBe(1)
  expect(mine[0].candidate).toBe(true)
  expect(mine[0].candidate_position).toBe('局长助理')
  await expect(page.locator(`[data-test="verification-add-item-${state.chuzhang}"]`)).toBeVisible()
  await s.close()
  await settled(page)
  await shoot(page, 'verification-round')

  // A discrepancy on chuzhang: a property not declared.
  await page.locator(`[data-test="verification-add-item-${state.chuzhang}"]`).click()
  await pickOption(page, 'verification-item-which', '房产')
  await page.locator('[data-test="verification-kind-missing"]').click()
  await page.locator('[data-test="verification-item-declared"]').fill('报告房产 1 处（文三路住宅）')
  await page.locator('[data-test="verification-item-registry"]').fill(REGISTRY)
  await page.locator('[data-test="verification-item-save"]').click()
  await expect(page).toHaveURL(/\/verification\/items\/\d+$/)
  state.item = Number(page.url().split('/').pop())
  await expect(page.locator('[data-test="verification-suggestion"]')).toContainText('瞒报')
  await expect(page.locator('[data-test="verification-suggestion"]')).toContainText('missing_property')
  await expect(page.locator('[data-test="verification-item-status"]')).toContainText('待本人说明')
  await settled(page)
  await shoot(page, 'verification-item-suggestion')
  await logout(page)
})

test('chuzhang explains it under 我的核查事项', async ({ page }) => {
  expect(state.item).toBeGreaterThan(0)
  await login(page, 'chuzhang')
  await page.locator('[data-test="menu-verification-mine"]').click()
  await settled(page)
  await page.locator(`[data-test="verification-mine-open-${state.item}"]`).click()
  await expect(page.locator('[data-test="page-verification-item"]')).toContainText(REGISTRY)
  await expect(page.locator('[data-test="verification-suggestion"]')).toHaveCount(0)
  await page.locator('[data-test="verification-explanation"]').fill('e2e：该住宅系为子女购买，登记在本人名下，未作报告')
  await page.locator('[data-test="verification-explain"]').click()
  await expect(page.locator('[data-test="verification-item-status"]')).toContainText('待提出结论')
  await logout(page)
})

test('renshi proposes the suggested 瞒报, jiwei approves, and the dossier shows it barring promotion', async ({ page }) => {
  await login(page, 'renshi')
  await page.goto(`/verification/items/${state.item}`)
  await settled(page)
  await expect(page.locator('[data-test="verification-item-explanation"]')).toContainText('为子女购买')
  // The suggested conclusion is preselected; following it needs no basis.
  await expect(page.locator('[data-test="verification-conclusion-concealed"]')).toHaveClass(/is-checked/)
  await page.locator('[data-test="verification-propose"]').click()
  await expect(page.locator('[data-test="verification-item-status"]')).toContainText('待审批')
  await expect(page.locator('[data-test="verification-approve"]')).toHaveCount(0)
  await logout(page)

  await login(page, 'jiwei')
  await page.goto(`/verification/items/${state.item}`)
  await settled(page)
  await page.locator('[data-test="verification-approve"]').click()
  await page.locator('.el-message-box__btns .el-button--primary').click()
  await expect(page.locator('[data-test="verification-item-status"]')).toContainText('瞒报')
  await logout(page)

  await login(page, 'renshi')
  await page.locator('[data-test="menu-verification-dossiers"]').click()
  await settled(page)
  await page.locator(`[data-test="dossier-open-${state.chuzhang}"]`).click()
  await expect(page.locator('[data-test="page-dossier"]')).toBeVisible()
  await expect(page.locator('[data-test="dossier-barred"]')).toContainText('不得提拔')
  await expect(page.locator(`[data-test="dossier-result-${state.year}"]`)).toContainText('瞒报')
  await expect(page.locator('[data-test="dossier-verification"]')).toContainText('瞒报')
  // The organisation department does not see the clue part.
  await expect(page.locator('[data-test="dossier-clues"]')).toHaveCount(0)
  await settled(page)
  await shoot(page, 'verification-dossier')
  await page.emulateMedia({ media: 'print' })
  await expect(page.locator('.el-aside')).toBeHidden()
  await expect(page.locator('[data-test="dossier-print"]')).toBeHidden()
  await page.emulateMedia({ media: 'screen' })
  await logout(page)
})

test('the administrators have no menu and get 404 for the item and the dossier', async () => {
  for (const admin of ['sysadmin', 'secadmin', 'auditor']) {
    const s = await apiSession(admin)
    expect((await s.get(`/verification/items/${state.item}`)).status, admin).toBe(404)
    expect((await s.get(`/verification/dossiers/${state.chuzhang}`)).status, admin).toBe(404)
    expect((await s.get('/verification/rounds')).status, admin).toBe(404)
    await s.close()
  }
})
