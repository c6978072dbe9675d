// Co-construction (廉政共建): a partner unit signs its integrity notice with its own
// Ed25519 key — made here with Node's crypto, independently of the server's code, from
// the file format documented in docs/modules/coop.md. The discipline secretary (jiwei)
// uploads a copy whose text was altered after signing: the browser shows the refusal
// in both languages and nothing is stored; then the untouched file is accepted and
// listed with the partner's key fingerprint. The demo partner's exchanged notices,
// joint training and return visit are on its page.
import { createHash, generateKeyPairSync, sign } from 'node:crypto'
import { test, expect, login, logout, shoot, settled, apiSession } from './fixtures'

test.describe.configure({ mode: 'serial' })

const suffix = String(Date.now()).slice(-6)
const partnerName = `e2e 共建单位 ${suffix}`
const { publicKey, privateKey } = generateKeyPairSync('ed25519')
const pem = publicKey.export({ type: 'spki', format: 'pem' }).toString()
const rawKey = (publicKey.export({ type: 'spki', format: 'der' }) as Buffer).subarray(12)
const fingerprint = createHash('sha256').update(rawKey).digest('hex')
let partnerId = 0

function signedFile(body: string): { good: Buffer; tampered: Buffer } {
  const signedAt = '2026-05-06T10:30:00+08:00'
  const payload = Buffer.from(
    JSON.stringify({
      format: 'qingfeng.coop-notice-payload.v1',
      notice_no: `共建通报〔2026〕${suffix}号`,
      title: `关于交易活动廉政情况的通报 ${suffix}`,
      body,
      from_unit: partnerName,
      to_unit: '示范局',
      issued_on: '2026-05-06',
      signed_at: signedAt,
    }),
    'utf8',
  )
  const envelope = (p: Buffer) =>
    Buffer.from(
      JSON.stringify(
        {
          format: 'qingfeng.coop-notice.v1',
          algorithm: 'Ed25519',
          signer_unit: partnerName,
          signed_at: signedAt,
          key_fingerprint: fingerprint,
          payload: p.toString('base64'),
          signature: sign(null, payload, privateKey).toString('base64'),
        },
        null,
        2,
      ),
    )
  const altered = Buffer.from(payload.toString('utf8').replace('未发现', '已发现'), 'utf8')
  return { good: envelope(payload), tampered: envelope(altered) }
}

test.beforeAll(async () => {
  const jiwei = await apiSession('jiwei')
  const r = await jiwei.post('/coop/partners', { name: partnerName, agreement_no: `GJXY-E2E-${suffix}`, status: 'active' })
  expect(r.status, JSON.stringify(r.body)).toBe(200)
  partnerId = r.body.data.id
  const k = await jiwei.post(`/coop/partners/${partnerId}/key`, { public_key: pem })
  expect(k.status, JSON.stringify(k.body)).toBe(200)
  expect(k.body.data.key_fingerprint).toBe(fingerprint)
  await jiwei.close()
})

test('a tampered notice file is refused with the reason shown; the untouched one is accepted', async ({ page }) => {
  const { good, tampered } = signedFile('上半年未发现贵局工作人员违规干预评标的问题。')
  await login(page, 'jiwei')
  await page.locator('[data-test="menu-coop-partners"]').click()
  await expect(page.locator('[data-test="page-coop-partners"]')).toBeVisible()
  await settled(page)
  await page.locator('[data-test="partner-table"] tbody tr', { hasText: partnerName }).locator('a').click()
  await expect(page.locator('[data-test="page-coop-partner"]')).toBeVisible()
  await expect(page.locator('[data-test="partner-fingerprint"]')).toContainText(fingerprint.slice(0, 4))
  await page.locator('[data-test="notice-receive-open"]').click()
  await page.locator('[data-test="notice-file"]').setInputFiles({ name: 'tampered.qfcoop.json', mimeType: 'application/json', buffer: tampered })
  await page.locator('[data-test="notice-receive"]').click()
  const refused = page.locator('[data-test="notice-refused"]')
  await expect(refused).toContainText('签名校验失败')
  await expect(refused).toContainText('Signature verification failed')
  await expect(refused).toContainText(partnerName)
  await shoot(page, 'coop-notice-refused')
  await expect(page.locator('[data-test="notice-table"] tbody tr', { hasText: suffix })).toHaveCount(0)
  const jiwei = await apiSession('jiwei')
  expect((await jiwei.get(`/coop/notices?partner_id=${partnerId}`)).body.meta.total).toBe(0)

  await page.locator('[data-test="notice-file"]').setInputFiles({ name: 'good.qfcoop.json', mimeType: 'application/json', buffer: good })
  await expect(refused).toHaveCount(0)
  await page.locator('[data-test="notice-receive"]').click()
  const row = page.locator('[data-test="notice-table"] tbody tr', { hasText: `关于交易活动廉政情况的通报 ${suffix}` })
  await expect(row).toHaveCount(1)
  await expect(row).toContainText('收到')
  await expect(row).toContainText(fingerprint.slice(0, 4))
  const listed = (await jiwei.get(`/coop/notices?partner_id=${partnerId}`)).body
  expect(listed.meta.total).toBe(1)
  expect(listed.data[0].signer_fingerprint).toBe(fingerprint)
  await jiwei.close()
  await settled(page)
  await shoot(page, 'coop-notice-received')
  await logout(page)
})

test("the demo partner's page shows notices both ways, a joint training and a return visit", async ({ page }) => {
  await login(page, 'dangwei')
  await page.locator('[data-test="menu-coop-partners"]').click()
  await settled(page)
  await page.locator('[data-test="partner-table"] tbody tr', { hasText: '市公共资源交易中心' }).locator('a').click()
  await expect(page.locator('[data-test="page-coop-partner"]')).toBeVisible()
  await settled(page)
  const notices = page.locator('[data-test="notice-table"] tbody tr')
  await expect(notices.filter({ hasText: '发出' })).toHaveCount(1)
  await expect(notices.filter({ hasText: '收到' })).toHaveCount(1)
  await expect(page.locator('[data-test="training-table"] tbody tr')).toHaveCount(2)  // a joint training and a 纪检业务研讨交流
  await expect(page.locator('[data-test="training-table"] tbody tr', { hasText: '纪检业务研讨交流' })).toHaveCount(1)
  await expect(page.locator('[data-test="visit-table"] tbody tr')).toHaveCount(1)
  // The Party secretary reads; only the discipline committee sends or receives.
  await expect(page.locator('[data-test="notice-receive-open"]')).toHaveCount(0)
  await shoot(page, 'coop-partner')
  await logout(page)
})
