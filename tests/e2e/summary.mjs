// Prints the failed and flaky tests of a Playwright JSON report in a few lines each
// (file:line, title, first lines of the error), so that a CI log cut to its tail still
// names what failed. Usage: node summary.mjs report.json
import fs from 'node:fs'

const file = process.argv[2]
let report
try {
  report = JSON.parse(fs.readFileSync(file, 'utf8'))
} catch (e) {
  console.log(`e2e: no Playwright report at ${file} (${e.message})`)
  process.exit(0)
}

const clean = (s) => String(s ?? '').replace(/\u001b\[[0-9;]*m/g, '')
const lines = []
const walk = (suite, titles) => {
  for (const spec of suite.specs ?? []) {
    for (const t of spec.tests ?? []) {
      const results = t.results ?? []
      const last = results[results.length - 1]
      if (!last || last.status === 'passed' || last.status === 'skipped') continue
      const err = clean(last.error?.message ?? last.errors?.[0]?.message ?? last.status)
      const first = err.split('\n').map((l) => l.trim()).filter(Boolean).slice(0, 4).join(' | ')
      lines.push(`e2e FAILED ${spec.file}:${spec.line} › ${[...titles, spec.title].join(' › ')}`)
      lines.push(`    ${last.status} after ${Math.round((last.duration ?? 0) / 100) / 10} s: ${first.slice(0, 400)}`)
    }
  }
  for (const child of suite.suites ?? []) walk(child, child.title && !child.title.endsWith('.ts') ? [...titles, child.title] : titles)
}
for (const s of report.suites ?? []) walk(s, [])
const st = report.stats ?? {}
console.log(`e2e: ${st.expected ?? '?'} passed, ${st.unexpected ?? '?'} failed, ${st.flaky ?? 0} flaky, ${st.skipped ?? 0} skipped`)
for (const l of lines) console.log(l)
