// The staff reports pages' pure rules (triage, tags) and the browser-built XLSX of the
// statistics export, checked against node's own CRC-32 and by reading the ZIP back.
import { describe, expect, it } from 'vitest'
import * as zlib from 'node:zlib'
import { canTriage, firstClue, lastHandlerQuestion, statusTagType, triageBody, triageProblems, type TriageInput } from '@/views/reports/reportLogic'
import { columnName, crc32, safeSheetName, xlsxBytes } from '@/views/reports/xlsxFile'

describe('triage', () => {
  const clue = { category: 'integrity', matter: ' 收受礼金 ', person_name: '张三 ', person_position: '规划处副处长', handler_id: 6 as number | null }
  it('needs a reason to put a report out of scope', () => {
    const x: TriageInput = { decision: 'out_of_scope', reason: '  ', clues: [] }
    expect(triageProblems(x)).toEqual(['reason'])
    x.reason = '民事纠纷'
    expect(triageProblems(x)).toEqual([])
    expect(triageBody(x)).toEqual({ decision: 'out_of_scope', reason: '民事纠纷' })
  })
  it('needs category, matter, person and handler on every clue and names the one missing', () => {
    const x: TriageInput = { decision: 'clues', reason: '', clues: [{ ...clue }, { ...clue, category: '', handler_id: null }] }
    expect(triageProblems(x)).toEqual(['clues.1.category', 'clues.1.handler_id'])
    expect(triageProblems({ decision: 'clues', reason: '', clues: [] })).toEqual(['clues'])
  })
  it('sends each clue with its person and handler, trimmed', () => {
    const body = triageBody({ decision: 'clues', reason: 'ignored', clues: [{ ...clue }, { ...clue, person_position: ' ', handler_id: 9 }] })
    expect(body).toEqual({
      decision: 'clues',
      clues: [
        { category: 'integrity', matter: '收受礼金', persons: [{ name: '张三', position: '规划处副处长' }], assignments: [{ account_id: 6, part: 'handler' }] },
        { category: 'integrity', matter: '收受礼金', persons: [{ name: '张三' }], assignments: [{ account_id: 9, part: 'handler' }] },
      ],
    })
  })
  it('pre-fills the first clue from the report and triages only new reports', () => {
    expect(firstClue({ name: '张三', unit: '规划处', position: '副处长' }, '反映问题')).toEqual({
      category: '', matter: '反映问题', person_name: '张三', person_position: '规划处副处长', handler_id: null, person_id: null,
    })
    expect(canTriage('received')).toBe(true)
    expect(canTriage('under_review')).toBe(true)
    expect(canTriage('in_handling')).toBe(false)
    expect(statusTagType('out_of_scope')).toBe('danger')
    expect(lastHandlerQuestion([{ id: 1, from: 'handler' }, { id: 2, from: 'reporter' }])?.id).toBe(1)
    expect(lastHandlerQuestion([{ id: 2, from: 'reporter' }])).toBeNull()
  })
})

/** Reads the stored ZIP back: name → bytes, checking each entry's CRC with node's zlib. */
function unzip(bytes: Uint8Array): Map<string, Uint8Array> {
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const eocd = bytes.length - 22
  expect(dv.getUint32(eocd, true)).toBe(0x06054b50)
  const count = dv.getUint16(eocd + 10, true)
  let p = dv.getUint32(eocd + 16, true)
  const out = new Map<string, Uint8Array>()
  for (let i = 0; i < count; i++) {
    expect(dv.getUint32(p, true)).toBe(0x02014b50)
    const crc = dv.getUint32(p + 16, true)
    const size = dv.getUint32(p + 24, true)
    const nameLen = dv.getUint16(p + 28, true)
    const local = dv.getUint32(p + 42, true)
    const name = new TextDecoder().decode(bytes.subarray(p + 46, p + 46 + nameLen))
    const lnameLen = dv.getUint16(local + 26, true)
    const data = bytes.subarray(local + 30 + lnameLen, local + 30 + lnameLen + size)
    expect(zlib.crc32(data) >>> 0, name).toBe(crc)
    out.set(name, data)
    p += 46 + nameLen
  }
  return out
}

describe('xlsx export', () => {
  it('computes the ZIP CRC-32 as zlib does', () => {
    for (const s of ['', 'a', '清风廉政', 'x'.repeat(1000)]) {
      const b = new TextEncoder().encode(s)
      expect(crc32(b)).toBe(zlib.crc32(b) >>> 0)
    }
  })
  it('names columns and sheets as spreadsheets require', () => {
    expect([columnName(0), columnName(25), columnName(26), columnName(701), columnName(702)]).toEqual(['A', 'Z', 'AA', 'ZZ', 'AAA'])
    const used = new Set<string>()
    expect(safeSheetName('按来源/渠道', used)).toBe('按来源 渠道')
    expect(safeSheetName('按来源/渠道', used)).toBe('按来源 渠道 2')
  })
  it('writes one sheet per table with text and numbers, readable back', () => {
    const file = xlsxBytes([
      { name: '按来源渠道', rows: [['项目', '件数'], ['网上举报', 8], ['来信 <A&B>', 3]] },
      { name: '实名与匿名', rows: [['实名', 3]] },
    ])
    const parts = unzip(file)
    expect([...parts.keys()]).toEqual([
      '[Content_Types].xml', '_rels/.rels', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/worksheets/sheet1.xml', 'xl/worksheets/sheet2.xml',
    ])
    const text = (n: string) => new TextDecoder().decode(parts.get(n))
    expect(text('xl/workbook.xml')).toContain('<sheet name="按来源渠道" sheetId="1" r:id="rId1"/>')
    const s1 = text('xl/worksheets/sheet1.xml')
    expect(s1).toContain('<c r="B2"><v>8</v></c>')
    expect(s1).toContain('<c r="A3" t="inlineStr"><is><t xml:space="preserve">来信 &lt;A&amp;B&gt;</t></is></c>')
  })
})
