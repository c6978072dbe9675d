// Small XLSX helpers for the specs (exceljs): read a downloaded workbook's first
// sheet as rows of strings, and write a workbook from rows.
import ExcelJS from 'exceljs'

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

export async function writeSheet(rows: (string | number)[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook()
  const ws = wb.addWorksheet('Sheet1')
  for (const r of rows) ws.addRow(r)
  return Buffer.from(await wb.xlsx.writeBuffer())
}
