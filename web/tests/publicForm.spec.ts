// The public report form in a DOM: a refusal (rate limit, attachment type) shows the
// server's message and keeps every typed field and chosen file; the solved challenge
// is reused only when the refusal came before the server spent it (report.busy, the
// field checks); no cookie is asked for; success shows
// the code and forgets the typing.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createI18n } from 'vue-i18n'
import ElementPlus from 'element-plus'
import ReportForm from '@/public/ReportForm.vue'
import { en, zh } from '@/public/messages'
import { attemptDigest, leadingZeroBits } from '@/public/pow'

const settings = {
  max_attachments: 2, max_attachment_bytes: 1000, max_total_attachment_bytes: 1500, max_text_chars: 2000,
  accepted_types: ['image/jpeg', 'image/png'], pdf_accepted: false, password_min_length: 8, query_code_length: 20, pow_bits: 4,
}

interface Sent { url: string; init: RequestInit; body: any }

function server(answers: ((b: any) => [number, unknown, Record<string, string>?])[]) {
  const sent: Sent[] = []
  let challenges = 0
  globalThis.fetch = vi.fn(async (url: RequestInfo | URL, init?: RequestInit) => {
    const u = String(url)
    const body = init?.body ? JSON.parse(String(init.body)) : null
    sent.push({ url: u, init: init || {}, body })
    if (u.endsWith('/reports/challenge')) {
      challenges++
      return new Response(JSON.stringify({ data: { challenge: 'c' + challenges, salt: 'salt' + challenges, bits: 4, expires_at: Date.now() + 600000 } }), { status: 200 })
    }
    const [status, json, headers] = answers.shift()!(body)
    return new Response(JSON.stringify(json), { status, headers })
  }) as any
  return { sent, challenges: () => challenges }
}

function mountForm() {
  const i18n = createI18n({ legacy: false, locale: 'zh-CN', messages: { 'zh-CN': zh, en } })
  return mount(ReportForm, { props: { settings }, global: { plugins: [i18n, ElementPlus] }, attachTo: document.body })
}

async function fill(w: ReturnType<typeof mountForm>) {
  await w.find('[data-test="pr-reported-name"]').setValue('王五')
  await w.find('[data-test="pr-matter"]').setValue('收受购物卡')
  await w.find('[data-test="pr-password"]').setValue('secret-123')
  await w.find('[data-test="pr-password2"]').setValue('secret-123')
  await w.find('[data-test="pr-ack"] input').setValue(true)
  const input = w.find('[data-test="pr-file-input"]')
  const file = new File([new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3])], 'photo.jpg', { type: 'image/jpeg' })
  Object.defineProperty(input.element, 'files', { value: [file], configurable: true })
  await input.trigger('change')
}

async function submitAndWait(w: ReturnType<typeof mountForm>) {
  await w.find('form').trigger('submit')
  for (let i = 0; i < 50; i++) {
    await flushPromises()
    await new Promise((r) => setTimeout(r, 5))
    if (!w.find('[data-test="pr-pow"]').exists() && !w.find('[data-test="pr-sending"]').exists()) break
  }
}

afterEach(() => {
  document.body.innerHTML = ''
})

describe('public report form', { timeout: 30_000 }, () => {
  it('keeps every field and file when the server refuses; a spent challenge is never sent again', async () => {
    const s = server([
      () => [429, { error: { code: 'report.busy', message_zh: '当前提交的人较多，请稍等几秒再提交', message_en: 'Busy' } }, { 'Retry-After': '5' }],
      () => [429, { error: { code: 'report.rate_limited', message_zh: '提交过于频繁：每个地址每小时最多 5 次', message_en: 'Too many' } }, { 'Retry-After': '120' }],
      () => [415, { error: { code: 'report.attachment_type', message_zh: '附件 photo.jpg 的内容不是允许的类型', message_en: 'x', field: 'attachments[0].content_base64' } }],
      () => [201, { data: { query_code: '7KQ3MZ9XW2HT4PNC8RVA', received_on: '2026-11-26', stage: 'received' } }],
    ])
    const w = mountForm()
    await fill(w)
    await submitAndWait(w)
    expect(w.find('[data-test="pr-error"]').text()).toContain('请稍等几秒')
    await submitAndWait(w)
    expect(w.find('[data-test="pr-error"]').text()).toContain('每个地址每小时最多 5 次')
    expect((w.find('[data-test="pr-reported-name"]').element as HTMLInputElement).value).toBe('王五')
    expect((w.find('[data-test="pr-matter"]').element as HTMLTextAreaElement).value).toBe('收受购物卡')
    expect((w.find('[data-test="pr-password"]').element as HTMLInputElement).value).toBe('secret-123')
    expect(w.find('[data-test="pr-files"]').text()).toContain('photo.jpg')

    await submitAndWait(w)
    expect(w.find('[data-test="pr-error"]').text()).toContain('不是允许的类型')
    expect(w.find('[data-test="pr-files"] li.is-bad').text()).toContain('photo.jpg')
    expect((w.find('[data-test="pr-reported-name"]').element as HTMLInputElement).value).toBe('王五')

    await submitAndWait(w)
    expect(w.find('[data-test="pr-query-code"]').attributes('data-code')).toBe('7KQ3MZ9XW2HT4PNC8RVA')
    // report.busy came before the server spent the challenge: c1 was sent again. The rate
    // limit and the attachment refusal came after: each following attempt had a new one.
    expect(s.challenges()).toBe(3)
    const posts = s.sent.filter((x) => x.url.endsWith('/public/reports'))
    expect(posts).toHaveLength(4)
    expect(posts.map((p) => p.body.challenge)).toEqual(['c1', 'c1', 'c2', 'c3'])
    for (const p of posts) {
      expect(p.init.credentials).toBe('omit')
      const n = Number(String(p.body.challenge).slice(1))
      expect(leadingZeroBits(attemptDigest('salt' + n, Number(p.body.nonce)))).toBeGreaterThanOrEqual(4)
      expect(p.body.anonymous).toBe(true)
      expect(p.body.identity).toEqual({})
      expect(p.body.attachments[0]).toEqual({ filename: 'photo.jpg', content_base64: btoa(String.fromCharCode(0xff, 0xd8, 0xff, 0xe0, 1, 2, 3)) })
    }
    // The code view must be confirmed before the form comes back, empty.
    expect(w.find('[data-test="pr-finish"]').attributes('disabled')).toBeDefined()
    await w.find('[data-test="pr-confirm-written"] input').setValue(true)
    await w.find('[data-test="pr-finish"]').trigger('click')
    expect((w.find('[data-test="pr-reported-name"]').element as HTMLInputElement).value).toBe('')
  })

  it('fetches a new challenge after a challenge refusal', async () => {
    const s = server([
      () => [403, { error: { code: 'report.challenge_expired', message_zh: '校验已过期，请重新提交', message_en: 'Expired' } }],
      () => [201, { data: { query_code: 'ABCDEFGHJKMNPQRSTUVW', received_on: '2026-11-26', stage: 'received' } }],
    ])
    const w = mountForm()
    await fill(w)
    await submitAndWait(w)
    expect(w.find('[data-test="pr-error"]').text()).toContain('已过期')
    await submitAndWait(w)
    expect(s.challenges()).toBe(2)
    expect(w.find('[data-test="pr-query-code"]').exists()).toBe(true)
  })

  it('refuses a file over the stated limits before sending anything, keeping the rest', async () => {
    server([])
    const w = mountForm()
    await fill(w)
    const input = w.find('[data-test="pr-file-input"]')
    const big = new File([new Uint8Array(5000)], 'big.png', { type: 'image/png' })
    const pdf = new File([new Uint8Array(10)], 'scan.pdf', { type: 'application/pdf' })
    Object.defineProperty(input.element, 'files', { value: [big], configurable: true })
    await input.trigger('change')
    expect(w.find('[data-test="pr-error"]').text()).toContain('big.png')
    Object.defineProperty(input.element, 'files', { value: [pdf], configurable: true })
    await input.trigger('change')
    expect(w.find('[data-test="pr-error"]').text()).toContain('PDF')
    expect(w.find('[data-test="pr-files"]').text()).toContain('photo.jpg')
    expect(w.find('[data-test="pr-files"]').text()).not.toContain('big.png')
    expect((w.find('[data-test="pr-matter"]').element as HTMLTextAreaElement).value).toBe('收受购物卡')
  })
})
