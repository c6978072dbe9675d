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
      // 'unexpected' = failed every attempt; 'flaky' = failed, then passed on the retry.
      if (t.status !== 'unexpected' && t.status !== 'flaky') continue
      const bad = results.find((r) => r.status !== 'passed' && r.status !== 'skipped') ?? results[results.length - 1]
      const err = clean(bad?.error?.message ?? bad?.errors?.[0]?.message ?? bad?.status)
      const first = err.split('\n').map((l) => l.trim()).filter(Boolean).slice(0, 4).join(' | ')
      const label = t.status === 'flaky' ? 'FLAKY (passed on retry)' : 'FAILED'
      lines.push(`e2e ${label} ${spec.file}:${spec.line} › ${[...titles, spec.title].join(' › ')}`)
      lines.push(`    ${bad?.status} after ${Math.round((bad?.duration ?? 0) / 100) / 10} s: ${first.slice(0, 400)}`)
    }
  }
  for (const child of suite.suites ?? []) walk(child, child.title && !child.title.endsWith('.ts') ? [...titles, child.title] : titles)
}
for (const s of report.suites ?? []) walk(s, [])
const st = report.stats ?? {}
console.log(`e2e: ${st.expected ?? '?'} passed, ${st.unexpected ?? '?'} failed, ${st.flaky ?? 0} flaky, ${st.skipped ?? 0} skipped`)
for (const l of lines) console.log(l)
