// The public report page's pure parts: the hand-written SHA-256 against node:crypto,
// the proof-of-work solver against an independent check, the form rules, and the
// public labels (both languages, same keys).
import { describe, expect, it } from 'vitest'
import { createHash, randomBytes } from 'node:crypto'
import { Sha256, sha256, toHex } from '@/public/sha256'
import { attemptDigest, leadingZeroBits, progressPercent, solve, solveSlice } from '@/public/pow'
import {
  admitFiles, attachmentIndex, draftProblems, emptyDraft, extensionsFor, groupCode, normaliseCode, sizeText, submissionBody,
} from '@/public/formLogic'
import { en, zh } from '@/public/messages'

const nodeHex = (b: Uint8Array | string) => createHash('sha256').update(b).digest('hex')

describe('sha256', () => {
  it('matches the FIPS 180-4 examples', () => {
    expect(toHex(sha256(new Uint8Array()))).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855')
    expect(toHex(sha256(new TextEncoder().encode('abc')))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad')
  })
  it('matches node:crypto for every length across block boundaries and for random data', () => {
    for (let n = 0; n <= 200; n++) {
      const data = new Uint8Array(randomBytes(n))
      expect(toHex(sha256(data)), `length ${n}`).toBe(nodeHex(data))
    }
    const big = new Uint8Array(randomBytes(100_003))
    expect(toHex(sha256(big))).toBe(nodeHex(big))
  })
  it('gives the same digest when fed in pieces or continued from a copied state', () => {
    const data = new Uint8Array(randomBytes(1000))
    const h = new Sha256()
    for (let i = 0; i < data.length; i += 37) h.update(data.subarray(i, i + 37))
    expect(toHex(h.digest())).toBe(nodeHex(data))
    const head = new Sha256().update(data.subarray(0, 70))
    expect(toHex(Sha256.from(head).update(data.subarray(70)).digest())).toBe(nodeHex(data))
    expect(toHex(Sha256.from(head).update(data.subarray(70)).digest())).toBe(nodeHex(data)) // head untouched
  })
  it('hashes Chinese text as its UTF-8 bytes', () => {
    const s = '清风廉政举报'
    expect(toHex(sha256(new TextEncoder().encode(s)))).toBe(nodeHex(Buffer.from(s, 'utf8')))
  })
})

describe('proof of work', () => {
  it('counts leading zero bits', () => {
    expect(leadingZeroBits(new Uint8Array([0, 0, 0x80]))).toBe(16)
    expect(leadingZeroBits(new Uint8Array([0, 0x01]))).toBe(15)
    expect(leadingZeroBits(new Uint8Array([0xff]))).toBe(0)
    expect(leadingZeroBits(new Uint8Array([0, 0]))).toBe(16)
  })
  it('finds the first counter whose digest (checked with node:crypto) has the required zero bits', () => {
    const prefix = 'v1:3f9a0c1b2d4e5f60:'
    const bits = 12
    const n = solve(prefix, bits)
    const zeroBits = (hex: string) => leadingZeroBits(Uint8Array.from(Buffer.from(hex, 'hex')))
    expect(zeroBits(nodeHex(prefix + n))).toBeGreaterThanOrEqual(bits)
    for (let m = 0; m < n; m++) expect(zeroBits(nodeHex(prefix + m)), `counter ${m}`).toBeLessThan(bits)
    expect(toHex(attemptDigest(prefix, n))).toBe(nodeHex(prefix + n))
  })
  it('continues across slices exactly where it stopped', () => {
    const prefix = 'slices:'
    const whole = solve(prefix, 10)
    let next = 0
    let found: number | null = null
    while (found === null) {
      const r = solveSlice(prefix, 10, next, 7)
      found = r.nonce
      next = r.next
    }
    expect(found).toBe(whole)
  })
  it('shows progress below 100 % until solved', () => {
    expect(progressPercent(0, 16)).toBe(0)
    expect(progressPercent(65536 * 50, 16)).toBe(99)
    expect(progressPercent(65536, 16)).toBeGreaterThan(50)
  })
})

describe('report form', () => {
  it('asks an anonymous reporter for neither name nor phone, a named one for both', () => {
    const d = emptyDraft()
    expect(draftProblems(d, 8)).toEqual(['reported.name', 'matter', 'password', 'acknowledged'])
    d.anonymous = false
    expect(draftProblems(d, 8).slice(0, 2)).toEqual(['identity.name', 'identity.phone'])
    Object.assign(d, { matter: '收受礼金', password: 'abcdefgh', password2: 'abcdefgx', acknowledged: true })
    d.identity.name = '李四'
    d.identity.address = '某街道 1 号' // an address instead of a phone is enough
    d.reported.name = '张三'
    expect(draftProblems(d, 8)).toEqual(['password2'])
    d.password2 = 'abcdefgh'
    expect(draftProblems(d, 8)).toEqual([])
  })
  it('sends no identity for an anonymous report, even when some was typed before switching', () => {
    const d = emptyDraft()
    Object.assign(d, { anonymous: true, matter: ' 收受礼金 ', when: '2026年3月', where: '某酒店', password: 'abcdefgh' })
    d.identity.name = '李四'
    d.reported.name = '张三'
    const b = submissionBody(d)
    expect(b.identity).toEqual({})
    expect(b.matter).toBe('收受礼金')
    expect(b.time_place).toBe('2026年3月；某酒店')
    d.anonymous = false
    expect((submissionBody(d).identity as any).name).toBe('李四')
  })
  it('maps accepted content types to extensions and error fields to attachments', () => {
    expect(extensionsFor(['image/jpeg', 'image/png', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'])).toEqual(['jpg', 'jpeg', 'png', 'docx'])
    expect(attachmentIndex('attachments[1].content_base64')).toBe(1)
    expect(attachmentIndex('matter')).toBe(-1)
  })
  it('admits files within the limits and names the first one refused', () => {
    const limits = { max_bytes: 1000, max_count: 2, extensions: ['jpg', 'pdf'] }
    const r = admitFiles([], [{ name: 'a.JPG', size: 10 }, { name: 'b.exe', size: 10 }, { name: 'c.pdf', size: 2000 }, { name: 'd.pdf', size: 5 }], limits)
    expect(r.accepted).toEqual([0, 3])
    expect(r.problem).toEqual({ kind: 'badType', name: 'b.exe' })
    const full = admitFiles([{ name: 'x.jpg', size: 1 }, { name: 'y.jpg', size: 1 }], [{ name: 'z.jpg', size: 1 }], limits)
    expect(full).toEqual({ accepted: [], problem: { kind: 'tooMany' } })
  })
  it('writes sizes and codes for people', () => {
    expect(sizeText(512)).toBe('512 B')
    expect(sizeText(10 * 1024 * 1024)).toBe('10 MB')
    expect(sizeText(3.5 * 1024 * 1024)).toBe('3.5 MB')
    expect(groupCode('ABCDEFGHJKMNPQRS')).toBe('ABCD-EFGH-JKMN-PQRS')
    expect(normaliseCode(' abcd-efgh jkmn-pqrs ')).toBe('ABCDEFGHJKMNPQRS')
  })
})

describe('public labels', () => {
  function keys(o: Record<string, unknown>, prefix = ''): string[] {
    return Object.entries(o).flatMap(([k, v]) => (v && typeof v === 'object' ? keys(v as Record<string, unknown>, prefix + k + '.') : [prefix + k]))
  }
  it('has the same non-empty keys in Chinese and English', () => {
    expect(keys(en).sort()).toEqual(keys(zh).sort())
    const all = [zh, en].flatMap((m) => keys(m).map((k) => k.split('.').reduce<any>((o, p) => o[p], m)))
    expect(all.filter((v) => typeof v !== 'string' || v.trim() === '')).toEqual([])
  })
})
