#!/usr/bin/env node
// Diffs the wire transcripts of a live run (a real tenant) against the simulator's transcripts of the same
// scenarios: `node scripts/live-diff.mjs <tenant-dir> <simulator-dir>`. Each difference is a place where
// the simulator's evidence table (docs/simulator.md) is confirmed or needs correcting. Exit 1 on any.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

const [tenantDir, simDir] = process.argv.slice(2)
if (!tenantDir || !simDir) {
  console.error('usage: node scripts/live-diff.mjs <tenant-dir> <simulator-dir>')
  process.exit(2)
}

/** Line diff by longest common subsequence: `  ` same, `- ` simulator only, `+ ` tenant only. */
function diff(simLines, tenantLines) {
  const n = simLines.length
  const m = tenantLines.length
  const lcs = Array.from({ length: n + 1 }, () => new Array(m + 1).fill(0))
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--)
      lcs[i][j] =
        simLines[i] === tenantLines[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1])
  const out = []
  let i = 0
  let j = 0
  while (i < n || j < m) {
    if (i < n && j < m && simLines[i] === tenantLines[j]) {
      out.push(`  ${simLines[i++]}`)
      j++
    } else if (j < m && (i === n || lcs[i][j + 1] >= lcs[i + 1][j])) out.push(`+ ${tenantLines[j++]}`)
    else out.push(`- ${simLines[i++]}`)
  }
  return out
}

const files = readdirSync(tenantDir)
  .filter(f => f.endsWith('.txt'))
  .sort()
let differing = 0
for (const f of files) {
  const simFile = join(simDir, f)
  if (!existsSync(simFile)) {
    console.log(`${f}: no simulator transcript`)
    differing++
    continue
  }
  const tenant = readFileSync(join(tenantDir, f), 'utf8').trimEnd().split('\n')
  const sim = readFileSync(simFile, 'utf8').trimEnd().split('\n')
  const lines = diff(sim, tenant)
  if (lines.every(l => l.startsWith('  '))) continue
  differing++
  console.log(`${f}: the tenant differs from the simulator (- simulator, + tenant)`)
  for (const l of lines) if (!l.startsWith('  ')) console.log(`  ${l}`)
}
if (differing) {
  console.log(`${differing} of ${files.length} transcript(s) differ.`)
  process.exit(1)
}
console.log(`${files.length} transcript(s) agree.`)
