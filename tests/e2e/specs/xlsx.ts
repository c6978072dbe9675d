// Small XLSX helpers for the specs (exceljs): read a downloaded workbook's first
// sheet as rows of strings, and write a workbook from rows.
import ExcelJS from 'exceljs'
import { expect } from '@playwright/test'

export async function readSheet(file: string | Buffer): Promise<string[][]> {
  const wb = new ExcelJS.Workbook()
  if (typeof file === 'string') await wb.xlsx.readFile(file)
  else await wb.xlsx.load(file as any)
  const ws = wb.worksheets[0]
  const rows: string[][] = []
  ws.eachRow({ includeEmpty: false }, (row) => {
    const values = row.values as unknown[]
    const out: string[] = []
    for (let i = 1; i < values.length; i++) {
      const v = values[i]
      if (v === null || v === undefined) out.push('')
      else if (typeof v === 'object' && v !== null && 'richText' in (v as any)) out.push((v as any).richText.map((r: any) => r.text).join(''))
      else if (typeof v === 'object' && v !== null && 'text' in (v as any)) out.push(String((v as any).text))
      else if (v instanceof Date) out.push(v.toISOString().slice(0, 10))
      else out.push(String(v))
    }
    rows.push(out)
  })
  return rows
}

// A list export in the ledger layout (../shared/ux.md "Exports"): the title row names
// `ledger`, the row under it gives 筛选条件 and 导出时间, the header starts with 序号 and
// the data rows are numbered 1, 2, … (a 合计 row is not). Answers the header and the
// data rows without the 序号 column, as a plain export would read.
export async function readLedger(file: string | Buffer, ledger: string): Promise<string[][]> {
  const rows = await readSheet(file)
  expect(rows.length).toBeGreaterThanOrEqual(3)
  expect(rows[0][0]).toContain(ledger)
  expect(rows[1][0]).toMatch(/筛选条件：.*导出时间：/)
  expect(rows[2][0]).toBe('序号')
  let n = 1
  for (const r of rows.slice(3)) {
    if (r[1] === '合计') expect(r[0]).toBe('')
    else expect(r[0]).toBe(String(n++))
  }
  return rows.slice(2).map((r) => r.slice(1))
}

export async function writeSheet(rows: (string | number)[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook()
  const ws = wb.addWorksheet('Sheet1')
  for (const r of rows) ws.addRow(r)
  return Buffer.from(await wb.xlsx.writeBuffer())
}
